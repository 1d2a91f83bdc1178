package com.aftersales.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Refuses admin passwords that anyone could guess: empty, a well-known default, or the user id. */
public final class AdminPasswordPolicy {

  static final Set<String> DEFAULTS = Set.of("admin", "demo", "password", "changeme", "camunda");

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
    if (normalised.equals(userId.trim().toLowerCase(Locale.ROOT))) {
      return Optional.of("the admin password equals the user id; choose another CAMUNDA_ADMIN_PASSWORD");
    }
    return Optional.empty();
  }
}
