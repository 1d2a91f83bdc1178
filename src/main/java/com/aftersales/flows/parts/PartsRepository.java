package com.aftersales.flows.parts;

import static com.aftersales.calendar.DatabaseTimes.instant;
import static com.aftersales.calendar.DatabaseTimes.timestamp;

import com.aftersales.flows.parts.PartsDecisions.LeadTime;
import com.aftersales.flows.parts.PartsProcess.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The parts tables (parts_request, parts_request_line, parts_order, parts_unpack_log): every statement of the
 * parts flow, and nothing else; what the flow decides is {@link PartsService}'s. Writes are idempotent where a
 * job may run them twice (first times are kept with COALESCE). Times come from the engine clock and are stored
 * in UTC.
 */
@Repository
public class PartsRepository {

  private static final String REQUEST_COLUMNS =
      "request_number, case_number, process_instance_id, status, covered_by_warranty, urgent, unpack_requested,"
          + " split_orders, customer_name, product_model, total_amount, billed_by_case, case_quoted_parts_amount,"
          + " requested_at, reviewed_by, reviewed_at,"
          + " rejection_reason, paid_amount, payment_reference, paid_at, delivery_note, shipped_at, closed_at";

  private final NamedParameterJdbcTemplate jdbc;

  public PartsRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The request a process instance opened, if it did. */
  Optional<String> requestOfInstance(String processInstanceId) {
    return jdbc.query("SELECT request_number FROM parts_request WHERE process_instance_id = :pi",
            new MapSqlParameterSource("pi", processInstanceId), (rs, i) -> rs.getString(1))
        .stream().findFirst();
  }

  int requestsOfCase(String caseNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM parts_request WHERE case_number = :c",
        new MapSqlParameterSource("c", caseNumber), Integer.class);
  }

  void insertRequest(String number, PartsService.Opening o) {
    jdbc.update("INSERT INTO parts_request (request_number, case_number, process_instance_id, status,"
            + " covered_by_warranty, urgent, unpack_requested, split_orders, customer_name, product_model,"
            + " requested_at, updated_at) VALUES (:n, :c, :pi, :s, :w, FALSE, FALSE, FALSE, :cn, :pm, :now, :now)",
        new MapSqlParameterSource("n", number).addValue("c", o.caseNumber()).addValue("pi", o.processInstanceId())
            .addValue("s", Status.REQUESTED).addValue("w", o.coveredByWarranty())
            .addValue("cn", o.customerName(), Types.VARCHAR).addValue("pm", o.productModel(), Types.VARCHAR)
            .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /** @return the rows updated (0: no such request) */
  int updateOptions(String number, boolean coveredByWarranty, boolean urgent, boolean unpackRequested,
      boolean splitOrders) {
    return jdbc.update("UPDATE parts_request SET covered_by_warranty = :w, urgent = :u, unpack_requested = :up,"
            + " split_orders = :so, updated_at = :now WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("w", coveredByWarranty).addValue("u", urgent)
            .addValue("up", unpackRequested).addValue("so", splitOrders)
            .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  void markBilledByCase(String number, BigDecimal quotedPartsAmount) {
    jdbc.update("UPDATE parts_request SET billed_by_case = TRUE, case_quoted_parts_amount = :q, updated_at = :now"
            + " WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("q", quotedPartsAmount == null ? null
                : quotedPartsAmount.setScale(2, RoundingMode.HALF_UP), Types.NUMERIC)
            .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  void clearBilledByCase(String number) {
    jdbc.update("UPDATE parts_request SET billed_by_case = FALSE, case_quoted_parts_amount = NULL"
        + " WHERE request_number = :n", new MapSqlParameterSource("n", number));
  }

  void rejected(String number, String reviewer, String reason) {
    jdbc.update("UPDATE parts_request SET status = :s, reviewed_by = :by, reviewed_at = :now, rejection_reason = :r,"
        + " updated_at = :now WHERE request_number = :n", reviewed(number, reviewer).addValue("s", Status.REJECTED)
        .addValue("r", reason));
  }

  void approved(String number, String reviewer, BigDecimal total) {
    jdbc.update("UPDATE parts_request SET status = :s, reviewed_by = :by, reviewed_at = :now, rejection_reason = NULL,"
        + " total_amount = :t, updated_at = :now WHERE request_number = :n",
        reviewed(number, reviewer).addValue("s", Status.APPROVED).addValue("t", total));
  }

  private static MapSqlParameterSource reviewed(String number, String reviewer) {
    return new MapSqlParameterSource("n", number).addValue("by", reviewer, Types.VARCHAR)
        .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE);
  }

  /** Replaces the production orders with one per kind, numbered from 1 in the order given. */
  void replaceOrders(String number, List<String> kinds) {
    jdbc.update("DELETE FROM parts_order WHERE request_number = :n", new MapSqlParameterSource("n", number));
    for (int i = 0; i < kinds.size(); i++) {
      jdbc.update("INSERT INTO parts_order (request_number, order_no, kind, urgent_agreed) VALUES (:n, :o, :k, FALSE)",
          new MapSqlParameterSource("n", number).addValue("o", i + 1).addValue("k", kinds.get(i)));
    }
  }

  List<Integer> orderNumbers(String number) {
    return jdbc.queryForList("SELECT order_no FROM parts_order WHERE request_number = :n ORDER BY order_no",
        new MapSqlParameterSource("n", number), Integer.class);
  }

  void planOrder(String number, int orderNo, LeadTime lead, Date due) {
    jdbc.update("UPDATE parts_order SET min_days = :min, max_days = :max, due_at = :due, urgent_agreed = FALSE"
            + " WHERE request_number = :n AND order_no = :o",
        new MapSqlParameterSource("n", number).addValue("o", orderNo).addValue("min", lead.minDays())
            .addValue("max", lead.maxDays()).addValue("due", timestamp(due.toInstant()), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  void agreeUrgentDate(String number, int orderNo, Date agreed) {
    jdbc.update("UPDATE parts_order SET due_at = :due, urgent_agreed = TRUE WHERE request_number = :n AND order_no = :o",
        new MapSqlParameterSource("n", number).addValue("o", orderNo)
            .addValue("due", timestamp(agreed.toInstant()), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /** @return the rows updated (0: no such order); a second booking keeps the first time and person */
  int book(String number, int orderNo, String location, String bookedBy) {
    return jdbc.update("UPDATE parts_order SET booked_at = COALESCE(booked_at, :now), booked_by ="
            + " COALESCE(booked_by, :by), location = :loc WHERE request_number = :n AND order_no = :o",
        new MapSqlParameterSource("n", number).addValue("o", orderNo).addValue("loc", location)
            .addValue("by", bookedBy, Types.VARCHAR).addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  void paid(String number, BigDecimal paid, String reference) {
    jdbc.update("UPDATE parts_request SET paid_amount = :a, payment_reference = :r, paid_at = COALESCE(paid_at, :now),"
            + " updated_at = :now WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("a", paid.setScale(2, RoundingMode.HALF_UP))
            .addValue("r", reference).addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  void insertUnpack(String number, PartsRequest.Unpack unpack) {
    jdbc.update("INSERT INTO parts_unpack_log (request_number, package_number, product_model, parts_taken, approved_by,"
            + " unpacked_by, package_marked, unpacked_at, replenish_due) VALUES (:n, :p, :m, :parts, :ab, :ub, :mk,"
            + " :now, :due)",
        new MapSqlParameterSource("n", number).addValue("p", unpack.packageNumber())
            .addValue("m", unpack.productModel()).addValue("parts", unpack.partsTaken())
            .addValue("ab", unpack.approvedBy(), Types.VARCHAR).addValue("ub", unpack.unpackedBy(), Types.VARCHAR)
            .addValue("mk", unpack.packageMarked()).addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("due", timestamp(unpack.replenishDue()), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  void replenished(String number, String by) {
    jdbc.update("UPDATE parts_unpack_log SET replenished_at = COALESCE(replenished_at, :now), replenished_by ="
            + " COALESCE(replenished_by, :by) WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("by", by, Types.VARCHAR)
            .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  void deliveryNote(String number, String deliveryNote) {
    jdbc.update("UPDATE parts_request SET delivery_note = :d, updated_at = :now WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("d", deliveryNote)
            .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  void shipped(String number) {
    jdbc.update("UPDATE parts_request SET shipped_at = :now, updated_at = :now WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  void closed(String number, String finalStatus) {
    jdbc.update("UPDATE parts_request SET status = :s, closed_at = COALESCE(closed_at, :now), updated_at = :now"
            + " WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("s", finalStatus)
            .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  void setStatus(String number, String status) {
    jdbc.update("UPDATE parts_request SET status = :s, updated_at = :now WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("s", status)
            .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  void replaceLines(String number, List<PartLine> lines) {
    jdbc.update("DELETE FROM parts_request_line WHERE request_number = :n", new MapSqlParameterSource("n", number));
    lines.forEach(l -> insertLine(number, l));
  }

  private void insertLine(String number, PartLine l) {
    jdbc.update("INSERT INTO parts_request_line (request_number, line_no, part_name, part, part_category, part_size,"
            + " colour, quantity, batch_number, inspection_number, reason, order_no, unit, unit_price, price_source,"
            + " amount) VALUES (:n, :no, :name, :part, :cat, :size, :colour, :q, :batch, :insp, :reason, :order,"
            + " :unit, :price, :source, :amount)",
        new MapSqlParameterSource("n", number).addValue("no", l.lineNo()).addValue("name", l.partName())
            .addValue("part", l.part()).addValue("cat", l.partCategory()).addValue("size", l.size(), Types.VARCHAR)
            .addValue("colour", l.colour()).addValue("q", l.quantity()).addValue("batch", l.batchNumber())
            .addValue("insp", l.inspectionNumber()).addValue("reason", l.reason())
            .addValue("order", l.orderNo(), Types.INTEGER).addValue("unit", l.unit(), Types.VARCHAR)
            .addValue("price", l.unitPrice(), Types.NUMERIC).addValue("source", l.priceSource(), Types.VARCHAR)
            .addValue("amount", l.amount(), Types.NUMERIC));
  }

  // ---- reading ---------------------------------------------------------------------------------

  /** Requests matching the filter (dates are days in {@code zone}), newest first, with lines, orders and unpack log. */
  List<PartsRequest> search(PartsRequestFilter filter, ZoneId zone) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    MapSqlParameterSource p = new MapSqlParameterSource();
    if (filter.requestNumber() != null) {
      where.append(" AND request_number = :n");
      p.addValue("n", filter.requestNumber());
    }
    if (filter.status() != null) {
      where.append(" AND status = :s");
      p.addValue("s", filter.status());
    }
    if (filter.caseNumber() != null) {
      where.append(" AND case_number = :c");
      p.addValue("c", filter.caseNumber());
    }
    if (filter.from() != null) {
      where.append(" AND requested_at >= :from");
      p.addValue("from", timestamp(filter.from().atStartOfDay(zone).toInstant()), Types.TIMESTAMP_WITH_TIMEZONE);
    }
    if (filter.to() != null) {
      where.append(" AND requested_at < :to");
      p.addValue("to", timestamp(filter.to().plusDays(1).atStartOfDay(zone).toInstant()), Types.TIMESTAMP_WITH_TIMEZONE);
    }
    List<PartsRequest> heads = jdbc.query("SELECT " + REQUEST_COLUMNS + " FROM parts_request" + where
        + " ORDER BY requested_at DESC, request_number DESC", p, HEAD);
    List<PartsRequest> full = new ArrayList<>();
    for (PartsRequest h : heads) {
      full.add(new PartsRequest(h.requestNumber(), h.caseNumber(), h.processInstanceId(), h.status(),
          h.coveredByWarranty(), h.urgent(), h.unpackRequested(), h.splitOrders(), h.customerName(), h.productModel(),
          h.totalAmount(), h.billedByCase(), h.caseQuotedPartsAmount(), h.requestedAt(), h.reviewedBy(), h.reviewedAt(), h.rejectionReason(), h.paidAmount(),
          h.paymentReference(), h.paidAt(), h.deliveryNote(), h.shippedAt(), h.closedAt(),
          lines(h.requestNumber()), orders(h.requestNumber()), unpack(h.requestNumber())));
    }
    return full;
  }

  List<PartLine> lines(String number) {
    return jdbc.query("SELECT * FROM parts_request_line WHERE request_number = :n ORDER BY line_no",
        new MapSqlParameterSource("n", number), LINE);
  }

  private List<PartsRequest.Order> orders(String number) {
    return jdbc.query("SELECT * FROM parts_order WHERE request_number = :n ORDER BY order_no",
        new MapSqlParameterSource("n", number),
        (rs, i) -> new PartsRequest.Order(rs.getInt("order_no"), rs.getString("kind"),
            (Integer) rs.getObject("min_days", Integer.class), rs.getObject("max_days", Integer.class),
            instant(rs, "due_at"), rs.getBoolean("urgent_agreed"), instant(rs, "booked_at"), rs.getString("booked_by"),
            rs.getString("location")));
  }

  private PartsRequest.Unpack unpack(String number) {
    return jdbc.query("SELECT * FROM parts_unpack_log WHERE request_number = :n", new MapSqlParameterSource("n", number),
        (rs, i) -> new PartsRequest.Unpack(rs.getString("package_number"), rs.getString("product_model"),
            rs.getString("parts_taken"), rs.getString("approved_by"), rs.getString("unpacked_by"),
            rs.getBoolean("package_marked"), instant(rs, "unpacked_at"), instant(rs, "replenish_due"),
            instant(rs, "replenished_at"), rs.getString("replenished_by"))).stream().findFirst().orElse(null);
  }

  private static final RowMapper<PartLine> LINE = (rs, i) -> new PartLine(rs.getInt("line_no"),
      rs.getString("part_name"), rs.getString("part"), rs.getString("part_category"), rs.getString("part_size"),
      rs.getString("colour"), rs.getInt("quantity"), rs.getString("batch_number"), rs.getString("inspection_number"),
      rs.getString("reason"), rs.getObject("order_no", Integer.class), rs.getString("unit"),
      rs.getBigDecimal("unit_price"), rs.getString("price_source"), rs.getBigDecimal("amount"));

  private static final RowMapper<PartsRequest> HEAD = (rs, i) -> new PartsRequest(rs.getString("request_number"),
      rs.getString("case_number"), rs.getString("process_instance_id"), rs.getString("status"),
      rs.getBoolean("covered_by_warranty"), rs.getBoolean("urgent"), rs.getBoolean("unpack_requested"),
      rs.getBoolean("split_orders"), rs.getString("customer_name"), rs.getString("product_model"),
      rs.getBigDecimal("total_amount"), rs.getBoolean("billed_by_case"), rs.getBigDecimal("case_quoted_parts_amount"),
      instant(rs, "requested_at"), rs.getString("reviewed_by"),
      instant(rs, "reviewed_at"), rs.getString("rejection_reason"), rs.getBigDecimal("paid_amount"),
      rs.getString("payment_reference"), instant(rs, "paid_at"), rs.getString("delivery_note"),
      instant(rs, "shipped_at"), instant(rs, "closed_at"), List.of(), List.of(), null);

  static OffsetDateTime now() {
    return timestamp(ClockUtil.getCurrentTime().toInstant());
  }
}
