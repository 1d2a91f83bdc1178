package com.aftersales.reports.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.quality.reports.*}: the scheduled reports, each with its cron (company zone), the period it
 * covers and who gets it (group ids or addresses), and who may download the archive. Configuration, not code.
 */
@ConfigurationProperties("aftersales.quality.reports")
public class ReportScheduleProperties {

  /** Report id (daily, weekly, ...) → its schedule. */
  private Map<String, Schedule> schedules = new LinkedHashMap<>();

  /** Groups that may read the archive. */
  private List<String> archiveGroups =
      new ArrayList<>(List.of("service-managers", "general-manager", "analysts", "camunda-admin"));

  public Map<String, Schedule> getSchedules() {
    return schedules;
  }

  public void setSchedules(Map<String, Schedule> schedules) {
    this.schedules = schedules;
  }

  public List<String> getArchiveGroups() {
    return archiveGroups;
  }

  public void setArchiveGroups(List<String> archiveGroups) {
    this.archiveGroups = archiveGroups;
  }

  public static class Schedule {
    /** Spring cron, in the company zone; "-" switches the report off. */
    private String cron;
    private ReportPeriod period;
    /** Group ids or e-mail addresses. */
    private List<String> recipients = new ArrayList<>();
    /** Title in mails and the archive. */
    private String title;

    public String getCron() {
      return cron;
    }

    public void setCron(String cron) {
      this.cron = cron;
    }

    public ReportPeriod getPeriod() {
      return period;
    }

    public void setPeriod(ReportPeriod period) {
      this.period = period;
    }

    public List<String> getRecipients() {
      return recipients;
    }

    public void setRecipients(List<String> recipients) {
      this.recipients = recipients;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }
  }
}
