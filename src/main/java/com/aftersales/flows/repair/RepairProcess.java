package com.aftersales.flows.repair;

import com.aftersales.cases.DamageCause;
import com.aftersales.variables.Variable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * Names shared by repair.bpmn, warranty-coverage.dmn, the repair forms, the delegates and the tests, so a
 * renamed element or variable breaks the build instead of a running case. The start variables are in
 * {@link com.aftersales.cases.CaseVariables}.
 */
public final class RepairProcess {

  public static final String PROCESS_KEY = "repair";
  /** Case type (service_case.type) of the cases this flow handles. */
  public static final String CASE_TYPE = "repair";
  public static final String DECISION_KEY = "warranty-coverage";
  /** The labour line of a quote (003 九.1): labour-rate.dmn, by engineer level and repair difficulty. */
  public static final String LABOUR_RATE_DECISION = "labour-rate";

  private RepairProcess() {}

  /** Flow-node ids of repair.bpmn that the code and its tests name (ModelsAndCodeAgreeTest: each is in the model and in use). */
  public static final class Elements {
    public static final String SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
    public static final String ASSESS_REQUEST = "Task_AssessRequest";
    /** At the response due date ({@code responseDueAt}) with the assessment still open: the managers are told. */
    public static final String TIMER_ASSESSMENT_OVERDUE = "Timer_AssessmentOverdue";
    public static final String NOTIFY_ASSESSMENT_OVERDUE = "Task_NotifyAssessmentOverdue";
    public static final String END_RESOLVED_BY_PHONE = "EndEvent_ResolvedByPhone";
    public static final String HAND_OVER_TO_EXCHANGE = "Task_HandOverToExchange";
    public static final String END_HANDED_OVER_TO_EXCHANGE = "EndEvent_HandedOverToExchange";
    public static final String DECIDE_WARRANTY = "Task_DecideWarranty";
    public static final String QUOTE = "SubProcess_Quote";
    /** A factory repair: the factory quotes first and the customer's quote rests on it (000 §1.5.2.4). */
    public static final String OBTAIN_FACTORY_QUOTE = "Task_ObtainFactoryQuote";
    public static final String PREPARE_QUOTE = "Task_PrepareQuote";
    public static final String OBTAIN_QUOTE_ANSWER = "Task_ObtainQuoteAnswer";
    public static final String CLOSE_QUOTE_DECLINED = "Task_CloseQuoteDeclined";
    public static final String END_QUOTE_DECLINED = "EndEvent_ClosedQuoteDeclined";
    public static final String CLOSE_QUOTE_UNANSWERED = "Task_CloseQuoteUnanswered";
    public static final String END_QUOTE_UNANSWERED = "EndEvent_ClosedQuoteUnanswered";
    public static final String DISPATCH_ENGINEER = "Task_DispatchEngineer";
    public static final String DIAGNOSE_ON_SITE = "Task_DiagnoseOnSite";
    /** After the diagnosis the customer is told the plan: route and expected completion (000 §1.3.3). */
    public static final String SEND_REPAIR_PLAN = "Task_SendRepairPlan";
    public static final String REPAIR_ON_SITE = "Task_RepairOnSite";
    public static final String PARTS_REPAIR = "SubProcess_PartsRepair";
    public static final String PARTS_APPROVAL = "CallActivity_PartsApproval";
    /** Stocked parts are drawn through parts-requisition; the rest goes to parts-approval (stock.requisition). */
    public static final String PLAN_PARTS_SOURCE = "Task_PlanPartsSource";
    public static final String STORE_PARTS_ISSUED = "Event_StorePartsIssued";
    public static final String END_PARTS_REJECTED = "EndEvent_PartsRejected";
    public static final String REVIEW_PARTS_REJECTION = "Task_ReviewPartsRejection";
    public static final String RECORD_PARTS_DECISION = "Task_RecordPartsDecision";
    public static final String REPAIR_WITH_PARTS = "Task_RepairWithParts";
    public static final String TIMER_REPAIR_CYCLE_OVERDUE = "Timer_RepairCycleOverdue";
    /** Non-interrupting start of the event sub-process inside {@link #PARTS_REPAIR}: warn before the cycle ends. */
    public static final String TIMER_REPAIR_CYCLE_WARNING = "Timer_RepairCycleWarning";
    public static final String AGREE_EXTENSION = "Task_AgreeExtension";
    public static final String RECORD_EXTENSION = "Task_RecordExtension";
    public static final String MAIL_EXTENSION_AGREED = "Task_MailExtensionAgreed";
    public static final String NOTIFY_MANAGERS_OF_EXTENSION = "Task_NotifyManagersOfExtension";
    public static final String FACTORY_REPAIR = "SubProcess_FactoryRepair";
    public static final String SEND_TO_FACTORY = "Task_SendToFactory";
    public static final String AWAIT_FACTORY_RETURN = "Task_AwaitFactoryReturn";
    public static final String CHECK_WITH_FACTORY = "Task_CheckWithFactory";
    public static final String WRITE_REPAIR_REPORT = "Task_WriteRepairReport";
    /** 003 三.5: the head of the department (service managers) approves the engineer's repair report. */
    public static final String APPROVE_REPAIR_REPORT = "Task_ApproveRepairReport";
    /**
     * 003 四.2: a sample of finished repairs is checked after the customer's sign-off (drawn when the report is
     * approved, {@link com.aftersales.flows.repair.SpotCheckSample}).
     */
    public static final String SPOT_CHECK = "Task_SpotCheck";
    public static final String RECORD_SPOT_CHECK = "Task_RecordSpotCheck";
    /** A failed spot check: the engineer reworks the repair (and writes the report again). */
    public static final String REWORK = "Task_Rework";
    public static final String OBTAIN_SIGN_OFF = "Task_ObtainSignOff";
    public static final String REVIEW_UNRESOLVED_REPAIR = "Task_ReviewUnresolvedRepair";
    public static final String REQUEST_INVOICE = "Task_RequestInvoice";
    public static final String RECORD_PAYMENT = "Task_RecordPayment";
    /** Calls payment-gate after an accepted quote: the credit grade decides how the work is paid. */
    public static final String PAYMENT_GATE = "CallActivity_PaymentGate";
    /** A free repair invoiced for a part past its own term: the invoice goes through the payment gate. */
    public static final String INVOICE_PAYMENT_GATE = "CallActivity_InvoicePaymentGate";
    /** Non-interrupting reminder on {@link #RECORD_PAYMENT} (000 §1.5.4). */
    public static final String TIMER_PAYMENT_REMINDER = "Timer_PaymentReminder";
    public static final String SEND_PAYMENT_REMINDER = "Task_SendPaymentReminder";
    public static final String CHASE_PAYMENT = "Task_ChasePayment";
    public static final String TIMER_FOLLOW_UP_DUE = "Timer_FollowUpDue";
    public static final String FOLLOW_UP_CALL = "Task_FollowUpCall";
    public static final String REVIEW_DISSATISFACTION = "Task_ReviewDissatisfaction";
    public static final String RECORD_SATISFACTION_REVIEW = "Task_RecordSatisfactionReview";
    public static final String END_COMPLETED = "EndEvent_RepairCompleted";

    private Elements() {}
  }

  /**
   * Deadlines written into repair.bpmn (working-day expressions of the company calendar), for code that
   * measures against them, such as the SLA report. ModelsAndCodeAgreeTest checks the model says the same.
   */
  public static final class Deadlines {
    /** Due date of {@link Elements#AWAIT_FACTORY_RETURN}: the unit is back from the factory. */
    public static final String FACTORY_RETURN = "15 working days";
    /** Duration of {@link Elements#TIMER_REPAIR_CYCLE_OVERDUE} on {@link Elements#PARTS_REPAIR}. */
    public static final String PARTS_REPAIR = "7 working days";

    private Deadlines() {}
  }

  /** Process variables the repair flow adds to the start variables. */
  public static final class Vars {
    /** Assessment outcome, one of {@link Resolution}. */
    public static final String RESOLUTION = "resolution";
    /** One of {@link DamageCause}; set at the assessment or by the engineer's diagnosis. */
    public static final String DAMAGE_CAUSE = "damageCause";
    public static final String ASSESSMENT_NOTES = "assessmentNotes";
    /** The linked exchange case opened when the assessment agreed on an exchange. */
    public static final String EXCHANGE_CASE_NUMBER = "exchangeCaseNumber";
    public static final String MONTHS_SINCE_PURCHASE = "monthsSincePurchase";
    public static final String WARRANTY_MONTHS = "warrantyMonths";
    /** {@link Coverage#WARRANTY} or {@link Coverage#CHARGEABLE}; absent until decided. */
    public static final String COVERAGE = "coverage";
    public static final String COVERAGE_REASON = "coverageReason";
    public static final String LABOUR_COST = "labourCost";
    public static final String PARTS_COST = "partsCost";
    /** The new end of the parts repair agreed with the customer (form of {@link Elements#AGREE_EXTENSION}). */
    public static final String EXTENDED_UNTIL = "extendedUntil";
    public static final String EXTENSION_REASON = "extensionReason";
    /**
     * The agreed end of the repair cycle (a Date), set when an extension is recorded: the overdue timer and the
     * SLA report measure against it instead of the 7 working days.
     */
    public static final String REPAIR_CYCLE_EXTENDED_UNTIL = "repairCycleExtendedUntil";
    public static final String QUOTE_TOTAL = "quoteTotal";
    public static final String QUOTE_NOTES = "quoteNotes";
    /** The factory's price for a factory repair (yuan), before the customer's quote (000 §1.5.2.4). */
    public static final String FACTORY_QUOTE_AMOUNT = "factoryQuoteAmount";
    public static final String FACTORY_QUOTE_NOTES = "factoryQuoteNotes";
    /** The route the customer's last quote was made for (one of {@link RepairRoute}; absent: before any route). */
    public static final String QUOTED_ROUTE = "quotedRoute";
    /** Boolean: the customer's last quote includes the factory's quote. */
    public static final String QUOTE_ON_FACTORY_QUOTE = "quoteOnFactoryQuote";
    /** Boolean: the route changed since the quote (or became a factory repair): the customer is quoted again. */
    public static final String REQUOTE_NEEDED = "requoteNeeded";
    /** {@code accepted} or {@code declined}. */
    public static final String QUOTE_ANSWER = "quoteAnswer";
    public static final String ENGINEER = "engineer";
    /** Task variable of the dispatch task: the engineers its form offers (JSON {label, value} list). */
    public static final String ENGINEER_CHOICES = "engineerChoices";
    /** The appointment as the dispatch form gives it (ISO date-time string). */
    public static final String APPOINTMENT = "appointment";
    /** The appointment as a java.util.Date, for due dates and mails. */
    public static final String APPOINTMENT_AT = "appointmentAt";
    /** The appointment as people read it, in the company zone with its name (forms' context). */
    public static final String APPOINTMENT_AT_TEXT = "appointmentAtText";
    /** Boolean: an engineer has diagnosed the unit (so the warranty decision can run). */
    public static final String DIAGNOSED = "diagnosed";
    public static final String FAULTS_FOUND = "faultsFound";
    /** One of {@link RepairRoute}. */
    public static final String REPAIR_ROUTE = "repairRoute";
    public static final String PARTS_NEEDED = "partsNeeded";
    /** The route in words, for the plan mail after the diagnosis. */
    public static final String REPAIR_ROUTE_TEXT = "repairRouteText";
    /** Date: when the repair is expected to be complete, told to the customer after the diagnosis. */
    public static final String EXPECTED_COMPLETION_AT = "expectedCompletionAt";
    /** Out of the parts-approval call (flows.parts.PartsProcess): Boolean, false when rejected. */
    public static final String PARTS_DELIVERED = "partsDelivered";
    public static final String PARTS_REQUEST_NUMBER = "partsRequestNumber";
    public static final String PARTS_REQUEST_STATUS = "partsRequestStatus";
    public static final String PARTS_TOTAL_AMOUNT = "partsTotalAmount";
    /**
     * Out of the parts-approval call: Boolean, the request's lines were decided one by one (000 第五篇 一1, a
     * registered product); then partsTotalAmount is what its charged lines cost and the invoice bills that.
     */
    public static final String PARTS_DECIDED_BY_LINE = "partsDecidedByLine";
    /** The part of the quote's parts amount typed in for the new parts (the rest: stocked parts at cost plus fee). */
    public static final String QUOTED_NEW_PARTS_COST = "quotedNewPartsCost";
    /** What the repair's invoice bills (flows.repair.RepairInvoice), set when the invoice is due. */
    public static final String INVOICE_LABOUR = "invoiceLabour";
    public static final String INVOICE_PARTS = "invoiceParts";
    public static final String INVOICE_TOTAL = "invoiceTotal";
    /** Boolean: the repair is invoiced (chargeable, or a part charged by its own ended term). */
    public static final String INVOICE_NEEDED = "invoiceNeeded";
    /**
     * What the invoice still asks through payment-gate (CallActivity_InvoicePaymentGate): the invoice total of a
     * repair that had no gate before its work, the difference a customer who prepaid the quote owes when the invoice
     * exceeds it; null when nothing is asked.
     */
    public static final String INVOICE_PAYMENT_AMOUNT = "invoicePaymentAmount";
    /** The parts flow's rejectionReason, when the request was rejected. */
    public static final String PARTS_REJECTION_REASON = "partsRejectionReason";
    /** The service manager's instructions after a rejected parts request. */
    public static final String PARTS_DECISION_NOTES = "partsDecisionNotes";
    public static final String REPAIR_NOTES = "repairNotes";
    /** What the engineer explained to the customer after the repair: cause, method, precautions (001 4, 003 三4). */
    public static final String REPAIR_EXPLANATION = "repairExplanation";
    /** The test run after the repair and its result (003 三4). */
    public static final String POST_REPAIR_TEST = "postRepairTest";
    /** The engineer checked his own work (003 四2(a)). */
    public static final String SELF_CHECK_DONE = "selfCheckDone";
    public static final String FACTORY_REFERENCE = "factoryReference";
    public static final String FACTORY_STATUS = "factoryStatus";
    public static final String EXPECTED_RETURN_DATE = "expectedReturnDate";
    public static final String FACTORY_REPORT = "factoryReport";
    public static final String PARTS_REPLACED = "partsReplaced";
    /** {@code returned}, {@code disposed} or {@code none}. */
    public static final String OLD_PARTS = "oldParts";
    public static final String REPORT_NOTES = "reportNotes";
    /** One of {@link RepairDifficulty}: chosen by the engineer in the diagnosis (or by whoever quotes first). */
    public static final String REPAIR_DIFFICULTY = "repairDifficulty";
    /** One of {@link EngineerLevel}: the level the quote's labour was priced at. */
    public static final String ENGINEER_LEVEL = "engineerLevel";
    /** One of {@link ReportApproval}: the service manager's verdict on the repair report. */
    public static final String REPORT_APPROVAL = "reportApproval";
    public static final String REPORT_APPROVAL_NOTES = "reportApprovalNotes";
    /** Boolean: the approving manager asks for a quality check of this repair whatever the sample draws. */
    public static final String SPOT_CHECK_ORDERED = "spotCheckOrdered";
    /** Boolean: this finished repair gets a quality check (ordered, reworked, or drawn in the sample). */
    public static final String SPOT_CHECK_SAMPLED = "spotCheckSampled";
    /** One of {@link SpotCheckMethod}. */
    public static final String SPOT_CHECK_METHOD = "spotCheckMethod";
    /** One of {@link SpotCheckResult}. */
    public static final String SPOT_CHECK_RESULT = "spotCheckResult";
    public static final String SPOT_CHECK_NOTES = "spotCheckNotes";
    /** How many times a failed spot check sent the repair back to the engineer. */
    public static final String REWORKS = "reworks";
    public static final String REWORK_NOTES = "reworkNotes";
    /** {@code resolved} or {@code unresolved}. */
    public static final String SIGN_OFF = "signOff";
    public static final String SIGN_OFF_NOTES = "signOffNotes";
    /** The warranty terms were handed to the customer at the sign-off (000 第四篇 四(一)). */
    public static final String WARRANTY_TERMS_HANDED_OVER = "warrantyTermsHandedOver";
    public static final String EXPERT_ADVICE = "expertAdvice";
    /** How many times the service event was escalated and re-dispatched. */
    public static final String ESCALATIONS = "escalations";
    public static final String AMOUNT_PAID = "amountPaid";
    public static final String PAYMENT_REFERENCE = "paymentReference";
    /** How many payment reminders the customer was sent for the invoice. */
    public static final String PAYMENT_REMINDERS = "paymentReminders";
    /** What customer service or finance agreed with a customer who did not pay after the reminders. */
    public static final String PAYMENT_CHASE_NOTE = "paymentChaseNote";
    /** 1 to 5. */
    public static final String SATISFACTION = "satisfaction";
    public static final String FOLLOW_UP_COMMENTS = "followUpComments";
    public static final String REVIEW_FINDINGS = "reviewFindings";
    /** Input parameter of the closing steps. */
    public static final String FINAL_STATUS = "finalStatus";

    private Vars() {}
  }

  /** Values of {@link Vars#RESOLUTION}: the way forward agreed at the assessment. */
  public enum Resolution implements Variable.Code { PHONE, ON_SITE, FACTORY, EXCHANGE }

  /** Values of {@link Vars#COVERAGE} (outputs of warranty-coverage.dmn). */
  public enum Coverage implements Variable.Code { WARRANTY, CHARGEABLE }

  /** Values of {@link Vars#REPAIR_ROUTE}. */
  public enum RepairRoute implements Variable.Code { ON_SITE, PARTS, FACTORY }

  /** Values of {@link Vars#QUOTE_ANSWER}. */
  public enum QuoteAnswer implements Variable.Code { ACCEPTED, DECLINED }

  /** Values of {@link Vars#REPAIR_DIFFICULTY} (inputs of labour-rate.dmn). */
  public enum RepairDifficulty implements Variable.Code { SIMPLE, STANDARD, COMPLEX }

  /** Values of {@link Vars#ENGINEER_LEVEL} (inputs of labour-rate.dmn; kept per engineer in engineer_level). */
  public enum EngineerLevel implements Variable.Code { JUNIOR, INTERMEDIATE, SENIOR }

  /** Values of {@link Vars#REPORT_APPROVAL}. */
  public enum ReportApproval implements Variable.Code { APPROVED, RETURNED }

  /** Values of {@link Vars#SPOT_CHECK_METHOD}: 003 四.2 leaves it open; the department checks by phone or on site. */
  public enum SpotCheckMethod implements Variable.Code { PHONE, ON_SITE }

  /** Values of {@link Vars#SPOT_CHECK_RESULT}. */
  public enum SpotCheckResult implements Variable.Code { PASSED, FAILED }

  /** Values of {@link Vars#OLD_PARTS}: what became of the replaced parts. */
  public enum OldParts implements Variable.Code { RETURNED, DISPOSED, NONE }

  /**
   * The repair flow's variables, typed: the one way delegates, services and tests read and write them
   * (see {@link Variable} for the rules). The names are those of {@link Vars}, the models' and forms' names.
   */
  public static final class Typed {
    public static final Variable<Resolution> RESOLUTION = Variable.oneOf(Vars.RESOLUTION, Resolution.class);
    public static final Variable<DamageCause> DAMAGE_CAUSE = Variable.oneOf(Vars.DAMAGE_CAUSE, DamageCause.class);
    public static final Variable<String> ASSESSMENT_NOTES = Variable.text(Vars.ASSESSMENT_NOTES);
    public static final Variable<String> EXCHANGE_CASE_NUMBER = Variable.text(Vars.EXCHANGE_CASE_NUMBER);
    public static final Variable<Integer> MONTHS_SINCE_PURCHASE = Variable.integer(Vars.MONTHS_SINCE_PURCHASE);
    public static final Variable<Integer> WARRANTY_MONTHS = Variable.integer(Vars.WARRANTY_MONTHS);
    public static final Variable<Coverage> COVERAGE = Variable.oneOf(Vars.COVERAGE, Coverage.class);
    public static final Variable<String> COVERAGE_REASON = Variable.text(Vars.COVERAGE_REASON);
    public static final Variable<BigDecimal> LABOUR_COST = Variable.money(Vars.LABOUR_COST);
    public static final Variable<BigDecimal> PARTS_COST = Variable.money(Vars.PARTS_COST);
    /** A date alone ends at the end of the working day (the project's choice, like the parts forms). */
    public static final Variable<Date> EXTENDED_UNTIL = Variable.dateTime(Vars.EXTENDED_UNTIL, 18);
    public static final Variable<String> EXTENSION_REASON = Variable.text(Vars.EXTENSION_REASON);
    public static final Variable<Date> REPAIR_CYCLE_EXTENDED_UNTIL = Variable.dateTime(Vars.REPAIR_CYCLE_EXTENDED_UNTIL);
    public static final Variable<BigDecimal> QUOTE_TOTAL = Variable.money(Vars.QUOTE_TOTAL);
    public static final Variable<BigDecimal> QUOTED_NEW_PARTS_COST = Variable.money(Vars.QUOTED_NEW_PARTS_COST);
    public static final Variable<Boolean> PARTS_DECIDED_BY_LINE = Variable.bool(Vars.PARTS_DECIDED_BY_LINE);
    public static final Variable<BigDecimal> PARTS_TOTAL_AMOUNT = Variable.money(Vars.PARTS_TOTAL_AMOUNT);
    public static final Variable<BigDecimal> INVOICE_LABOUR = Variable.money(Vars.INVOICE_LABOUR);
    public static final Variable<BigDecimal> INVOICE_PARTS = Variable.money(Vars.INVOICE_PARTS);
    public static final Variable<BigDecimal> INVOICE_TOTAL = Variable.money(Vars.INVOICE_TOTAL);
    public static final Variable<Boolean> INVOICE_NEEDED = Variable.bool(Vars.INVOICE_NEEDED);
    public static final Variable<BigDecimal> INVOICE_PAYMENT_AMOUNT = Variable.money(Vars.INVOICE_PAYMENT_AMOUNT);
    public static final Variable<String> QUOTE_NOTES = Variable.text(Vars.QUOTE_NOTES);
    public static final Variable<BigDecimal> FACTORY_QUOTE_AMOUNT = Variable.money(Vars.FACTORY_QUOTE_AMOUNT);
    public static final Variable<String> FACTORY_QUOTE_NOTES = Variable.text(Vars.FACTORY_QUOTE_NOTES);
    public static final Variable<RepairRoute> QUOTED_ROUTE = Variable.oneOf(Vars.QUOTED_ROUTE, RepairRoute.class);
    public static final Variable<Boolean> QUOTE_ON_FACTORY_QUOTE = Variable.bool(Vars.QUOTE_ON_FACTORY_QUOTE);
    public static final Variable<Boolean> REQUOTE_NEEDED = Variable.bool(Vars.REQUOTE_NEEDED);
    public static final Variable<QuoteAnswer> QUOTE_ANSWER = Variable.oneOf(Vars.QUOTE_ANSWER, QuoteAnswer.class);
    public static final Variable<String> ENGINEER = Variable.text(Vars.ENGINEER);
    /** The form's input; read in the company's zone ({@link Variable#inZone}) and kept as {@link #APPOINTMENT_AT}. */
    public static final Variable<Date> APPOINTMENT = Variable.dateTime(Vars.APPOINTMENT);
    public static final Variable<Date> APPOINTMENT_AT = Variable.dateTime(Vars.APPOINTMENT_AT);
    public static final Variable<String> APPOINTMENT_AT_TEXT = Variable.text(Vars.APPOINTMENT_AT_TEXT);
    public static final Variable<Boolean> DIAGNOSED = Variable.bool(Vars.DIAGNOSED);
    public static final Variable<String> FAULTS_FOUND = Variable.text(Vars.FAULTS_FOUND);
    public static final Variable<RepairRoute> REPAIR_ROUTE = Variable.oneOf(Vars.REPAIR_ROUTE, RepairRoute.class);
    public static final Variable<String> REPAIR_ROUTE_TEXT = Variable.text(Vars.REPAIR_ROUTE_TEXT);
    public static final Variable<Date> EXPECTED_COMPLETION_AT = Variable.dateTime(Vars.EXPECTED_COMPLETION_AT);
    public static final Variable<String> PARTS_NEEDED = Variable.text(Vars.PARTS_NEEDED);
    public static final Variable<String> PARTS_REQUEST_NUMBER = Variable.text(Vars.PARTS_REQUEST_NUMBER);
    public static final Variable<String> PARTS_REJECTION_REASON = Variable.text(Vars.PARTS_REJECTION_REASON);
    public static final Variable<String> PARTS_DECISION_NOTES = Variable.text(Vars.PARTS_DECISION_NOTES);
    public static final Variable<String> PARTS_REPLACED = Variable.text(Vars.PARTS_REPLACED);
    public static final Variable<OldParts> OLD_PARTS = Variable.oneOf(Vars.OLD_PARTS, OldParts.class);
    public static final Variable<String> REPORT_NOTES = Variable.text(Vars.REPORT_NOTES);
    public static final Variable<RepairDifficulty> REPAIR_DIFFICULTY =
        Variable.oneOf(Vars.REPAIR_DIFFICULTY, RepairDifficulty.class);
    public static final Variable<EngineerLevel> ENGINEER_LEVEL = Variable.oneOf(Vars.ENGINEER_LEVEL, EngineerLevel.class);
    public static final Variable<ReportApproval> REPORT_APPROVAL = Variable.oneOf(Vars.REPORT_APPROVAL, ReportApproval.class);
    public static final Variable<String> REPORT_APPROVAL_NOTES = Variable.text(Vars.REPORT_APPROVAL_NOTES);
    public static final Variable<Boolean> SPOT_CHECK_ORDERED = Variable.bool(Vars.SPOT_CHECK_ORDERED);
    public static final Variable<Boolean> SPOT_CHECK_SAMPLED = Variable.bool(Vars.SPOT_CHECK_SAMPLED);
    public static final Variable<SpotCheckMethod> SPOT_CHECK_METHOD =
        Variable.oneOf(Vars.SPOT_CHECK_METHOD, SpotCheckMethod.class);
    public static final Variable<SpotCheckResult> SPOT_CHECK_RESULT =
        Variable.oneOf(Vars.SPOT_CHECK_RESULT, SpotCheckResult.class);
    public static final Variable<String> SPOT_CHECK_NOTES = Variable.text(Vars.SPOT_CHECK_NOTES);
    public static final Variable<Integer> REWORKS = Variable.integer(Vars.REWORKS);
    public static final Variable<String> REWORK_NOTES = Variable.text(Vars.REWORK_NOTES);
    public static final Variable<String> REPAIR_EXPLANATION = Variable.text(Vars.REPAIR_EXPLANATION);
    public static final Variable<String> POST_REPAIR_TEST = Variable.text(Vars.POST_REPAIR_TEST);
    public static final Variable<Boolean> SELF_CHECK_DONE = Variable.bool(Vars.SELF_CHECK_DONE);
    public static final Variable<String> SIGN_OFF_NOTES = Variable.text(Vars.SIGN_OFF_NOTES);
    public static final Variable<Boolean> WARRANTY_TERMS_HANDED_OVER = Variable.bool(Vars.WARRANTY_TERMS_HANDED_OVER);
    public static final Variable<String> EXPERT_ADVICE = Variable.text(Vars.EXPERT_ADVICE);
    public static final Variable<Integer> ESCALATIONS = Variable.integer(Vars.ESCALATIONS);
    public static final Variable<BigDecimal> AMOUNT_PAID = Variable.money(Vars.AMOUNT_PAID);
    public static final Variable<String> PAYMENT_REFERENCE = Variable.text(Vars.PAYMENT_REFERENCE);
    public static final Variable<Integer> PAYMENT_REMINDERS = Variable.integer(Vars.PAYMENT_REMINDERS);
    public static final Variable<String> PAYMENT_CHASE_NOTE = Variable.text(Vars.PAYMENT_CHASE_NOTE);
    public static final Variable<Integer> SATISFACTION = Variable.integer(Vars.SATISFACTION);
    public static final Variable<String> FOLLOW_UP_COMMENTS = Variable.text(Vars.FOLLOW_UP_COMMENTS);
    public static final Variable<String> REVIEW_FINDINGS = Variable.text(Vars.REVIEW_FINDINGS);
    public static final Variable<String> FINAL_STATUS = Variable.text(Vars.FINAL_STATUS);

    private Typed() {}
  }

  /** Status values written to the case record (service_case.status). */
  public static final class Status {
    public static final String ASSESSMENT = "ASSESSMENT";
    public static final String AWAITING_QUOTE_ANSWER = "AWAITING_QUOTE_ANSWER";
    public static final String DISPATCHED = "DISPATCHED";
    public static final String DIAGNOSED = "DIAGNOSED";
    public static final String IN_REPAIR = "IN_REPAIR";
    public static final String REPAIR_EXTENDED = "REPAIR_EXTENDED";
    public static final String PARTS_REJECTED = "PARTS_REJECTED";
    public static final String AT_FACTORY = "AT_FACTORY";
    public static final String AWAITING_REPORT_APPROVAL = "AWAITING_REPORT_APPROVAL";
    public static final String AWAITING_SIGN_OFF = "AWAITING_SIGN_OFF";
    public static final String SPOT_CHECK = "SPOT_CHECK";
    public static final String REWORK = "REWORK";
    public static final String ESCALATED = "ESCALATED";
    public static final String FOLLOW_UP = "FOLLOW_UP";
    public static final String RESOLVED_BY_PHONE = "RESOLVED_BY_PHONE";
    public static final String HANDED_OVER_TO_EXCHANGE = "HANDED_OVER_TO_EXCHANGE";
    public static final String QUOTE_DECLINED = "QUOTE_DECLINED";
    public static final String QUOTE_UNANSWERED = "QUOTE_UNANSWERED";
    public static final String COMPLETED = "COMPLETED";

    private Status() {}
  }

  /** ServiceRecord actions the repair flow writes. */
  public static final class Actions {
    public static final String ASSESSMENT = "ASSESSMENT";
    public static final String WARRANTY_DECISION = "WARRANTY_DECISION";
    public static final String QUOTE = "QUOTE";
    public static final String FACTORY_QUOTE = "FACTORY_QUOTE";
    public static final String QUOTE_ANSWER = "QUOTE_ANSWER";
    public static final String DISPATCH = "DISPATCH";
    public static final String DIAGNOSIS = "DIAGNOSIS";
    public static final String REPAIR_REPORT = "REPAIR_REPORT";
    /** The explanation given to the customer, the test after the repair and the engineer's self-check. */
    public static final String REPAIR_EXPLAINED = "REPAIR_EXPLAINED";
    /** The warranty statement handed over at the sign-off. */
    public static final String WARRANTY_TERMS_HANDED_OVER = "WARRANTY_TERMS_HANDED_OVER";
    public static final String REPORT_APPROVAL = "REPORT_APPROVAL";
    public static final String SPOT_CHECK = "SPOT_CHECK";
    /** A failed spot check, with the engineer whose repair failed in the record's staff: counted against them. */
    public static final String SPOT_CHECK_FAILED = "SPOT_CHECK_FAILED";
    public static final String REWORK = "REWORK";
    public static final String ESCALATION = "ESCALATION";
    public static final String PARTS_DECISION = "PARTS_DECISION";
    public static final String EXTENSION_AGREED = "EXTENSION_AGREED";
    /** What the invoice bills (flows.repair.RepairInvoice): fee the total, note as the quote's, read by the invoice note. */
    public static final String INVOICE = "INVOICE";
    public static final String PAYMENT = "PAYMENT";
    public static final String PAYMENT_CHASED = "PAYMENT_CHASED";
    public static final String FOLLOW_UP = "FOLLOW_UP";
    public static final String SATISFACTION_REVIEW = "SATISFACTION_REVIEW";
    public static final String EXCHANGE_HANDOVER = "EXCHANGE_HANDOVER";
    public static final String CLOSED = "CLOSED";

    private Actions() {}
  }

  /** BPMN error codes thrown inside the quote subprocess. */
  public static final class Errors {
    public static final String QUOTE_DECLINED = "QUOTE_DECLINED";
    public static final String QUOTE_UNANSWERED = "QUOTE_UNANSWERED";
    public static final String PARTS_REJECTED = "PARTS_REJECTED";

    private Errors() {}
  }
}
