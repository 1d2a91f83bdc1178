package com.aftersales.flows.parts;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.customers.Receivables;
import com.aftersales.flows.parts.PartsDecisions.LeadTime;
import com.aftersales.flows.parts.PartsProcess.Actions;
import com.aftersales.flows.parts.PartsProcess.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the parts flow does with a request: numbering, pricing, the review, orders and their lead times, payment,
 * unpacking and shipping, written to the request ({@link PartsRepository}) and to the case record. Every method
 * joins the caller's transaction, so in a delegate the rows commit or roll back with the engine state; every
 * write can run twice (jobs run at least once) and ends in the same state. Times come from the engine clock.
 *
 * <p>The bean is named {@code partsRequests}: parts-approval.bpmn's production orders loop over
 * {@code ${partsRequests.orderNumbers(partsRequestNumber)}}, in deployed definitions too.
 */
@Service("partsRequests")
@Transactional
public class PartsService {

  private final PartsRepository repository;
  private final PartsDecisions decisions;
  private final PriceList priceList;
  private final WorkingDayCalendar calendar;
  private final CaseService cases;
  private final PartsWarranty warranty;
  private final Receivables receivables;

  public PartsService(PartsRepository repository, PartsDecisions decisions, PriceList priceList,
      WorkingDayCalendar calendar, CaseService cases, PartsWarranty warranty, Receivables receivables) {
    this.repository = repository;
    this.decisions = decisions;
    this.priceList = priceList;
    this.calendar = calendar;
    this.cases = cases;
    this.warranty = warranty;
    this.receivables = receivables;
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
    Optional<String> existing = repository.requestOfInstance(o.processInstanceId());
    if (existing.isPresent()) {
      return existing.get();
    }
    String number = o.caseNumber() + "-P" + (repository.requestsOfCase(o.caseNumber()) + 1);
    repository.insertRequest(number, o);
    cases.addRecord(o.caseNumber(), new ServiceRecord(Actions.REQUESTED, null, null, null,
        "补件申请 " + number + " 已开立" + (o.coveredByWarranty() ? "（保修范围内）" : ""),
        o.requestedBy(), null));
    return number;
  }

  /** Replaces the lines with the checked ones and keeps the request's options. */
  public void saveLines(String number, List<PartLine> lines, boolean coveredByWarranty, boolean urgent,
      boolean unpackRequested, boolean splitOrders) {
    repository.replaceLines(number, lines);
    if (repository.updateOptions(number, coveredByWarranty, urgent, unpackRequested, splitOrders) == 0) {
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
    repository.markBilledByCase(number, quotedPartsAmount);
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
    boolean byLine = !warranty.decisions(number).isEmpty();
    BigDecimal charged = request.totalAmount();
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.BILLED_WITH_CASE, null, null, null,
        "补件 " + number + (byLine
            ? " 逐件判定保修后收费的配件 " + (charged == null ? "0.00" : charged.toPlainString()) + " 元随维修发票收费"
            : " 随维修报价和发票收费" + (quoted == null ? "" : "（报价中的配件费 " + quoted.toPlainString() + " 元）"))
            + "；不另行收款", by, null));
  }

  /**
   * Prices every line: a line decided on its own ({@link PartsWarranty}, 000 第五篇 一1) free when its decision covers
   * it, else priced; an undecided line free under warranty, billed with the case when the repair's quote covers the
   * parts, else priced. Priced means from the product model's price list, else from the appendix table (004 附表);
   * lines priced by neither stay unpriced (the planning manager prices them).
   *
   * <p>A repair's request decided per line (called) is billed with the case exactly when a line is charged: the
   * repair's invoice bills those lines at these prices, once, and this flow's payment gate asks for nothing.
   *
   * @param ownCase the case is the request's own, so it goes into review too
   * @param called the request was started by a calling repair
   */
  public List<PartLine> price(String number, boolean ownCase, boolean called) {
    PartsRequest request = find(number).orElseThrow(() -> new IllegalStateException("No parts request " + number));
    List<PartLine> priced = new ArrayList<>();
    Map<Integer, PartsWarranty.LineDecision> perLine = warranty.decisions(number);
    boolean anyCharged = false;
    for (PartLine line : request.lines()) {
      // a standalone request marked as covered or billed as a whole keeps that mark (as it was before per line)
      PartsWarranty.LineDecision lineWarranty = called || !(request.coveredByWarranty() || request.billedByCase())
          ? perLine.get(line.lineNo()) : null;
      if (lineWarranty != null && lineWarranty.covered()) {
        priced.add(line.priced(null, null, PartLine.WARRANTY).withZeroAmount());
      } else if (lineWarranty == null && request.coveredByWarranty()) {
        priced.add(line.priced(null, null, PartLine.WARRANTY).withZeroAmount());
      } else if (lineWarranty == null && request.billedByCase()) {
        priced.add(line.priced(null, null, PartLine.REPAIR_QUOTE).withZeroAmount());
      } else {
        anyCharged = true;
        // 004 附表: the price list's own price first, the appendix table only for a part it does not price
        priced.add(priceList.price(request.productModel(), line.part(), line.size())
            .map(p -> line.priced(p.unit(), p.unitPrice(), PartLine.PRICE_LIST))
            .or(() -> decisions.price(line.part(), line.size())
                .map(p -> line.priced(p.unit(), p.unitPrice(), PartLine.PRICE_TABLE)))
            .orElse(line.priced(null, null, null)));
      }
    }
    repository.replaceLines(number, priced);
    if (called && !perLine.isEmpty()) {
      // one case, one bill (000 §1.5.2.3): the charged lines go on the repair's invoice, nothing on this flow's
      if (anyCharged && !request.billedByCase()) {
        repository.markBilledByCase(number, request.caseQuotedPartsAmount());
      } else if (!anyCharged && request.billedByCase()) {
        repository.clearBilledByCase(number);
      }
    } else if (request.coveredByWarranty() && request.billedByCase()) {
      // recorded as warranty after the caller asked: nothing is billed, neither here nor with the case
      repository.clearBilledByCase(number);
    }
    repository.setStatus(number, Status.IN_REVIEW);
    if (ownCase) {
      caseStatus(request.caseNumber(), Status.IN_REVIEW);
    }
    return priced;
  }

  /** {@link #price(String, boolean, boolean)} of a request no repair called. */
  public List<PartLine> price(String number, boolean ownCase) {
    return price(number, ownCase, false);
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
    if (!approved) {
      if (rejectionReason == null || rejectionReason.isBlank()) {
        throw new IllegalArgumentException("Give the reason for rejecting the parts request");
      }
      repository.rejected(number, reviewer, rejectionReason.trim());
      cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.REVIEWED, null, null, null,
          "补件申请 " + number + " 被驳回：" + rejectionReason.trim(), reviewer, null));
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
    repository.replaceLines(number, ordered);
    repository.replaceOrders(number, split ? List.of("panels", "hardware") : List.of("all"));
    BigDecimal total = total(ordered);
    repository.approved(number, reviewer, total);
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.REVIEWED, null, partsUsed(ordered), total,
        "补件申请 " + number + " 已批准" + (split ? "，分两张订单（板件、五金件）" : ""), reviewer, null));
    if (ownCase) {
      caseStatus(request.caseNumber(), Status.APPROVED);
    }
    return new ReviewResult(true, total, ordered);
  }

  /** The production orders of an approved request: the collection of the multi-instance production step. */
  public List<Integer> orderNumbers(String number) {
    return repository.orderNumbers(number);
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
    repository.planOrder(number, orderNo, lead, due);
    return new OrderPlan(lead, due, describe(lines));
  }

  /** The date production agreed for an urgent order replaces the table's lead time. */
  public void agreeUrgentDate(String number, int orderNo, Date agreed) {
    if (agreed.before(calendar.now())) {
      throw new IllegalArgumentException("The agreed ready date lies in the past");
    }
    repository.agreeUrgentDate(number, orderNo, agreed);
  }

  /**
   * The factory's pickup notice for one order (000 §3.2): goes on the case with where the goods wait; the service
   * staff are told to collect them next.
   *
   * @throws IllegalArgumentException naming the field when the notice's reference or the pickup place is missing
   */
  public void pickupNoticeReceived(String number, int orderNo, String reference, String place, String notes,
      String recordedBy) {
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("pickupNoticeReference: give the factory's pickup notice (its number or date)");
    }
    if (place == null || place.isBlank()) {
      throw new IllegalArgumentException("pickupPlace: say where the goods are to be collected");
    }
    PartsRequest request = find(number)
        .orElseThrow(() -> new IllegalStateException("No parts request " + number));
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.PICKUP_NOTICE, null,
        partsUsed(orderLines(number, orderNo)), null,
        "厂方取货通知 " + reference.trim() + "：订单 " + orderNo + "（" + number + "）在 " + place.trim() + " 待取"
            + (notes == null || notes.isBlank() ? "" : "；" + notes.trim()), recordedBy, null));
  }

  /** Books an order into the finished-goods warehouse; a second booking keeps the first time. */
  public void book(String number, int orderNo, String location, String bookedBy) {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("Give the warehouse location the parts were booked into");
    }
    if (repository.book(number, orderNo, location.trim(), bookedBy) == 0) {
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
    repository.paid(number, paid, reference.trim());
    // the case's receivable, opened by the payment gate (002 二(三)); none for a case of no customer
    receivables.pay(request.caseNumber(), paid, reference.trim(), calendar.now().toInstant());
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.PAID, null, null, paid,
        "已收到补件申请 " + number + " 的付款，凭证 " + reference.trim(), recordedBy, null));
  }

  /**
   * The customer paid the parts before shipment in the payment gate (grade D, or over the credit limit and asked to
   * pay first; the gate settled the case's receivable): the request keeps the payment and asks for none of its own.
   * A payment recorded before stays.
   */
  public void recordAdvancePayment(String number, BigDecimal paid, String reference, String recordedBy) {
    PartsRequest request = find(number).orElseThrow();
    if (request.paidAt() != null) {
      return;
    }
    if (paid == null || paid.signum() <= 0) {
      throw new IllegalStateException("Parts request " + number + ": the payment gate recorded no advance payment");
    }
    repository.paid(number, paid, reference == null ? null : reference.trim());
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.PAID, null, null, paid,
        "补件申请 " + number + " 已先付款（先款后货），凭证 " + reference, recordedBy, null));
  }

  public void recordUnpackDecision(String number, boolean approved, String note, String decidedBy) {
    PartsRequest request = find(number).orElseThrow();
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.UNPACK_DECIDED, null, null, null,
        "为 " + number + " 拆开成品包装：" + (approved ? "批准" : "拒绝")
            + (note == null || note.isBlank() ? "" : "：" + note.trim()), decidedBy, null));
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
    repository.insertUnpack(number, new PartsRequest.Unpack(packageNumber.trim(),
        productModel == null || productModel.isBlank() ? request.productModel() : productModel.trim(), parts,
        approvedBy, unpackedBy, marked, null, due.toInstant(), null, null));
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.UNPACKED, null, parts, null,
        "Package " + packageNumber.trim() + " opened and marked for " + number + "; parts to be put back by "
            + due.toInstant().atZone(calendar.zone()).toLocalDate(), unpackedBy, null));
    return due;
  }

  public void recordReplenished(String number, String by) {
    PartsRequest request = find(number).orElseThrow();
    repository.replenished(number, by);
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.REPLENISHED, null, null, null,
        "配件已补回包装 " + (request.unpack() == null ? "-" : request.unpack().packageNumber()), by, null));
  }

  public void readyToShip(String number) {
    repository.setStatus(find(number).orElseThrow().requestNumber(), Status.READY_TO_SHIP);
  }

  /** The specialist has told sales to ship with the delivery note. */
  public void shipping(String number, String deliveryNote) {
    if (deliveryNote == null || deliveryNote.isBlank()) {
      throw new IllegalArgumentException("Give the delivery note number");
    }
    repository.deliveryNote(number, deliveryNote.trim());
    repository.setStatus(find(number).orElseThrow().requestNumber(), Status.SHIPPING);
  }

  /** Sales reports the shipment: complete, or wrong or missing parts that need a correction. */
  public void shipped(String number, boolean complete, String problem, String by) {
    PartsRequest request = find(number).orElseThrow();
    if (!complete && (problem == null || problem.isBlank())) {
      throw new IllegalArgumentException("Describe the wrong or missing parts");
    }
    repository.shipped(number);
    cases.addRecord(request.caseNumber(), new ServiceRecord(Actions.SHIPPED, null, partsUsed(request.lines()), null,
        "补件 " + number + " 已随送货单 " + request.deliveryNote() + " 发出"
            + (complete ? "" : "；错发或漏发：" + problem.trim()), by, null));
    repository.setStatus(number, complete ? Status.SHIPPING : Status.CORRECTION);
  }

  /** Ends the request (DELIVERED or REJECTED); a standalone parts case is closed with it. */
  public void close(String number, String finalStatus, boolean ownCase) {
    PartsRequest request = find(number).orElseThrow();
    repository.closed(number, finalStatus);
    cases.addRecord(request.caseNumber(), ServiceRecord.of(Actions.CLOSED,
        "补件申请 " + number + " 结案：" + finalStatus));
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

  /** Requests matching the filter (dates are days in the company's zone), newest first, with all they hold. */
  @Transactional(readOnly = true)
  public List<PartsRequest> search(PartsRequestFilter filter) {
    return repository.search(filter, calendar.zone());
  }

  public List<PartLine> lines(String number) {
    return repository.lines(number);
  }

  List<PartLine> orderLines(String number, int orderNo) {
    return lines(number).stream().filter(l -> l.orderNo() != null && l.orderNo() == orderNo).toList();
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
}
