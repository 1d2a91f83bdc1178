package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
  private final LoginThrottle throttle =
      new LoginThrottle(new LoginThrottleProperties(10, 50, Duration.ofMinutes(15)), clock);

  @Test
  void tenWrongPasswordsMakeThatClientWaitForThatAccountOnly() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("203.0.113.7", "admin");
    }
    assertThat(throttle.waitBeforeCheck("203.0.113.7", "admin")).isEmpty();
    throttle.failed("203.0.113.7", "admin");

    assertThat(throttle.waitBeforeCheck("203.0.113.7", "admin")).hasValue(Duration.ofMinutes(15));
    assertThat(throttle.waitBeforeCheck("198.51.100.2", "admin")).as("the owner's own client").isEmpty();
    assertThat(throttle.waitBeforeCheck("203.0.113.7", "mary")).isEmpty();
  }

  @Test
  void theWaitEndsByItselfAndNothingIsPermanent() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("203.0.113.7", "admin");
    }
    clock.advance(Duration.ofMinutes(10));
    assertThat(throttle.waitBeforeCheck("203.0.113.7", "admin")).hasValue(Duration.ofMinutes(5));
    clock.advance(Duration.ofMinutes(5));
    assertThat(throttle.waitBeforeCheck("203.0.113.7", "admin")).isEmpty();

    throttle.failed("203.0.113.7", "admin");
    assertThat(throttle.waitBeforeCheck("203.0.113.7", "admin")).as("a new window starts from one").isEmpty();
  }

  @Test
  void aRightPasswordClearsTheAccountCountButNotTheClientTotal() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("203.0.113.7", "mary");
    }
    throttle.succeeded("203.0.113.7", "mary");
    throttle.failed("203.0.113.7", "mary");
    assertThat(throttle.waitBeforeCheck("203.0.113.7", "mary")).isEmpty();

    for (int i = 0; i < 40; i++) {
      throttle.failed("203.0.113.7", "user" + i);
    }
    assertThat(throttle.waitBeforeCheck("203.0.113.7", "someone-else")).as("50 failures from the client").isPresent();
  }

  @Test
  void sprayingManyAccountsFromOneClientStopsThatClientOnly() {
    for (int i = 0; i < 50; i++) {
      throttle.failed("203.0.113.9", "user" + i);
    }
    assertThat(throttle.waitBeforeCheck("203.0.113.9", "admin")).isPresent();
    assertThat(throttle.waitBeforeCheck("198.51.100.2", "admin")).isEmpty();
  }

  @Test
  void anIpv6ClientIsCountedByItsSlash64Network() {
    assertThat(LoginThrottleFilter.client("2001:db8:1:2:3:4:5:6"))
        .isEqualTo(LoginThrottleFilter.client("2001:db8:1:2:ffff::1"))
        .isNotEqualTo(LoginThrottleFilter.client("2001:db8:1:3::1"));
    assertThat(LoginThrottleFilter.client("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(LoginThrottleFilter.client("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
  }

  @Test
  void nonsensicalLimitsAreRefused() {
    assertThatThrownBy(() -> new LoginThrottleProperties(0, 50, Duration.ofMinutes(1)))
        .hasMessageContaining("login-throttle");
    assertThatThrownBy(() -> new LoginThrottleProperties(10, 50, Duration.ZERO))
        .hasMessageContaining("login-throttle");
    assertThat(new LoginThrottleProperties(null, null, null))
        .isEqualTo(new LoginThrottleProperties(10, 50, Duration.ofMinutes(15)));
  }
}
