package com.aftersales.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses admin passwords that anyone could guess: empty, shorter than {@value #MIN_LENGTH} characters, a
 * well-known default, or the user id. The admin account can grant anything, so a one-character password
 * (accepted before) is as good as none against the login throttle's per-client allowance.
 */
public final class AdminPasswordPolicy {

  static final int MIN_LENGTH = 12;

  static final Set<String> DEFAULTS =
      Set.of("admin", "demo", "password", "changeme", "camunda", "administrator", "adminadmin", "password123",
          "changeme123", "camunda-admin", "camundaadmin", "123456789012", "qwertyuiopas");

  private AdminPasswordPolicy() {}

  /** Why the password must not be used, or empty when it is acceptable. */
  public static Optional<String> violation(String userId, String password) {
    if (userId == null || userId.isBlank()) {
      return Optional.of("no admin user id is set (CAMUNDA_ADMIN_USER / camunda.bpm.admin-user.id)");
    }
    if (password == null || password.isBlank()) {
      return Optional.of("the admin password is empty (set CAMUNDA_ADMIN_PASSWORD)");
    }
    String normalised = password.trim().toLowerCase(Locale.ROOT);
    if (DEFAULTS.contains(normalised)) {
      return Optional.of("the admin password is a well-known default; choose another CAMUNDA_ADMIN_PASSWORD");
    }
    String user = userId.trim().toLowerCase(Locale.ROOT);
    if (normalised.equals(user) || normalised.replace(user, "").isBlank()) {
      return Optional.of("the admin password equals the user id; choose another CAMUNDA_ADMIN_PASSWORD");
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("the admin password is shorter than " + MIN_LENGTH
          + " characters; choose a longer CAMUNDA_ADMIN_PASSWORD");
    }
    if (password.chars().distinct().count() == 1) {
      return Optional.of("the admin password repeats one character; choose another CAMUNDA_ADMIN_PASSWORD");
    }
    return Optional.empty();
  }
}
