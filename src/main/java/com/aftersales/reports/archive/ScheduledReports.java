package com.aftersales.reports.archive;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.flows.consultation.ConsultationReportService;
import com.aftersales.reports.archive.ReportScheduleProperties.Schedule;
import com.aftersales.reports.staff.StaffReport;
import com.aftersales.reports.staff.StaffReportService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Runs a scheduled report: the staff figures of everyone over the last complete period as CSV, the visit figures as
 * the summary, kept in the archive and mailed through the outbox with the CSV attached. Runs at least once: the
 * archive keeps one report per period and the outbox one mail per report and recipient, so a repeated run (another
 * node, a restart) sends nothing twice; it also delivers what an earlier run could not (SMTP down).
 */
@Service
@EnableConfigurationProperties(ReportScheduleProperties.class)
public class ScheduledReports {

  static final String MAIL_TEMPLATE = "scheduled-report";

  private final ReportScheduleProperties properties;
  private final ReportArchive archive;
  private final StaffReportService staffReports;
  private final IdentityService identityService;
  private final ReportMail mail;
  private final WorkingDayCalendar calendar;
  private final NamedParameterJdbcTemplate jdbc;
  private final ConsultationReportService consultations;

  public ScheduledReports(ReportScheduleProperties properties, ReportArchive archive,
      StaffReportService staffReports, IdentityService identityService, ReportMail mail,
      WorkingDayCalendar calendar, NamedParameterJdbcTemplate jdbc, ConsultationReportService consultations) {
    this.properties = properties;
    this.archive = archive;
    this.staffReports = staffReports;
    this.identityService = identityService;
    this.mail = mail;
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.consultations = consultations;
  }

  /** Makes (or finds) the report of the last complete period before today (engine clock, company zone) and mails it. */
  public ArchivedReport run(String report) {
    Schedule schedule = properties.getSchedules().get(report);
    if (schedule == null) {
      throw new IllegalArgumentException("No scheduled report " + report + " (aftersales.quality.reports.schedules)");
    }
    LocalDate today = LocalDate.ofInstant(calendar.now().toInstant(), calendar.zone());
    LocalDate[] period = schedule.getPeriod().lastCompleteBefore(today);
    ArchivedReport kept = archive.find(report, period[0]).orElseGet(() -> make(report, schedule, period[0], period[1]));
    deliver(kept, schedule);
    return kept;
  }

  private ArchivedReport make(String report, Schedule schedule, LocalDate from, LocalDate to) {
    Set<String> everyone = new LinkedHashSet<>();
    identityService.createUserQuery().orderByUserId().asc().list().forEach(u -> everyone.add(u.getId()));
    StaffReport staff = staffReports.report(from, to, everyone);
    String fileName = report + "-" + from + "-" + to + ".csv";
    return archive.keep(report, from, to, String.join(",", schedule.getRecipients()), fileName, staff.csv(),
        summary(staff, from, to));
  }

  private void deliver(ArchivedReport kept, Schedule schedule) {
    Map<String, Object> words = new HashMap<>();
    words.put("reportTitle", schedule.getTitle() == null ? kept.report() : schedule.getTitle());
    words.put("periodFrom", kept.periodFrom());
    words.put("periodTo", kept.periodTo());
    mail.send(kept, schedule.getRecipients(), MAIL_TEMPLATE, words);
  }

  /**
   * What the managers read first: work done on time, the return visits and what they found, and the consultations
   * and suggestions of the period counted (002 客服部管理制度及流程范文 第九条2; the details at
   * /api/reports/consultations).
   */
  String summary(StaffReport staff, LocalDate from, LocalDate to) {
    long tasks = 0;
    long withDue = 0;
    long onTime = 0;
    for (StaffReport.Person p : staff.people()) {
      tasks += p.figures().tasksHandled();
      withDue += p.figures().tasksWithDueDate();
      onTime += p.figures().tasksOnTime();
    }
    Instant start = from.atStartOfDay(calendar.zone()).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("from", start.atOffset(java.time.ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
        .addValue("to", end.atOffset(java.time.ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    Map<String, Object> visits = jdbc.queryForMap(
        "SELECT COUNT(*) AS visited, AVG(CAST(satisfaction AS DECIMAL(5, 2))) AS score,"
            + " SUM(CASE WHEN complaint_case_number IS NOT NULL THEN 1 ELSE 0 END) AS complaints"
            + " FROM return_visit WHERE status = 'VISITED' AND visited_at >= :from AND visited_at < :to", p);
    Long closed = jdbc.queryForObject(
        "SELECT COUNT(*) FROM service_case WHERE closed_at >= :from AND closed_at < :to", p, Long.class);
    Long unreached = jdbc.queryForObject(
        "SELECT COUNT(*) FROM return_visit WHERE status = 'UNREACHED' AND visited_at >= :from AND visited_at < :to",
        p, Long.class);
    Object score = visits.get("score");
    return String.join("\n", List.of(
        "结案数: " + closed,
        "完成任务: " + tasks + ",按期完成 " + onTime + "/" + withDue
            + (withDue == 0 ? "" : "(" + Math.round(100.0 * onTime / withDue) + "%)"),
        "回访完成: " + visits.get("visited") + ",联系不上: " + unreached,
        "平均满意度: " + (score == null ? "-" : String.format("%.2f", ((Number) score).doubleValue())),
        "回访开立投诉: " + (visits.get("complaints") == null ? 0 : visits.get("complaints")),
        consultations.summaryLine(from, to)));
  }
}
