package com.aftersales.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Remembers a user's successful password check and their groups and tenants, so that the stream of REST calls
 * behind one Tasklist screen does not cost a salted SHA-512 check and two membership queries each (about a seventh
 * of a REST call's CPU under load, docs/performance.md).
 *
 * <p>Everything remembered belongs to one {@link IdentityGeneration}: a request first reads the counter ({@link
 * #view()}, one primary-key read) and uses only what was remembered under that same value. Any change of a user,
 * password, group, tenant, membership or authorization raises the counter in its own transaction, on whichever
 * node it happens, so the next request on every node checks again. The time to live ({@code
 * aftersales.security.credential-cache-ttl}, 30 s; {@code PT0S} turns the cache off) only bounds how long a change
 * made behind the engine's back (SQL on its tables) goes unnoticed.
 *
 * <p>Only successes are kept; a wrong password always reaches the identity service. What is kept is an HMAC of
 * the password under a key made at start, never the password.
 */
@Component
public class CredentialCache {

  /** More users than any department has: beyond it the cache starts again rather than grow without bound. */
  static final int MAX_USERS = 10_000;

  private record Credential(byte[] digest, long generation, long expiresAt) {}

  private record Memberships(List<String> groups, List<String> tenants, long generation, long expiresAt) {}

  private final IdentityService identityService;
  private final LongSupplier generation;
  private final long ttlMillis;
  private final Clock clock;
  private final SecretKeySpec key;
  private final Map<String, Credential> credentials = new ConcurrentHashMap<>();
  private final Map<String, Memberships> memberships = new ConcurrentHashMap<>();
  private volatile long lastGeneration = Long.MIN_VALUE;

  @Autowired
  public CredentialCache(
      ProcessEngine processEngine,
      IdentityGeneration generation,
      @Value("${aftersales.security.credential-cache-ttl:PT30S}") Duration ttl) {
    this(processEngine.getIdentityService(), generation::current, ttl, Clock.systemUTC());
  }

  CredentialCache(IdentityService identityService, LongSupplier generation, Duration ttl, Clock clock) {
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("aftersales.security.credential-cache-ttl must not be negative: " + ttl);
    }
    this.identityService = identityService;
    this.generation = generation;
    this.ttlMillis = ttl.toMillis();
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /**
   * The cache as of now, for one request: reads the identity generation once (before any check, so that an entry
   * made while a change commits is filed under the older value and never used again).
   */
  public View view() {
    if (ttlMillis == 0) {
      return new View(0);
    }
    long current = generation.getAsLong();
    if (current != lastGeneration) {
      lastGeneration = current;
      credentials.clear();
      memberships.clear();
    }
    return new View(current);
  }

  /** What one request may take from the cache. */
  public final class View {

    private final long generation;

    private View(long generation) {
      this.generation = generation;
    }

    /** {@link IdentityService#checkPassword}, answered from the cache after a success with the same password. */
    public boolean checkPassword(String userId, String password) {
      if (ttlMillis == 0) {
        return identityService.checkPassword(userId, password);
      }
      long now = clock.millis();
      byte[] digest = digest(userId, password);
      Credential known = credentials.get(userId);
      if (known != null && known.generation() == generation && known.expiresAt() > now
          && MessageDigest.isEqual(known.digest(), digest)) {
        return true;
      }
      boolean valid = identityService.checkPassword(userId, password);
      if (valid) {
        bound(credentials);
        credentials.put(userId, new Credential(digest, generation, now + ttlMillis));
      } else {
        credentials.remove(userId);
      }
      return valid;
    }

    /** The ids of the user's groups. */
    public List<String> groups(String userId) {
      return memberships(userId).groups();
    }

    /** The ids of the user's tenants. */
    public List<String> tenants(String userId) {
      return memberships(userId).tenants();
    }

    private Memberships memberships(String userId) {
      long now = clock.millis();
      Memberships known = ttlMillis == 0 ? null : memberships.get(userId);
      if (known != null && known.generation() == generation && known.expiresAt() > now) {
        return known;
      }
      Memberships fresh = new Memberships(
          identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
          identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
              .map(Tenant::getId).toList(),
          generation,
          now + ttlMillis);
      if (ttlMillis > 0) {
        bound(memberships);
        memberships.put(userId, fresh);
      }
      return fresh;
    }
  }

  private static void bound(Map<String, ?> map) {
    if (map.size() >= MAX_USERS) {
      map.clear();
    }
  }

  private byte[] digest(String userId, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(userId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
