package com.aftersales.reports.sla;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Parts lead time: each production order of an approved parts request is ready by its due date. Source: tables
 * {@code parts_order} and {@code parts_request}; one case per order (reference {@code <request>#<order>}).
 *
 * <ul>
 *   <li>starts: the request's approval ({@code parts_request.reviewed_at})
 *   <li>due: {@code parts_order.due_at} = approval planning + the maximum lead time of its slowest part
 *       (parts-lead-time.dmn, in working days) or the urgent date production agreed; the same date fires
 *       {@code Timer_LeadTimeExceeded} in parts-approval.bpmn
 *   <li>kept: the order is booked into the finished-goods warehouse ({@code parts_order.booked_at})
 *   <li>not counted: orders not planned yet (no due date), and orders of requests closed without booking them
 * </ul>
 */
@Component
@Order(5)
public class PartsLeadTimeCommitment extends NamedCommitment {

  public static final String ID = "parts-lead-time";

  private final NamedParameterJdbcTemplate jdbc;

  public PartsLeadTimeCommitment(NamedParameterJdbcTemplate jdbc) {
    super(ID, "Parts lead time",
        "Parts made and booked in by the order's lead-time date (slowest part, or the agreed urgent date)");
    this.jdbc = jdbc;
  }

  /** The rule: the case as the commitment sees it. */
  static SlaCase toCase(
      String caseNumber, String processInstanceId, String requestNumber, int orderNo, Instant approvedAt,
      Instant dueAt, Instant bookedAt) {
    return new SlaCase(caseNumber, processInstanceId, requestNumber + "#" + orderNo, approvedAt, dueAt, bookedAt);
  }

  @Override
  public List<SlaCase> cases(SlaPeriod period) {
    return jdbc.query(
        "SELECT r.case_number, r.process_instance_id, r.request_number, o.order_no, r.reviewed_at, r.requested_at,"
            + " o.due_at, o.booked_at"
            + " FROM parts_order o JOIN parts_request r ON r.request_number = o.request_number"
            + " WHERE o.due_at IS NOT NULL"
            + " AND ((o.booked_at IS NULL AND r.closed_at IS NULL) OR o.booked_at > :windowStart)"
            + " ORDER BY r.requested_at, r.request_number, o.order_no",
        new MapSqlParameterSource().addValue("windowStart", CaseNumbers.timestamp(period.windowStart()),
            Types.TIMESTAMP_WITH_TIMEZONE),
        (rs, i) -> {
          Instant approved = CaseNumbers.instant(rs, "reviewed_at");
          return toCase(
              rs.getString("case_number"),
              rs.getString("process_instance_id"),
              rs.getString("request_number"),
              rs.getInt("order_no"),
              approved != null ? approved : CaseNumbers.instant(rs, "requested_at"),
              CaseNumbers.instant(rs, "due_at"),
              CaseNumbers.instant(rs, "booked_at"));
        });
  }
}
