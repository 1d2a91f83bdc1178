package com.aftersales.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per client (remote address) and per client and user id, and makes a client that sent
 * too many wait until the counting window ends ({@link LoginThrottleProperties}). It replaces the engine's
 * per-user lockout, which anyone could trigger for any account (admin included) with ten wrong passwords: here an
 * attacker only ever locks out themselves, and the account's owner still signs in from their own client.
 *
 * <p>Kept in memory on each node (a cluster of n nodes allows up to n times the limits), forgotten at restart,
 * and never permanent: every entry ends with its window. A successful sign-in clears the client's count for that
 * user, not the client's total.
 */
@Component
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class LoginThrottle {

  /** Beyond this many tracked keys, expired ones are dropped; if none are, the oldest knowledge is lost. */
  static final int MAX_KEYS = 100_000;

  private record Window(int failures, long endsAt) {}

  private final LoginThrottleProperties properties;
  private final Clock clock;
  private final Map<String, Window> clients = new ConcurrentHashMap<>();
  private final Map<String, Window> accounts = new ConcurrentHashMap<>();

  @Autowired
  public LoginThrottle(LoginThrottleProperties properties) {
    this(properties, Clock.systemUTC());
  }

  LoginThrottle(LoginThrottleProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** How long the client must wait before its next password for {@code userId} is checked; empty when it need not. */
  public Optional<Duration> waitBeforeCheck(String client, String userId) {
    long now = clock.millis();
    long until = Math.max(
        blockedUntil(clients.get(client), properties.maxFailuresPerClient(), now),
        blockedUntil(accounts.get(account(client, userId)), properties.maxFailuresPerAccount(), now));
    return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
  }

  public void failed(String client, String userId) {
    long now = clock.millis();
    count(clients, client, now);
    count(accounts, account(client, userId), now);
  }

  public void succeeded(String client, String userId) {
    accounts.remove(account(client, userId));
  }

  private static long blockedUntil(Window window, int max, long now) {
    return window != null && window.failures() >= max && window.endsAt() > now ? window.endsAt() : 0;
  }

  private void count(Map<String, Window> map, String key, long now) {
    if (map.size() >= MAX_KEYS) {
      map.values().removeIf(w -> w.endsAt() <= now);
      if (map.size() >= MAX_KEYS) {
        map.clear();
      }
    }
    map.compute(key, (k, w) -> w == null || w.endsAt() <= now
        ? new Window(1, now + properties.window().toMillis())
        : new Window(w.failures() + 1, w.endsAt()));
  }

  private static String account(String client, String userId) {
    return client + '\u0000' + userId;
  }
}
