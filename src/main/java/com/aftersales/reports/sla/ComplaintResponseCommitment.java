package com.aftersales.reports.sla;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Complaint response: every complaint is answered within its response commitment (24 hours; the routing
 * decision may set another number of hours). Source: table {@code complaint}.
 *
 * <ul>
 *   <li>starts: {@code received_at}
 *   <li>due: {@code response_due_at}, which the flow moves later by every pause waiting for the customer; while
 *       a pause runs ({@code paused_at} set) the clock stands still, so the case is open but neither due nor
 *       overdue
 *   <li>kept: {@code responded_at} (the first response; an escalation does not move the deadline)
 *   <li>not counted: complaints archived without any response
 * </ul>
 */
@Component
@Order(1)
public class ComplaintResponseCommitment extends NamedCommitment {

  public static final String ID = "complaint-response";

  private final NamedParameterJdbcTemplate jdbc;

  public ComplaintResponseCommitment(NamedParameterJdbcTemplate jdbc) {
    super(ID, "Complaint response", "Respond within 24 hours of receipt (waiting for the customer excluded)");
    this.jdbc = jdbc;
  }

  /** The rule: the case as the commitment sees it. */
  static SlaCase toCase(
      String caseNumber, String processInstanceId, Instant receivedAt, Instant responseDueAt, Instant respondedAt,
      Instant pausedAt) {
    Instant due = respondedAt == null && pausedAt != null ? null : responseDueAt;
    return new SlaCase(caseNumber, processInstanceId, null, receivedAt, due, respondedAt);
  }

  @Override
  public List<SlaCase> cases(SlaPeriod period) {
    return jdbc.query(
        "SELECT c.case_number, s.process_instance_id, c.received_at, c.response_due_at, c.responded_at, c.paused_at"
            + " FROM complaint c LEFT JOIN service_case s ON s.case_number = c.case_number"
            + " WHERE (c.responded_at IS NULL AND c.archived_at IS NULL) OR c.responded_at > :windowStart"
            + " ORDER BY c.received_at, c.case_number",
        new MapSqlParameterSource().addValue("windowStart", CaseNumbers.timestamp(period.windowStart()),
            Types.TIMESTAMP_WITH_TIMEZONE),
        (rs, i) -> toCase(
            rs.getString("case_number"),
            rs.getString("process_instance_id"),
            CaseNumbers.instant(rs, "received_at"),
            CaseNumbers.instant(rs, "response_due_at"),
            CaseNumbers.instant(rs, "responded_at"),
            CaseNumbers.instant(rs, "paused_at")));
  }
}
