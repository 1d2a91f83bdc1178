package com.aftersales.customers;

import com.aftersales.security.StaffGroups;
import java.util.Set;

/**
 * The secrecy level of a customer's archive (002 二(二) 7.2.2): 秘密 for customers with ordinary business, 机密 for
 * important business, 绝密 for customers whose data directly affects the company's interests. Only managers and above
 * may open an archive at all (7.1); each higher level narrows the circle: every manager for 秘密, service managers and
 * the general manager for 机密, the general manager alone for 绝密.
 */
public enum SecrecyLevel {
  SECRET(
      "秘密",
      Set.of(
          StaffGroups.SERVICE_MANAGERS,
          StaffGroups.REGIONAL_MANAGERS,
          StaffGroups.MARKETING_MANAGERS,
          StaffGroups.GENERAL_MANAGER)),
  CONFIDENTIAL("机密", Set.of(StaffGroups.SERVICE_MANAGERS, StaffGroups.GENERAL_MANAGER)),
  TOP_SECRET("绝密", Set.of(StaffGroups.GENERAL_MANAGER));

  private final String label;
  private final Set<String> readers;

  SecrecyLevel(String label, Set<String> readers) {
    this.label = label;
    this.readers = readers;
  }

  public String label() {
    return label;
  }

  /** The groups whose members may open a whole archive of this level. */
  public Set<String> readers() {
    return readers;
  }
}
