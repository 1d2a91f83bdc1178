package com.aftersales.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.security.login-throttle}: how many wrong passwords one client (remote address) may send for
 * one account, and for all accounts together, within {@code window} before it has to wait for the window's end.
 *
 * @param maxFailuresPerAccount wrong passwords from one client for one user id
 * @param maxFailuresPerClient wrong passwords from one client for any user ids (password spraying)
 * @param window how long failures are counted, and the longest wait
 */
@ConfigurationProperties("aftersales.security.login-throttle")
public record LoginThrottleProperties(Integer maxFailuresPerAccount, Integer maxFailuresPerClient, Duration window) {

  public LoginThrottleProperties {
    maxFailuresPerAccount = maxFailuresPerAccount == null ? 10 : maxFailuresPerAccount;
    maxFailuresPerClient = maxFailuresPerClient == null ? 50 : maxFailuresPerClient;
    window = window == null ? Duration.ofMinutes(15) : window;
    if (maxFailuresPerAccount < 1 || maxFailuresPerClient < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("aftersales.security.login-throttle needs positive limits and window");
    }
  }
}
