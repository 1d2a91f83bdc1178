package com.aftersales.reports.sla;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.reports.sla.*}: the look-back window of the "share met" figure, how far ahead "due soon"
 * looks, and who may read the SLA report.
 */
@ConfigurationProperties("aftersales.reports.sla")
public class SlaProperties {

  /** Commitments decided (kept or missed) within this many days count towards the share met. */
  private int windowDays = 30;

  /** Open cases whose commitment falls due within this many hours are "due soon". */
  private int dueSoonHours = 24;

  /** Groups allowed to read the report (any one suffices). */
  private List<String> groups = List.of("service-managers", "general-manager", "analysts", "camunda-admin");

  public int getWindowDays() {
    return windowDays;
  }

  public void setWindowDays(int windowDays) {
    if (windowDays < 1) {
      throw new IllegalArgumentException("aftersales.reports.sla.window-days must be at least 1");
    }
    this.windowDays = windowDays;
  }

  public int getDueSoonHours() {
    return dueSoonHours;
  }

  public void setDueSoonHours(int dueSoonHours) {
    if (dueSoonHours < 1) {
      throw new IllegalArgumentException("aftersales.reports.sla.due-soon-hours must be at least 1");
    }
    this.dueSoonHours = dueSoonHours;
  }

  public List<String> getGroups() {
    return groups;
  }

  public void setGroups(List<String> groups) {
    this.groups = List.copyOf(groups);
  }
}
