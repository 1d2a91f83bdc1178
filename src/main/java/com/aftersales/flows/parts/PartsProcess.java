package com.aftersales.flows.parts;

import com.aftersales.flows.FirstContact;
import com.aftersales.cases.StartVariables;
import com.aftersales.variables.Variable;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Names shared by parts-approval.bpmn, parts-daily-summary.bpmn, the two decision tables, the parts forms,
 * the delegates and the tests, so a renamed element or variable breaks the build instead of a running case.
 *
 * <h2>Call-activity contract (the repair flow's "parts needed" step)</h2>
 *
 * <p>The caller runs {@code parts-approval} as a call activity with {@code calledElement="parts-approval"},
 * {@code camunda:calledElementBinding="latest"} and the case number as business key
 * ({@code camunda:in businessKey="#{execution.processBusinessKey}"}). It passes in ({@code camunda:in}):
 *
 * <ul>
 *   <li>required: {@code caseNumber} (an existing case: records and mails refer to it), {@code customerName},
 *       {@code customerId} (the archive's customer: mails read the e-mail address and forms show the customer card
 *       from there; without an e-mail address the mails are kept as undeliverable), {@code productModel};
 *   <li>{@code coveredByWarranty} (Boolean): true = every line is free; false or absent = lines are priced
 *       with {@code parts-price} and charged, unless the case bills them (next item). A called request takes the
 *       caller's warranty decision as it is; only a standalone request of a registered product is decided line by
 *       line ({@link PartsWarranty}, rulebook 000 第五篇 一1). A charged standalone request goes through the payment
 *       gate ({@code payment-gate.bpmn}, rulebook 002 二(三)): grade D pays before shipment, C pays on delivery and
 *       A/B within the credit limit go on account (the parts ship while finance confirms the payment), over the
 *       limit a manager decides;
 *   <li>optional {@code partsBilledByCase} (Boolean) and {@code caseQuotedPartsAmount} (number or numeric
 *       string, yuan): the caller's own quote and invoice already charge the parts (rulebook 000 §1.5.2.3: the
 *       repair quotes labour and parts, the customer decides and pays one invoice). The request then gets no
 *       prices of its own ({@link PartLine#REPAIR_QUOTE}, amount 0), the payment gate records that the case's
 *       invoice covers it instead of asking for a payment, and the request shows {@code billedByCase} and the
 *       quoted amount. Ignored under warranty (nothing is billed). Absent = false: a standalone parts request
 *       prices and collects its own payment;
 *   <li>optional {@code partsLines}: the lines as a JSON array (a Spin JSON value, a JSON string or a
 *       {@code List<Map>}), each line an object with {@code partName}, {@code part} (price-table item, see
 *       {@link #PRICED_PARTS}, or {@code other}), {@code partCategory} ({@link #CATEGORIES}), {@code size}
 *       (optional, metres: 1.2, 1.5, 1.8, 1.9, 2.0), {@code colour}, {@code quantity}, {@code batchNumber},
 *       {@code inspectionNumber}, {@code reason}. Missing or invalid lines are not an error: the after-sales
 *       specialist records or corrects them in the first task, seeing {@code partsNeeded};
 *   <li>optional {@code partsNeeded} (free text the engineer wrote), {@code urgent}, {@code unpackRequested}
 *       (Boolean), {@code splitOrders} (Boolean).
 * </ul>
 *
 * <p>It gets back ({@code camunda:out}): {@code partsDelivered} (Boolean: true when the parts were shipped and
 * confirmed complete, false when the request was rejected), {@code partsRequestNumber} (String, e.g.
 * {@code AS-2026-000001-P1}, the key of {@code GET /api/parts-requests}), {@code partsRequestStatus}
 * ({@link Status#DELIVERED} or {@link Status#REJECTED}) and {@code partsTotalAmount} (String, yuan, "0.00" when
 * free). The called instance ends only when everything is done, including putting parts back into an unpacked
 * package. The case record gets the parts records; the case status is left to the caller (only a standalone
 * parts case, {@code caseType = parts}, has its status set by this flow).
 */
public final class PartsProcess {

  public static final String PROCESS_KEY = "parts-approval";
  /** Case type (service_case.type) of a parts request opened on its own through intake. */
  public static final String CASE_TYPE = "parts";
  public static final String DAILY_SUMMARY_PROCESS_KEY = "parts-daily-summary";
  public static final String LEAD_TIME_DECISION = "parts-lead-time";
  public static final String PRICE_DECISION = "parts-price";

  /** Part categories of parts-lead-time.dmn (补件制作时间规定 A–D). */
  public static final List<String> CATEGORIES =
      List.of("double-sided-gloss-panel", "single-sided-gloss-panel", "inner-panel-or-glass", "hardware");

  public static final String HARDWARE = "hardware";

  /** Items of the company's price table (附表) in parts-price.dmn; any other part is {@link #OTHER_PART}. */
  public static final List<String> PRICED_PARTS =
      List.of("bed-headboard", "bed-rail", "bed-rail-set", "footboard", "bed-legs", "bed-slats", "door-panel",
          "dressing-mirror");

  public static final String OTHER_PART = "other";

  /** Bed sizes in metres as the forms offer them. */
  public static final List<String> SIZES = List.of("1.2", "1.5", "1.8", "1.9", "2.0");

  private PartsProcess() {}

  /** Whether the process works a case of its own (started by intake with type parts) rather than a caller's. */
  public static boolean ownCase(DelegateExecution execution) {
    return CASE_TYPE.equals(StartVariables.CASE_TYPE.get(execution))
        && execution.getProcessInstance().getSuperExecution() == null;
  }

  /** Flow-node ids of parts-approval.bpmn that the code and its tests name (ModelsAndCodeAgreeTest: each is in the model and in use). */
  public static final class Elements {
    /** The first contact beside the internal steps (002 客服流程; {@link FirstContact}). */
    public static final String SEND_ACKNOWLEDGEMENT = FirstContact.SEND_ACKNOWLEDGEMENT;
    public static final String CONTACT_CUSTOMER = FirstContact.CONTACT_CUSTOMER;
    public static final String RECORD_REQUEST = "Task_RecordPartsRequest";
    public static final String REVIEW = "Task_ReviewPartsRequest";
    public static final String MAIL_REJECTION = "Task_MailRejection";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String APPROVE_UNPACK = "Task_ApproveUnpack";
    public static final String UNPACK_PACKAGE = "Task_UnpackPackage";
    public static final String MAIL_PAYMENT_REQUEST = "Task_MailPaymentRequest";
    public static final String CONFIRM_PAYMENT = "Task_ConfirmPayment";
    public static final String MAIL_PAYMENT_OVERDUE = "Task_MailPaymentOverdue";
    public static final String RECORD_PAYMENT = "Task_RecordPayment";
    public static final String RECORD_BILLED_WITH_CASE = "Task_RecordPartsBilledWithCase";
    /** Warranty per part line (000 第五篇 一1, {@link PartsWarranty}). */
    public static final String PREPARE_PART_WARRANTY = "Task_PreparePartWarranty";
    public static final String DECIDE_PART_WARRANTY = "Task_DecidePartWarranty";
    /** The credit grade's payment terms for a chargeable standalone request (002 二(三), payment-gate.bpmn). */
    public static final String PAYMENT_GATE = "CallActivity_PaymentGate";
    public static final String RECORD_ADVANCE_PAYMENT = "Task_RecordAdvancePayment";
    public static final String END_PAYMENT_COLLECTED = "EndEvent_PaymentCollected";
    public static final String MAKE_ORDERS = "SubProcess_MakeOrder";
    public static final String PLAN_ORDER = "Task_PlanOrder";
    public static final String NEGOTIATE_URGENT = "Task_NegotiateUrgentDate";
    public static final String RECORD_URGENT_DATE = "Task_RecordUrgentDate";
    public static final String MAKE_PARTS = "Task_MakeParts";
    public static final String TIMER_LEAD_TIME_EXCEEDED = "Timer_LeadTimeExceeded";
    /**
     * The factory's pickup notice (000 §3.1–3.2): awaited from the moment the order is placed, alongside its
     * production; recorded, then the service staff are told to collect the goods, which are booked in after both.
     */
    public static final String AWAIT_GOODS = "Gateway_AwaitGoods";
    public static final String ENTER_PICKUP_NOTICE = "Task_EnterPickupNotice";
    public static final String RECORD_PICKUP_NOTICE = "Task_RecordPickupNotice";
    public static final String MAIL_COLLECT_GOODS = "Task_MailCollectGoods";
    /** No pickup notice within the configured cycle after ordering: the sales assistant asks the factory. */
    public static final String TIMER_PICKUP_NOTICE_MISSING = "Timer_PickupNoticeMissing";
    public static final String MAIL_ASK_FACTORY = "Task_MailAskFactoryForDelivery";
    public static final String GOODS_READY = "Gateway_GoodsReady";
    public static final String BOOK_INTO_WAREHOUSE = "Task_BookIntoWarehouse";
    public static final String PUT_PARTS_BACK = "Task_PutPartsBack";
    public static final String END_PACKAGE_REPLENISHED = "EndEvent_PackageReplenished";
    public static final String ARRANGE_SHIPPING = "Task_ArrangeShipping";
    public static final String SHIP_PARTS = "Task_ShipParts";
    public static final String CORRECT_PARTS = "Task_CorrectParts";
    public static final String MAIL_SHIPPED = "Task_MailPartsShipped";
    public static final String END_DELIVERED = "EndEvent_PartsDelivered";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Vars {
    // contract with callers (see the class comment)
    public static final String PARTS_LINES = "partsLines";
    public static final String COVERED_BY_WARRANTY = "coveredByWarranty";
    public static final String PARTS_BILLED_BY_CASE = "partsBilledByCase";
    public static final String CASE_QUOTED_PARTS_AMOUNT = "caseQuotedPartsAmount";
    public static final String PARTS_NEEDED = "partsNeeded";
    public static final String URGENT = "urgent";
    public static final String UNPACK_REQUESTED = "unpackRequested";
    public static final String SPLIT_ORDERS = "splitOrders";
    public static final String PARTS_DELIVERED = "partsDelivered";
    public static final String PARTS_REQUEST_NUMBER = "partsRequestNumber";
    public static final String PARTS_REQUEST_STATUS = "partsRequestStatus";
    public static final String PARTS_TOTAL_AMOUNT = "partsTotalAmount";

    // request and review
    public static final String PARTS_LINES_VALID = "partsLinesValid";
    public static final String PARTS_LINES_PROBLEMS = "partsLinesProblems";
    public static final String PARTS_SUMMARY = "partsSummary";
    public static final String UNPRICED_LINES = "unpricedLines";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String CHARGEABLE = "chargeable";

    // warranty per part line: whether the lines are decided one by one, and the element variable of the decisions
    public static final String PART_WARRANTY_BY_LINE = "partWarrantyByLine";
    public static final String PART_LINE_NO = "partLineNo";
    /** Where the decided line's term comes from (part or product), local to the line's decision. */
    public static final String PART_WARRANTY_TERM = "partWarrantyTerm";

    // payment
    public static final String PAID_AMOUNT = "paidAmount";
    public static final String PAYMENT_REFERENCE = "paymentReference";

    // production orders (multi-instance element and its local variables)
    public static final String ORDER_NO = "orderNo";
    public static final String ORDER_SUMMARY = "orderSummary";
    public static final String ORDER_LEAD_TIME = "orderLeadTime";
    public static final String ORDER_DUE_DATE = "orderDueDate";
    public static final String AGREED_READY_DATE = "agreedReadyDate";
    public static final String WAREHOUSE_LOCATION = "warehouseLocation";
    /** The factory's pickup notice: its reference, where the goods wait and any remark (000 §3.2). */
    public static final String PICKUP_NOTICE_REFERENCE = "pickupNoticeReference";
    public static final String PICKUP_PLACE = "pickupPlace";
    public static final String PICKUP_NOTICE_NOTES = "pickupNoticeNotes";

    // unpacking
    public static final String UNPACK_DECISION = "unpackDecision";
    public static final String UNPACK_DECISION_NOTE = "unpackDecisionNote";
    public static final String UNPACKED = "unpacked";
    public static final String PACKAGE_NUMBER = "packageNumber";
    public static final String PACKAGED_PRODUCT_MODEL = "packagedProductModel";
    public static final String PACKAGE_MARKED = "packageMarked";
    public static final String REPLENISH_DUE_DATE = "replenishDueDate";

    // shipping
    public static final String DELIVERY_NOTE_NUMBER = "deliveryNoteNumber";
    public static final String NEXT_DELIVERY_DATE = "nextDeliveryDate";
    public static final String SHIPMENT_RESULT = "shipmentResult";
    public static final String SHIPMENT_PROBLEM = "shipmentProblem";
    public static final String CORRECTION_NOTE = "correctionNote";

    // closing: input parameter of the close steps, DELIVERED or REJECTED
    public static final String FINAL_STATUS = "finalStatus";

    // daily summary
    public static final String SUMMARY_DATE = "summaryDate";
    public static final String SUMMARY_DUE = "summaryDue";
    public static final String SUMMARY_TEXT = "summaryText";
    public static final String SUMMARY_PERIOD = "summaryPeriod";

    private Vars() {}
  }

  /** Values of {@link Vars#REVIEW_DECISION}. */
  public enum Review implements Variable.Code { APPROVED, REJECTED }

  /** Values of {@link Vars#UNPACK_DECISION}. */
  public enum Unpack implements Variable.Code { APPROVED, REFUSED }

  /** Values of {@link Vars#SHIPMENT_RESULT}. */
  public enum Shipment implements Variable.Code {
    COMPLETE, WRONG_OR_MISSING;

    @Override
    public String code() {
      return this == COMPLETE ? "complete" : "wrong-or-missing";
    }
  }

  /**
   * The parts flow's variables, typed: the one way its delegates read and write them (see {@link Variable}).
   * {@link #PARTS_LINES} stays untyped: {@link PartsLines} reads the forms' JSON lines.
   */
  public static final class Typed {
    public static final Variable<Boolean> COVERED_BY_WARRANTY = Variable.bool(Vars.COVERED_BY_WARRANTY);
    public static final Variable<Boolean> PARTS_BILLED_BY_CASE = Variable.bool(Vars.PARTS_BILLED_BY_CASE);
    public static final Variable<BigDecimal> CASE_QUOTED_PARTS_AMOUNT = Variable.money(Vars.CASE_QUOTED_PARTS_AMOUNT);
    public static final Variable<Boolean> URGENT = Variable.bool(Vars.URGENT);
    public static final Variable<Boolean> UNPACK_REQUESTED = Variable.bool(Vars.UNPACK_REQUESTED);
    public static final Variable<Boolean> SPLIT_ORDERS = Variable.bool(Vars.SPLIT_ORDERS);
    public static final Variable<Boolean> PARTS_DELIVERED = Variable.bool(Vars.PARTS_DELIVERED);
    public static final Variable<String> PARTS_REQUEST_NUMBER = Variable.text(Vars.PARTS_REQUEST_NUMBER);
    public static final Variable<String> PARTS_REQUEST_STATUS = Variable.text(Vars.PARTS_REQUEST_STATUS);
    public static final Variable<BigDecimal> PARTS_TOTAL_AMOUNT = Variable.money(Vars.PARTS_TOTAL_AMOUNT);
    public static final Variable<Boolean> PARTS_LINES_VALID = Variable.bool(Vars.PARTS_LINES_VALID);
    public static final Variable<String> PARTS_LINES_PROBLEMS = Variable.text(Vars.PARTS_LINES_PROBLEMS);
    public static final Variable<String> PARTS_SUMMARY = Variable.text(Vars.PARTS_SUMMARY);
    public static final Variable<Integer> UNPRICED_LINES = Variable.integer(Vars.UNPRICED_LINES);
    public static final Variable<Review> REVIEW_DECISION = Variable.oneOf(Vars.REVIEW_DECISION, Review.class);
    public static final Variable<String> REJECTION_REASON = Variable.text(Vars.REJECTION_REASON);
    public static final Variable<Boolean> CHARGEABLE = Variable.bool(Vars.CHARGEABLE);
    public static final Variable<Boolean> PART_WARRANTY_BY_LINE = Variable.bool(Vars.PART_WARRANTY_BY_LINE);
    public static final Variable<Integer> PART_LINE_NO = Variable.integer(Vars.PART_LINE_NO);
    /** What the payment gate (payment-gate.bpmn) hands back: whether and how much the customer paid before shipment. */
    public static final Variable<Boolean> PAID_IN_ADVANCE = Variable.bool("paidInAdvance");
    public static final Variable<BigDecimal> PAID_AMOUNT = Variable.money(Vars.PAID_AMOUNT);
    public static final Variable<String> PAYMENT_REFERENCE = Variable.text(Vars.PAYMENT_REFERENCE);
    public static final Variable<Integer> ORDER_NO = Variable.integer(Vars.ORDER_NO);
    public static final Variable<String> ORDER_SUMMARY = Variable.text(Vars.ORDER_SUMMARY);
    public static final Variable<String> ORDER_LEAD_TIME = Variable.text(Vars.ORDER_LEAD_TIME);
    public static final Variable<Date> ORDER_DUE_DATE = Variable.dateTime(Vars.ORDER_DUE_DATE);
    /** A day alone ends at 18:00 in the company's zone (read it {@link Variable#inZone}). */
    public static final Variable<Date> AGREED_READY_DATE = Variable.dateTime(Vars.AGREED_READY_DATE, 18);
    public static final Variable<String> WAREHOUSE_LOCATION = Variable.text(Vars.WAREHOUSE_LOCATION);
    public static final Variable<String> PICKUP_NOTICE_REFERENCE = Variable.text(Vars.PICKUP_NOTICE_REFERENCE);
    public static final Variable<String> PICKUP_PLACE = Variable.text(Vars.PICKUP_PLACE);
    public static final Variable<String> PICKUP_NOTICE_NOTES = Variable.text(Vars.PICKUP_NOTICE_NOTES);
    public static final Variable<Unpack> UNPACK_DECISION = Variable.oneOf(Vars.UNPACK_DECISION, Unpack.class);
    public static final Variable<String> UNPACK_DECISION_NOTE = Variable.text(Vars.UNPACK_DECISION_NOTE);
    /** Who approved the unpacking (bookkeeping for the unpack record). */
    public static final Variable<String> UNPACK_APPROVED_BY = Variable.text("unpackApprovedBy");
    public static final Variable<Boolean> UNPACKED = Variable.bool(Vars.UNPACKED);
    public static final Variable<String> PACKAGE_NUMBER = Variable.text(Vars.PACKAGE_NUMBER);
    public static final Variable<String> PACKAGED_PRODUCT_MODEL = Variable.text(Vars.PACKAGED_PRODUCT_MODEL);
    public static final Variable<Boolean> PACKAGE_MARKED = Variable.bool(Vars.PACKAGE_MARKED);
    public static final Variable<Date> REPLENISH_DUE_DATE = Variable.dateTime(Vars.REPLENISH_DUE_DATE);
    public static final Variable<String> DELIVERY_NOTE_NUMBER = Variable.text(Vars.DELIVERY_NOTE_NUMBER);
    public static final Variable<Shipment> SHIPMENT_RESULT = Variable.oneOf(Vars.SHIPMENT_RESULT, Shipment.class);
    public static final Variable<String> SHIPMENT_PROBLEM = Variable.text(Vars.SHIPMENT_PROBLEM);
    public static final Variable<String> FINAL_STATUS = Variable.text(Vars.FINAL_STATUS);
    public static final Variable<String> SUMMARY_DATE = Variable.text(Vars.SUMMARY_DATE);
    public static final Variable<Boolean> SUMMARY_DUE = Variable.bool(Vars.SUMMARY_DUE);
    public static final Variable<String> SUMMARY_TEXT = Variable.text(Vars.SUMMARY_TEXT);
    public static final Variable<String> SUMMARY_PERIOD = Variable.text(Vars.SUMMARY_PERIOD);

    private Typed() {}
  }

  /** Status of a parts request (parts_request.status, the {@code status} filter of the API). */
  public static final class Status {
    public static final String REQUESTED = "REQUESTED";
    public static final String IN_REVIEW = "IN_REVIEW";
    public static final String REJECTED = "REJECTED";
    public static final String APPROVED = "APPROVED";
    public static final String READY_TO_SHIP = "READY_TO_SHIP";
    public static final String SHIPPING = "SHIPPING";
    public static final String CORRECTION = "CORRECTION";
    public static final String DELIVERED = "DELIVERED";

    public static final List<String> ALL =
        List.of(REQUESTED, IN_REVIEW, REJECTED, APPROVED, READY_TO_SHIP, SHIPPING, CORRECTION, DELIVERED);

    private Status() {}
  }

  /** Actions of the case records (service_record.action) this flow writes. */
  public static final class Actions {
    public static final String REQUESTED = "PARTS_REQUESTED";
    public static final String REVIEWED = "PARTS_REVIEWED";
    public static final String PAID = "PARTS_PAID";
    public static final String BILLED_WITH_CASE = "PARTS_BILLED_WITH_CASE";
    public static final String UNPACK_DECIDED = "PARTS_UNPACK_DECIDED";
    public static final String UNPACKED = "PARTS_UNPACKED";
    public static final String PICKUP_NOTICE = "PARTS_PICKUP_NOTICE";
    public static final String BOOKED_IN = "PARTS_BOOKED_IN";
    public static final String REPLENISHED = "PARTS_PACKAGE_REPLENISHED";
    public static final String SHIPPED = "PARTS_SHIPPED";
    public static final String CLOSED = "PARTS_CLOSED";
    /** A line's own warranty decision (000 第五篇 一1, {@link PartsWarranty}). */
    public static final String LINE_WARRANTY = "PARTS_LINE_WARRANTY";

    private Actions() {}
  }
}
