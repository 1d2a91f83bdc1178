package com.aftersales.flows.consultation;

import static com.aftersales.calendar.DatabaseTimes.instant;

import com.aftersales.calendar.WorkingDayCalendar;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds {@link ConsultationReport} from table consultation and the cases' product models; days and months run in
 * the company calendar zone (aftersales.calendar.zone), "now" is the engine clock.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationReportService {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private final NamedParameterJdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;

  public ConsultationReportService(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /** One consultation as the report counts it. */
  record Row(String kind, String productModel, Instant receivedAt, Instant answerDueAt, Instant answeredAt,
      boolean reported, boolean instructed, Boolean actionRequired, boolean actionDone, boolean faqProposed) {}

  /** Consultations received from the start of {@code from} to the end of {@code to}. */
  public ConsultationReport report(LocalDate from, LocalDate to) {
    ZoneId zone = calendar.zone();
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("from", from.atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
        .addValue("to", to.plusDays(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC),
            Types.TIMESTAMP_WITH_TIMEZONE);
    List<Row> rows = jdbc.query("SELECT c.kind, s.product_model, c.received_at, c.answer_due_at, c.answered_at,"
        + " c.feedback_report, c.instructed_at, c.action_required, c.follow_through_done_at,"
        + " (SELECT COUNT(*) FROM faq_entry f WHERE f.origin_key = CONCAT('consultation:', c.case_number)) AS faq"
        + " FROM consultation c JOIN service_case s ON s.case_number = c.case_number"
        + " WHERE c.received_at >= :from AND c.received_at < :to", p, (rs, n) -> new Row(
            rs.getString("kind"), rs.getString("product_model"), instant(rs, "received_at"),
            instant(rs, "answer_due_at"), instant(rs, "answered_at"), rs.getString("feedback_report") != null,
            instant(rs, "instructed_at") != null, (Boolean) rs.getObject("action_required"),
            instant(rs, "follow_through_done_at") != null, rs.getLong("faq") > 0));
    return build(from, to, rows, calendar.now().toInstant(), zone);
  }

  static ConsultationReport build(LocalDate from, LocalDate to, List<Row> rows, Instant now, ZoneId zone) {
    Map<String, Integer> byKind = new TreeMap<>();
    for (ConsultationProcess.Kind k : ConsultationProcess.Kind.values()) {
      byKind.put(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), 0);
    }
    Map<String, Map<String, Integer>> byModel = new TreeMap<>();
    Map<String, Map<String, Integer>> byMonth = new TreeMap<>();
    int inTime = 0;
    int late = 0;
    int pending = 0;
    int reported = 0;
    int instructed = 0;
    int actionRequired = 0;
    int actionDone = 0;
    int faq = 0;
    for (Row r : rows) {
      String kind = r.kind() == null ? ConsultationReport.UNANSWERED : r.kind();
      byKind.merge(kind, 1, Integer::sum);
      byModel.computeIfAbsent(r.productModel(), m -> new TreeMap<>()).merge(kind, 1, Integer::sum);
      byMonth.computeIfAbsent(MONTH.format(r.receivedAt().atZone(zone)), m -> new TreeMap<>())
          .merge(kind, 1, Integer::sum);
      if (r.answeredAt() != null) {
        if (r.answeredAt().isAfter(r.answerDueAt())) {
          late++;
        } else {
          inTime++;
        }
      } else if (now.isAfter(r.answerDueAt())) {
        late++;
      } else {
        pending++;
      }
      reported += r.reported() ? 1 : 0;
      instructed += r.instructed() ? 1 : 0;
      if (Boolean.TRUE.equals(r.actionRequired())) {
        actionRequired++;
        actionDone += r.actionDone() ? 1 : 0;
      }
      faq += r.faqProposed() ? 1 : 0;
    }
    return new ConsultationReport(from, to, rows.size(), byKind, byModel, byMonth,
        new ConsultationReport.Answers(inTime, late, pending),
        new ConsultationReport.Feedback(reported, instructed, actionRequired, actionDone), faq);
  }

  /** One line for the scheduled reports' summary. */
  public String summaryLine(LocalDate from, LocalDate to) {
    ConsultationReport r = report(from, to);
    return "咨询与建议: " + r.received() + "(咨询 " + r.byKind().getOrDefault("question", 0)
        + ",建议 " + r.byKind().getOrDefault("suggestion", 0)
        + ",质量反馈 " + r.byKind().getOrDefault("quality-feedback", 0)
        + ";按期答复 " + r.answers().inTime() + ",逾期 " + r.answers().late()
        + ";需整改 " + r.feedback().actionRequired() + ",已落实 " + r.feedback().actionDone() + ")";
  }
}
