package com.aftersales.flows.parts;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.parts.PartsDecisions.LeadTime;
import com.aftersales.flows.parts.PartsProcess.Actions;
import com.aftersales.flows.parts.PartsProcess.Status;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts requests of the application (tables parts_request, parts_request_line, parts_order,
 * parts_unpack_log) and what the flow does with them. Every method joins the caller's transaction, so in a
 * delegate the rows commit or roll back with the engine state; every write can run twice (jobs run at least
 * once) and ends in the same state. Times come from the engine clock.
 */
@Service("partsRequests")
@Transactional
public class PartsRequests {

  private static final String REQUEST_COLUMNS =
      "request_number, case_number, process_instance_id, status, covered_by_warranty, urgent, unpack_requested,"
          + " split_orders, customer_name, product_model, total_amount, billed_by_case, case_quoted_parts_amount,"
          + " requested_at, reviewed_by, reviewed_at,"
          + " rejection_reason, paid_amount, payment_reference, paid_at, delivery_note, shipped_at, closed_at";

  private final NamedParameterJdbcTemplate jdbc;
  private final PartsDecisions decisions;
  private final WorkingDayCalendar calendar;
  private final CaseService cases;

  public PartsRequests(
      NamedParameterJdbcTemplate jdbc, PartsDecisions decisions, WorkingDayCalendar calendar, CaseService cases) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.calendar = calendar;
    this.cases = cases;
  }

  /** What the flow knows about the request when it starts. */
  public record Opening(
      String processInstanceId,
      String caseNumber,
      String customerName,
      String productModel,
      boolean coveredByWarranty,
      String requestedBy) {}

  /**
   * Opens the request of a process instance, numbered after the case ({@code AS-2026-000001-P1}, -P2 for the
   * case's second request); a second call for the same instance returns the first request.
   *
   * @param ownCase the case is the request's own (a standalone parts case), so it takes the request's status
   */
  public String open(Opening o, boolean ownCase) {
    String number = openRequest(o);
    if (ownCase) {
      caseStatus(o.caseNumber(), Status.REQUESTED);
    }
    return number;
  }

  private String openRequest(Opening o) {
    Optional<String> existing = jdbc.query(
            "SELECT request_number FROM parts_request WHERE process_instance_id = :pi",
            new MapSqlParameterSource("pi", o.processInstanceId()), (rs, i) -> rs.getString(1))
        .stream().findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM parts_request WHERE case_number = :c",
        new MapSqlParameterSource("c", o.caseNumber()), Integer.class);
    String number = o.caseNumber() + "-P" + (count + 1);
    jdbc.update("INSERT INTO parts_request (request_number, case_number, process_instance_id, status,"
            + " covered_by_warranty, urgent, unpack_requested, split_orders, customer_name, product_model,"
            + " requested_at, updated_at) VALUES (:n, :c, :pi, :s, :w, FALSE, FALSE, FALSE, :cn, :pm, :now, :now)",
        new MapSqlParameterSource("n", number).addValue("c", o.caseNumber()).addValue("pi", o.processInstanceId())
            .addValue("s", Status.REQUESTED).addValue("w", o.coveredByWarranty())
            .addValue("cn", o.customerName(), Types.VARCHAR).addValue("pm", o.productModel(), Types.VARCHAR)
            .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
    cases.addRecord(o.caseNumber(), new ServiceRecord(Actions.REQUESTED, null, null, null,
        "Parts request " + number + " opened" + (o.coveredByWarranty() ? " (covered by warranty)" : ""),
        o.requestedBy(), null));
    return number;
  }

  /** Replaces the lines with the checked ones and keeps the request's options. */
  public void saveLines(String number, List<PartLine> lines, boolean coveredByWarranty, boolean urgent,
      boolean unpackRequested, boolean splitOrders) {
    MapSqlParameterSource p = new MapSqlParameterSource("n", number);
    jdbc.update("DELETE FROM parts_request_line WHERE request_number = :n", p);
    for (PartLine line : lines) {
      insertLine(number, line);
    }
    int updated = jdbc.update("UPDATE parts_request SET covered_by_warranty = :w, urgent = :u, unpack_requested = :up,"
            + " split_orders = :so, updated_at = :now WHERE request_number = :n",
        p.addValue("w", coveredByWarranty).addValue("u", urgent).addValue("up", unpackRequested)
            .addValue("so", splitOrders).addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
    if (updated == 0) {
      throw new IllegalStateException("No parts request " + number);
    }
  }

  /**
   * Marks the request as billed with its case (rulebook 000 §1.5.2.3, one case, one bill): the calling repair's
   * accepted quote already names the parts amount and its invoice charges it, so the lines get no price of their
   * own and the request asks for no payment. Under warranty nothing is billed, so the mark is not set. Runs
   * twice to the same state.
   *
   * @param quotedPartsAmount the parts amount of the repair's quote (yuan), null when the quote named none
   */
  public void billWithCase(String number, BigDecimal quotedPartsAmount) {
    PartsRequest request = find(number).orElseThrow(() -> new IllegalStateException("No parts request " + number));
    if (request.coveredByWarranty() || request.billedByCase()) {
      return;
    }
    jdbc.update("UPDATE parts_request SET billed_by_case = TRUE, case_quoted_parts_amount = :q, updated_at = :now"
            + " WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("q", quotedPartsAmount == null ? null
                : quotedPartsAmount.setScale(2, java.math.RoundingMode.HALF_UP), Types.NUMERIC)
            .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /**
   * Writes on the case that the approved parts are paid with the repair's invoice instead of a payment of their
   * own: the payment gate of the parts flow passes without asking the customer again.
   */
  public void recordBilledWithCase(String number, String by) {
    PartsRequest request = find(number).orElseThrow(() -> new IllegalStateException("No parts request " + number));
    if (!request.billedByCase()) {
      throw new IllegalStateException("Parts request " + number + " is not billed with its case");
    }
    boolean recorded = cases.records(request.caseNumber()).stream()
        .anyMatch(r -> Actions.BILLED_WITH_CASE.equals(r.action()) && r.note() != null && r.note().contains(number));
    if (recorded) {
      return;
    }
    BigDecimal quoted = request.caseQuotedPartsAmount();
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.BILLED_WITH_CASE, null, null, null,
        "Parts of " + number + " billed with the repair's quote and invoice"
            + (quoted == null ? "" : " (quoted parts " + quoted.toPlainString() + " yuan)")
            + "; no separate payment", by, null));
  }

  /**
   * Prices every line: free under warranty, billed with the case when the repair's quote covers the parts, else
   * from the price table; lines without a row stay unpriced.
   *
   * @param ownCase the case is the request's own, so it goes into review too
   */
  public List<PartLine> price(String number, boolean ownCase) {
    PartsRequest request = find(number).orElseThrow(() -> new IllegalStateException("No parts request " + number));
    List<PartLine> priced = new ArrayList<>();
    for (PartLine line : request.lines()) {
      if (request.coveredByWarranty()) {
        priced.add(line.priced(null, null, PartLine.WARRANTY).withZeroAmount());
      } else if (request.billedByCase()) {
        priced.add(line.priced(null, null, PartLine.REPAIR_QUOTE).withZeroAmount());
      } else {
        priced.add(decisions.price(line.part(), line.size())
            .map(p -> line.priced(p.unit(), p.unitPrice(), PartLine.PRICE_TABLE))
            .orElse(line.priced(null, null, null)));
      }
    }
    replaceLines(number, priced);
    if (request.coveredByWarranty() && request.billedByCase()) {
      // recorded as warranty after the caller asked: nothing is billed, neither here nor with the case
      jdbc.update("UPDATE parts_request SET billed_by_case = FALSE, case_quoted_parts_amount = NULL"
          + " WHERE request_number = :n", new MapSqlParameterSource("n", number));
    }
    setStatus(request, Status.IN_REVIEW);
    if (ownCase) {
      caseStatus(request.caseNumber(), Status.IN_REVIEW);
    }
    return priced;
  }

  /** The planning manager's decision. */
  public record ReviewResult(boolean approved, BigDecimal total, List<PartLine> lines) {}

  /**
   * Records the review. An approval prices the lines the price table does not know with the manager's prices
   * and creates the production orders; hardware and panels go into separate orders when the request says so.
   *
   * @param ownCase the case is the request's own, so an approval approves the case (a rejection closes it later)
   * @throws IllegalArgumentException when an approval leaves a charged line without a price, or a rejection
   *     has no reason: the review task is not completed
   */
  public ReviewResult review(String number, boolean approved, String rejectionReason, Map<Integer, BigDecimal> prices,
      String reviewer, boolean ownCase) {
    PartsRequest request = find(number).orElseThrow(() -> new IllegalStateException("No parts request " + number));
    MapSqlParameterSource p = new MapSqlParameterSource("n", number).addValue("by", reviewer, Types.VARCHAR)
        .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE);
    if (!approved) {
      if (rejectionReason == null || rejectionReason.isBlank()) {
        throw new IllegalArgumentException("Give the reason for rejecting the parts request");
      }
      jdbc.update("UPDATE parts_request SET status = :s, reviewed_by = :by, reviewed_at = :now, rejection_reason = :r,"
          + " updated_at = :now WHERE request_number = :n", p.addValue("s", Status.REJECTED)
          .addValue("r", rejectionReason.trim()));
      cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.REVIEWED, null, null, null,
          "Parts request " + number + " rejected: " + rejectionReason.trim(), reviewer, null));
      return new ReviewResult(false, BigDecimal.ZERO.setScale(2), request.lines());
    }
    List<PartLine> lines = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    for (PartLine line : request.lines()) {
      PartLine l = line;
      if (l.priceSource() == null) {
        BigDecimal price = prices.get(l.lineNo());
        if (price == null) {
          missing.add(l.lineNo());
        } else {
          l = l.priced("each", price, PartLine.PLANNING);
        }
      }
      lines.add(l);
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Set the unit price of line(s) "
          + missing.stream().map(String::valueOf).collect(Collectors.joining(", "))
          + ": the price table has no row for them");
    }
    boolean split = request.splitOrders() && lines.stream().anyMatch(PartLine::isHardware)
        && lines.stream().anyMatch(l -> !l.isHardware());
    List<PartLine> ordered = lines.stream().map(l -> l.inOrder(split && l.isHardware() ? 2 : 1)).toList();
    replaceLines(number, ordered);
    jdbc.update("DELETE FROM parts_order WHERE request_number = :n", p);
    if (split) {
      insertOrder(number, 1, "panels");
      insertOrder(number, 2, "hardware");
    } else {
      insertOrder(number, 1, "all");
    }
    BigDecimal total = total(ordered);
    jdbc.update("UPDATE parts_request SET status = :s, reviewed_by = :by, reviewed_at = :now, rejection_reason = NULL,"
        + " total_amount = :t, updated_at = :now WHERE request_number = :n",
        p.addValue("s", Status.APPROVED).addValue("t", total));
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.REVIEWED, null, partsUsed(ordered), total,
        "Parts request " + number + " approved" + (split ? " as two orders (panels, hardware)" : ""), reviewer, null));
    if (ownCase) {
      caseStatus(request.caseNumber(), Status.APPROVED);
    }
    return new ReviewResult(true, total, ordered);
  }

  /** The production orders of an approved request: the collection of the multi-instance production step. */
  public List<Integer> orderNumbers(String number) {
    return jdbc.queryForList("SELECT order_no FROM parts_order WHERE request_number = :n ORDER BY order_no",
        new MapSqlParameterSource("n", number), Integer.class);
  }

  /** The lead time of an order (its slowest part, per parts-lead-time.dmn) and its due date in working days. */
  public record OrderPlan(LeadTime leadTime, Date dueAt, String summary) {}

  public OrderPlan planOrder(String number, int orderNo) {
    List<PartLine> lines = orderLines(number, orderNo);
    LeadTime lead = null;
    for (PartLine line : lines) {
      LeadTime l = decisions.leadTime(line.partCategory());
      lead = lead == null ? l : lead.max(l);
    }
    if (lead == null) {
      throw new IllegalStateException("Order " + orderNo + " of " + number + " has no lines");
    }
    Date due = calendar.addWorkingDays(calendar.now(), lead.maxDays());
    jdbc.update("UPDATE parts_order SET min_days = :min, max_days = :max, due_at = :due, urgent_agreed = FALSE"
            + " WHERE request_number = :n AND order_no = :o",
        new MapSqlParameterSource("n", number).addValue("o", orderNo).addValue("min", lead.minDays())
            .addValue("max", lead.maxDays()).addValue("due", timestamp(due.toInstant()), Types.TIMESTAMP_WITH_TIMEZONE));
    return new OrderPlan(lead, due, describe(lines));
  }

  /** The date production agreed for an urgent order replaces the table's lead time. */
  public void agreeUrgentDate(String number, int orderNo, Date agreed) {
    if (agreed.before(calendar.now())) {
      throw new IllegalArgumentException("The agreed ready date lies in the past");
    }
    jdbc.update("UPDATE parts_order SET due_at = :due, urgent_agreed = TRUE WHERE request_number = :n AND order_no = :o",
        new MapSqlParameterSource("n", number).addValue("o", orderNo)
            .addValue("due", timestamp(agreed.toInstant()), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /** Books an order into the finished-goods warehouse; a second booking keeps the first time. */
  public void book(String number, int orderNo, String location, String bookedBy) {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("Give the warehouse location the parts were booked into");
    }
    int updated = jdbc.update("UPDATE parts_order SET booked_at = COALESCE(booked_at, :now), booked_by ="
            + " COALESCE(booked_by, :by), location = :loc WHERE request_number = :n AND order_no = :o",
        new MapSqlParameterSource("n", number).addValue("o", orderNo).addValue("loc", location.trim())
            .addValue("by", bookedBy, Types.VARCHAR).addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
    if (updated == 0) {
      throw new IllegalStateException("No order " + orderNo + " of parts request " + number);
    }
    PartsRequest request = find(number).orElseThrow();
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.BOOKED_IN, null,
        partsUsed(orderLines(number, orderNo)), null,
        "Order " + orderNo + " of " + number + " booked into the finished-goods warehouse at " + location.trim(),
        bookedBy, null));
  }

  /**
   * Records the customer's payment.
   *
   * @throws IllegalArgumentException when less than the amount due was paid
   */
  public void recordPayment(String number, BigDecimal paid, String reference, String recordedBy) {
    PartsRequest request = find(number).orElseThrow();
    if (paid == null || request.totalAmount() == null || paid.compareTo(request.totalAmount()) < 0) {
      throw new IllegalArgumentException("The payment (" + paid + " yuan) does not cover the amount due ("
          + request.totalAmount() + " yuan)");
    }
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("Give the payment reference");
    }
    jdbc.update("UPDATE parts_request SET paid_amount = :a, payment_reference = :r, paid_at = COALESCE(paid_at, :now),"
            + " updated_at = :now WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("a", paid.setScale(2, java.math.RoundingMode.HALF_UP))
            .addValue("r", reference.trim()).addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.PAID, null, null, paid,
        "Payment for parts request " + number + " received, reference " + reference.trim(), recordedBy, null));
  }

  public void recordUnpackDecision(String number, boolean approved, String note, String decidedBy) {
    PartsRequest request = find(number).orElseThrow();
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.UNPACK_DECIDED, null, null, null,
        "Unpacking a finished package for " + number + (approved ? " approved" : " refused")
            + (note == null || note.isBlank() ? "" : ": " + note.trim()), decidedBy, null));
  }

  /**
   * Writes the unpack log: which package was opened and marked, and by when the parts must be back in it (the
   * slowest part's maximum lead time in working days from now).
   */
  public Date recordUnpack(String number, String packageNumber, String productModel, boolean marked, String approvedBy,
      String unpackedBy) {
    if (packageNumber == null || packageNumber.isBlank()) {
      throw new IllegalArgumentException("Give the number of the package that was opened");
    }
    if (!marked) {
      throw new IllegalArgumentException("Mark the opened package before confirming (拆包标识)");
    }
    PartsRequest request = find(number).orElseThrow();
    Optional<PartsRequest.Unpack> logged = Optional.ofNullable(request.unpack());
    if (logged.isPresent()) {
      return Date.from(logged.get().replenishDue());
    }
    LeadTime lead = request.lines().stream().map(l -> decisions.leadTime(l.partCategory()))
        .reduce(LeadTime::max).orElseThrow();
    Date due = calendar.addWorkingDays(calendar.now(), lead.maxDays());
    String parts = partsUsed(request.lines());
    jdbc.update("INSERT INTO parts_unpack_log (request_number, package_number, product_model, parts_taken, approved_by,"
            + " unpacked_by, package_marked, unpacked_at, replenish_due) VALUES (:n, :p, :m, :parts, :ab, :ub, :mk,"
            + " :now, :due)",
        new MapSqlParameterSource("n", number).addValue("p", packageNumber.trim())
            .addValue("m", productModel == null || productModel.isBlank() ? request.productModel() : productModel.trim())
            .addValue("parts", parts).addValue("ab", approvedBy, Types.VARCHAR).addValue("ub", unpackedBy, Types.VARCHAR)
            .addValue("mk", marked).addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("due", timestamp(due.toInstant()), Types.TIMESTAMP_WITH_TIMEZONE));
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.UNPACKED, null, parts, null,
        "Package " + packageNumber.trim() + " opened and marked for " + number + "; parts to be put back by "
            + due.toInstant().atZone(calendar.zone()).toLocalDate(), unpackedBy, null));
    return due;
  }

  public void recordReplenished(String number, String by) {
    PartsRequest request = find(number).orElseThrow();
    jdbc.update("UPDATE parts_unpack_log SET replenished_at = COALESCE(replenished_at, :now), replenished_by ="
            + " COALESCE(replenished_by, :by) WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("by", by, Types.VARCHAR)
            .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.REPLENISHED, null, null, null,
        "Parts put back into package " + (request.unpack() == null ? "-" : request.unpack().packageNumber()), by, null));
  }

  public void readyToShip(String number) {
    setStatus(find(number).orElseThrow(), Status.READY_TO_SHIP);
  }

  /** The specialist has told sales to ship with the delivery note. */
  public void shipping(String number, String deliveryNote) {
    if (deliveryNote == null || deliveryNote.isBlank()) {
      throw new IllegalArgumentException("Give the delivery note number");
    }
    jdbc.update("UPDATE parts_request SET delivery_note = :d, updated_at = :now WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("d", deliveryNote.trim())
            .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
    setStatus(find(number).orElseThrow(), Status.SHIPPING);
  }

  /** Sales reports the shipment: complete, or wrong or missing parts that need a correction. */
  public void shipped(String number, boolean complete, String problem, String by) {
    PartsRequest request = find(number).orElseThrow();
    if (!complete && (problem == null || problem.isBlank())) {
      throw new IllegalArgumentException("Describe the wrong or missing parts");
    }
    jdbc.update("UPDATE parts_request SET shipped_at = :now, updated_at = :now WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.SHIPPED, null, partsUsed(request.lines()), null,
        "Parts of " + number + " shipped with delivery note " + request.deliveryNote()
            + (complete ? "" : "; wrong or missing: " + problem.trim()), by, null));
    setStatus(request, complete ? Status.SHIPPING : Status.CORRECTION);
  }

  /** Ends the request (DELIVERED or REJECTED); a standalone parts case is closed with it. */
  public void close(String number, String finalStatus, boolean ownCase) {
    PartsRequest request = find(number).orElseThrow();
    jdbc.update("UPDATE parts_request SET status = :s, closed_at = COALESCE(closed_at, :now), updated_at = :now"
            + " WHERE request_number = :n",
        new MapSqlParameterSource("n", number).addValue("s", finalStatus)
            .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
    cases.addRecord(request.caseNumber(), ServiceRecord.of(Actions.CLOSED,
        "Parts request " + number + " closed: " + finalStatus));
    if (ownCase) {
      cases.close(request.caseNumber(), "PARTS_" + finalStatus);
    }
  }

  /**
   * The one place a parts case's status is written (here and by {@link #close}): only a standalone parts case
   * follows its request; the case of a repair keeps the repair's status.
   */
  private void caseStatus(String caseNumber, String status) {
    cases.updateStatus(caseNumber, "PARTS_" + status);
  }

  // ---- reading ---------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Optional<PartsRequest> find(String number) {
    return search(new PartsRequestFilter(null, null, null, null, number)).stream().findFirst();
  }

  /** Requests matching the filter, newest first, with lines, orders and unpack log. */
  @Transactional(readOnly = true)
  public List<PartsRequest> search(PartsRequestFilter filter) {
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
      p.addValue("from", timestamp(filter.from().atStartOfDay(calendar.zone()).toInstant()),
          Types.TIMESTAMP_WITH_TIMEZONE);
    }
    if (filter.to() != null) {
      where.append(" AND requested_at < :to");
      p.addValue("to", timestamp(filter.to().plusDays(1).atStartOfDay(calendar.zone()).toInstant()),
          Types.TIMESTAMP_WITH_TIMEZONE);
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

  public List<PartLine> lines(String number) {
    return jdbc.query("SELECT * FROM parts_request_line WHERE request_number = :n ORDER BY line_no",
        new MapSqlParameterSource("n", number), LINE);
  }

  List<PartLine> orderLines(String number, int orderNo) {
    return lines(number).stream().filter(l -> l.orderNo() != null && l.orderNo() == orderNo).toList();
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

  /** The plain-text list of lines for mails and forms. */
  public static String describe(List<PartLine> lines) {
    return lines.stream().map(PartLine::describe).collect(Collectors.joining("\n"));
  }

  public static BigDecimal total(List<PartLine> lines) {
    return lines.stream().map(l -> l.amount() == null ? BigDecimal.ZERO : l.amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
  }

  private static String partsUsed(List<PartLine> lines) {
    String text = lines.stream().map(l -> l.partName() + (l.size() == null ? "" : " " + l.size() + " m") + " x"
        + l.quantity()).collect(Collectors.joining("; "));
    return text.length() > 1000 ? text.substring(0, 997) + "..." : text;
  }

  private void setStatus(PartsRequest request, String status) {
    jdbc.update("UPDATE parts_request SET status = :s, updated_at = :now WHERE request_number = :n",
        new MapSqlParameterSource("n", request.requestNumber()).addValue("s", status)
            .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  private void replaceLines(String number, List<PartLine> lines) {
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

  private void insertOrder(String number, int orderNo, String kind) {
    jdbc.update("INSERT INTO parts_order (request_number, order_no, kind, urgent_agreed) VALUES (:n, :o, :k, FALSE)",
        new MapSqlParameterSource("n", number).addValue("o", orderNo).addValue("k", kind));
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

  static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
