package com.aftersales.security;

import java.util.Collection;

/**
 * The one access rule of the application's own endpoints: a signed-in staff member (else 401) of one of the
 * allowed groups (else 403). The API's exception handler turns both into application/problem+json.
 */
public final class StaffAccess {

  private StaffAccess() {}

  /**
   * @param what the resource as a person reads it, e.g. "The exchange ledger"
   * @return the staff member of the current request
   */
  public static StaffUser require(Collection<String> allowedGroups, String what) {
    StaffUser user = StaffUser.current().orElseThrow(StaffUserRequiredException::new);
    if (allowedGroups.stream().noneMatch(user::memberOf)) {
      throw new StaffAccessDeniedException(
          what + " is for " + String.join(", ", allowedGroups.stream().sorted().toList())
              + "; " + user.id() + " belongs to none of these groups.");
    }
    return user;
  }
}
