package com.aftersales.reports.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.quality.staff-report.*}: who sees whose figures. A manager group sees the members of the groups
 * it manages (the rulebook's 班长 checks the staff of their group, 002 班长制); {@code all-groups} see everyone;
 * every other staff member sees only their own figures.
 */
@ConfigurationProperties("aftersales.quality.staff-report")
public class StaffReportProperties {

  /** Manager group → the groups whose members it sees. */
  private Map<String, List<String>> manages = new LinkedHashMap<>(Map.of(
      "service-managers", List.of("customer-service", "engineers", "service-managers")));

  /** Groups that see every staff member. */
  private List<String> allGroups = new ArrayList<>(List.of("general-manager", "camunda-admin"));

  public Map<String, List<String>> getManages() {
    return manages;
  }

  public void setManages(Map<String, List<String>> manages) {
    this.manages = manages;
  }

  public List<String> getAllGroups() {
    return allGroups;
  }

  public void setAllGroups(List<String> allGroups) {
    this.allGroups = allGroups;
  }
}
