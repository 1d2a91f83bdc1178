package com.aftersales.reports.archive;

import com.aftersales.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/** Registers each configured report at its cron, in the company zone; "-" leaves a report off. */
@Configuration
public class ReportSchedules implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(ReportSchedules.class);

  private final ReportScheduleProperties properties;
  private final ScheduledReports reports;
  private final WorkingDayCalendar calendar;

  public ReportSchedules(ReportScheduleProperties properties, ScheduledReports reports, WorkingDayCalendar calendar) {
    this.properties = properties;
    this.reports = reports;
    this.calendar = calendar;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    properties.getSchedules().forEach((report, schedule) -> {
      if (schedule.getCron() == null || "-".equals(schedule.getCron().trim())) {
        return;
      }
      registrar.addTriggerTask(() -> {
        try {
          ArchivedReport kept = reports.run(report);
          LOG.info("Scheduled report {} for {}..{} kept as {}", report, kept.periodFrom(), kept.periodTo(), kept.id());
        } catch (RuntimeException e) {
          // the next run delivers what this one could not: the archive and the outbox keep what was done
          LOG.error("Scheduled report {} failed", report, e);
        }
      }, new CronTrigger(schedule.getCron(), calendar.zone()));
    });
  }
}
