package com.aftersales.reports.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.reports.staff.StaffReportService;
import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.ProcessTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.support.CronExpression;

/**
 * The weekly report of 002 详细范本 四 for the department's Friday meeting, as configured in application.yml
 * ({@code aftersales.quality.reports.schedules.weekly-meeting}): made on Friday afternoon for the seven days before,
 * with each technician's figures, so that one Friday's report starts where the last one ended.
 */
@ProcessTest
class WeeklyMeetingReportTest {

  static final String REPORT = "weekly-meeting";

  @Autowired ScheduledReports reports;
  @Autowired ReportScheduleProperties properties;
  @Autowired StaffReportService staffReports;
  @Autowired IdentityService identityService;
  @Autowired WorkingDayCalendar calendar;

  @Test
  @DisplayName("002 详细范本 四 周报制度每周五下午部门例会,技术服务人员必须提交本周客户服务情况: the report is made on Friday"
      + " afternoon for the seven days before, with each technician's figures, once, and the next Friday's follows on")
  void theWeeklyMeetingReportIsMadeOnFridayAfternoonForTheWeekBefore() {
    ReportScheduleProperties.Schedule schedule = properties.getSchedules().get(REPORT);
    assertThat(schedule.getPeriod()).isEqualTo(ReportPeriod.LAST_SEVEN_DAYS);
    assertThat(schedule.getRecipients()).contains("service-managers");
    ZonedDateTime wednesday = LocalDateTime.of(2033, 5, 18, 10, 0).atZone(calendar.zone());
    ZonedDateTime next = CronExpression.parse(schedule.getCron()).next(wednesday);
    assertThat(next.toLocalDate()).isEqualTo(LocalDate.of(2033, 5, 20));
    assertThat(next.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
    assertThat(next.getHour()).as("afternoon").isGreaterThanOrEqualTo(12);

    EngineClock.set(EngineClock.at(next.toLocalDateTime()));
    ArchivedReport kept = reports.run(REPORT);
    assertThat(kept.periodFrom()).isEqualTo(LocalDate.of(2033, 5, 13));
    assertThat(kept.periodTo()).isEqualTo(LocalDate.of(2033, 5, 19));
    Set<String> everyone = new LinkedHashSet<>();
    identityService.createUserQuery().list().forEach(u -> everyone.add(u.getId()));
    assertThat(kept.csv()).as("each technician's figures")
        .isEqualTo(staffReports.report(kept.periodFrom(), kept.periodTo(), everyone).csv());
    assertThat(reports.run(REPORT).id()).as("kept once").isEqualTo(kept.id());

    EngineClock.set(EngineClock.at(next.toLocalDateTime().plusWeeks(1)));
    ArchivedReport following = reports.run(REPORT);
    assertThat(following.periodFrom()).isEqualTo(kept.periodTo().plusDays(1));
    assertThat(following.periodTo()).isEqualTo(LocalDate.of(2033, 5, 26));
  }
}
