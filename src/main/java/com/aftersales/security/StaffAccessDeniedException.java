package com.aftersales.security;

/** A signed-in staff member asked for something their groups may not see: answered 403. */
public class StaffAccessDeniedException extends RuntimeException {

  public StaffAccessDeniedException(String message) {
    super(message);
  }
}
