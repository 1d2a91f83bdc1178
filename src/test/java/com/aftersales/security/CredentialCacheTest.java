package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.aftersales.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final AtomicLong generation = new AtomicLong();
  private CredentialCache cache;

  @BeforeEach
  void setUp() {
    when(identity.checkPassword("mary", "secret")).thenReturn(true);
    when(identity.checkPassword("mary", "wrong")).thenReturn(false);
    Group customerService = mock(Group.class);
    when(customerService.getId()).thenReturn("customer-service");
    when(identity.createGroupQuery().groupMember("mary").list()).thenReturn(List.of(customerService));
    when(identity.createTenantQuery().userMember("mary").includingGroupsOfUser(true).list()).thenReturn(List.of());
    cache = new CredentialCache(identity, generation::get, Duration.ofSeconds(30), clock);
  }

  @Test
  void aSuccessfulCheckIsRememberedWithinTheTimeToLive() {
    assertThat(cache.view().checkPassword("mary", "secret")).isTrue();
    clock.advance(Duration.ofSeconds(29));
    assertThat(cache.view().checkPassword("mary", "secret")).isTrue();
    verify(identity, times(1)).checkPassword("mary", "secret");
  }

  @Test
  void aWrongPasswordAlwaysReachesTheIdentityServiceAndItsLockout() {
    assertThat(cache.view().checkPassword("mary", "secret")).isTrue();
    assertThat(cache.view().checkPassword("mary", "wrong")).isFalse();
    assertThat(cache.view().checkPassword("mary", "wrong")).isFalse();
    verify(identity, times(2)).checkPassword("mary", "wrong");
  }

  @Test
  void aFailedCheckForgetsTheRememberedSuccess() {
    cache.view().checkPassword("mary", "secret");
    cache.view().checkPassword("mary", "wrong");
    cache.view().checkPassword("mary", "secret");
    verify(identity, times(2)).checkPassword("mary", "secret");
  }

  @Test
  void aChangedIdentityGenerationRefusesTheRememberedPasswordAtOnce() {
    assertThat(cache.view().checkPassword("mary", "secret")).isTrue();
    when(identity.checkPassword("mary", "secret")).thenReturn(false);
    generation.incrementAndGet();
    assertThat(cache.view().checkPassword("mary", "secret")).isFalse();
  }

  @Test
  void aChangedIdentityGenerationReadsTheGroupsAgainAtOnce() {
    assertThat(cache.view().groups("mary")).containsExactly("customer-service");
    when(identity.createGroupQuery().groupMember("mary").list()).thenReturn(List.of());
    assertThat(cache.view().groups("mary")).containsExactly("customer-service");
    generation.incrementAndGet();
    assertThat(cache.view().groups("mary")).isEmpty();
  }

  @Test
  void aRequestThatStartedBeforeAChangeNeverFilesItsAnswerUnderTheNewGeneration() {
    CredentialCache.View before = cache.view();
    generation.incrementAndGet();
    // the check of the older request may still see the old state; it is filed under the old generation
    assertThat(before.checkPassword("mary", "secret")).isTrue();
    when(identity.checkPassword("mary", "secret")).thenReturn(false);
    assertThat(cache.view().checkPassword("mary", "secret")).isFalse();
  }

  @Test
  void theGenerationIsReadOncePerRequestView() {
    AtomicLong reads = new AtomicLong();
    CredentialCache counting = new CredentialCache(identity, () -> {
      reads.incrementAndGet();
      return generation.get();
    }, Duration.ofSeconds(30), clock);
    CredentialCache.View view = counting.view();
    view.checkPassword("mary", "secret");
    view.groups("mary");
    view.tenants("mary");
    assertThat(reads).hasValue(1);
  }

  @Test
  void aChangedPasswordTakesEffectOnceTheEntryExpires() {
    cache.view().checkPassword("mary", "secret");
    when(identity.checkPassword("mary", "secret")).thenReturn(false);
    clock.advance(Duration.ofSeconds(30));
    assertThat(cache.view().checkPassword("mary", "secret")).isFalse();
  }

  @Test
  void anotherUsersPasswordIsNotAnsweredFromMarysEntry() {
    cache.view().checkPassword("mary", "secret");
    assertThat(cache.view().checkPassword("sam", "secret")).isFalse();
    verify(identity).checkPassword("sam", "secret");
  }

  @Test
  void groupsAreReadOncePerTimeToLive() {
    assertThat(cache.view().groups("mary")).containsExactly("customer-service");
    assertThat(cache.view().groups("mary")).containsExactly("customer-service");
    assertThat(cache.view().tenants("mary")).isEmpty();
    verify(identity.createGroupQuery().groupMember("mary"), times(1)).list();
    clock.advance(Duration.ofSeconds(31));
    cache.view().groups("mary");
    verify(identity.createGroupQuery().groupMember("mary"), times(2)).list();
  }

  @Test
  void aTimeToLiveOfZeroAsksTheIdentityServiceEveryTime() {
    CredentialCache off = new CredentialCache(identity, generation::get, Duration.ZERO, clock);
    off.view().checkPassword("mary", "secret");
    off.view().checkPassword("mary", "secret");
    off.view().groups("mary");
    off.view().groups("mary");
    verify(identity, times(2)).checkPassword("mary", "secret");
    verify(identity.createGroupQuery().groupMember("mary"), times(2)).list();
  }

  @Test
  void aNegativeTimeToLiveIsRefused() {
    assertThatThrownBy(() -> new CredentialCache(identity, generation::get, Duration.ofSeconds(-1), clock))
        .hasMessageContaining("credential-cache-ttl");
  }

  @Test
  void theCacheStartsAgainRatherThanGrowWithoutBound() {
    when(identity.checkPassword(anyString(), anyString())).thenReturn(true);
    for (int i = 0; i <= CredentialCache.MAX_USERS; i++) {
      cache.view().checkPassword("user" + i, "pw");
    }
    cache.view().checkPassword("user0", "pw");
    verify(identity, times(2)).checkPassword("user0", "pw");
  }
}
