package com.aftersales.security;

/** No authenticated staff user on an /api request: answered 401. */
public class StaffUserRequiredException extends RuntimeException {

  public StaffUserRequiredException() {
    super("Sign in as a staff member to use this API");
  }
}
