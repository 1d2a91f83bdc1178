package com.aftersales.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code aftersales.demo-users}: whether the demo staff (password = user id) are created at start. */
@ConfigurationProperties("aftersales")
public class StaffProperties {

  /** Off unless switched on, so that a production start never creates users with known passwords. */
  private boolean demoUsers = false;

  public boolean isDemoUsers() {
    return demoUsers;
  }

  public void setDemoUsers(boolean demoUsers) {
    this.demoUsers = demoUsers;
  }
}
