package com.aftersales.customers.report;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.ArchiveProperties;
import com.aftersales.customers.CustomerRepository;
import com.aftersales.customers.CustomerView;
import com.aftersales.customers.VerificationOutcome;
import com.aftersales.customers.verification.ArchiveVerifications;
import com.aftersales.reports.Csv;
import com.aftersales.reports.archive.ArchivedReport;
import com.aftersales.reports.archive.ReportArchive;
import com.aftersales.reports.archive.ReportMail;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The monthly customer information report (002 二(一) 6.1, 6.8, 6.9): the archive's figures of one month (archives by
 * classification and credit grade, archives opened, found gone and re-verified, repeat repairs), with what the
 * salesperson wrote about the competitive environment; as CSV (reports.Csv, rows section,key,value), kept once per
 * month in report_archive and mailed once per recipient through the outbox. No contact data and no customer names:
 * the report is figures, and the repeat repairs are named by case number, model and serial number.
 */
@Service
public class CustomerInfoReports {

  static final String MAIL_TEMPLATE = "customer-info-report";
  static final String TITLE = "客户信息报告";

  private final NamedParameterJdbcTemplate jdbc;
  private final CustomerRepository customers;
  private final ArchiveVerifications verifications;
  private final ReportArchive archive;
  private final ReportMail mail;
  private final ArchiveProperties properties;
  private final WorkingDayCalendar calendar;

  public CustomerInfoReports(NamedParameterJdbcTemplate jdbc, CustomerRepository customers,
      ArchiveVerifications verifications, ReportArchive archive, ReportMail mail,
      ArchiveProperties properties, WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.customers = customers;
    this.verifications = verifications;
    this.archive = archive;
    this.mail = mail;
    this.properties = properties;
    this.calendar = calendar;
  }

  /** The month a report run on {@code today} covers: the month before. */
  public static YearMonth reportMonth(LocalDate today) {
    return YearMonth.from(today).minusMonths(1);
  }

  /** The month's figures, in order: section to key to value. */
  public Map<String, Map<String, Object>> figures(YearMonth month) {
    Instant from = month.atDay(1).atStartOfDay(calendar.zone()).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(calendar.zone()).toInstant();
    LocalDate last = month.atEndOfMonth();
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("from", from.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
        .addValue("to", to.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
        .addValue("firstDay", month.atDay(1), Types.DATE)
        .addValue("lastDay", last, Types.DATE);
    Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
    String active = " FROM customer WHERE merged_into IS NULL AND created_at < :to"
        + " AND (gone_on IS NULL OR gone_on > :lastDay)";
    Map<String, Object> archives = new LinkedHashMap<>();
    archives.put("total", count("SELECT COUNT(*)" + active, p));
    archives.put("opened", count("SELECT COUNT(*) FROM customer WHERE merged_into IS NULL"
        + " AND created_at >= :from AND created_at < :to", p));
    archives.put("gone", count("SELECT COUNT(*) FROM customer WHERE gone_on >= :firstDay AND gone_on <= :lastDay", p));
    figures.put("archives", archives);
    figures.put("classification", grouped("SELECT classification AS k, COUNT(*) AS n" + active
        + " GROUP BY classification ORDER BY classification", p));
    figures.put("credit-grade", grouped("SELECT credit_grade AS k, COUNT(*) AS n" + active
        + " GROUP BY credit_grade ORDER BY credit_grade", p));
    Map<String, Object> verified = new LinkedHashMap<>();
    for (Map.Entry<VerificationOutcome, Long> e : verifications.outcomes(from, to).entrySet()) {
      verified.put(e.getKey().name().toLowerCase(java.util.Locale.ROOT), e.getValue());
    }
    figures.put("verification", verified);
    Map<String, Object> cases = new LinkedHashMap<>();
    cases.put("opened", count("SELECT COUNT(*) FROM service_case WHERE opened_at >= :from AND opened_at < :to", p));
    cases.put("repeat-repairs", (long) customers.repeatRepairs(from, to).size());
    cases.put("repeat-repair-days", (long) properties.repeatRepairDays());
    figures.put("cases", cases);
    return figures;
  }

  /** The figures as the form and the mail show them. */
  public String summary(Map<String, Map<String, Object>> f) {
    Map<String, Object> a = f.get("archives");
    Map<String, Object> v = f.get("verification");
    Map<String, Object> c = f.get("cases");
    return String.join("\n", List.of(
        "在档客户: " + a.get("total") + "(分类 " + f.get("classification") + ", 信用等级 " + f.get("credit-grade") + ")",
        "本月新建档案: " + a.get("opened") + ", 本月确认客户已不存在: " + a.get("gone"),
        "本月档案核定: 核实无误 " + v.get("verified") + ", 已变更 " + v.get("changed") + ", 客户已不存在 " + v.get("gone"),
        "本月受理: " + c.get("opened") + ", 其中返修(" + c.get("repeat-repair-days") + "天内再修): "
            + c.get("repeat-repairs")));
  }

  /**
   * Keeps the month's report (once: a repeated run finds it kept) and mails it to every recipient once.
   *
   * @return the kept report
   */
  public ArchivedReport keepAndSend(YearMonth month, String marketEnvironment, String customerNotes, String author) {
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    ArchivedReport kept = archive.find(CustomerReportProcess.REPORT, from).orElseGet(() -> {
      Map<String, Map<String, Object>> f = figures(month);
      Csv csv = Csv.withHeader("section", "key", "value");
      f.forEach((section, values) -> values.forEach((key, value) -> csv.row(section, key, value)));
      Instant start = from.atStartOfDay(calendar.zone()).toInstant();
      Instant end = to.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
      for (CustomerView.CaseEntry e : customers.repeatRepairs(start, end)) {
        csv.row("repeat-repair", e.caseNumber(), e.repeatOf() + " " + e.productModel()
            + (e.serialNumber() == null ? "" : " " + e.serialNumber()));
      }
      csv.row("market", "author", author);
      csv.row("market", "environment", marketEnvironment);
      csv.row("market", "customer-notes", customerNotes);
      return archive.keep(CustomerReportProcess.REPORT, from, to, String.join(",", properties.reportRecipients()),
          CustomerReportProcess.REPORT + "-" + month + ".csv", csv.toString(), summary(f));
    });
    mail.send(kept, properties.reportRecipients(), MAIL_TEMPLATE,
        Map.of("reportTitle", TITLE, "reportMonth", month.toString()));
    return kept;
  }

  /** The kept monthly reports, newest first. */
  public List<ArchivedReport> kept(int limit) {
    return new ArrayList<>(archive.list(CustomerReportProcess.REPORT, limit));
  }

  private long count(String sql, MapSqlParameterSource p) {
    Long n = jdbc.queryForObject(sql, p, Long.class);
    return n == null ? 0 : n;
  }

  private Map<String, Object> grouped(String sql, MapSqlParameterSource p) {
    Map<String, Object> values = new LinkedHashMap<>();
    jdbc.query(sql, p, rs -> {
      values.put(rs.getString("k"), rs.getLong("n"));
    });
    return values;
  }
}
