package com.aftersales.flows.complaint;

import com.aftersales.variables.Variable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * Names shared by complaint.bpmn, complaint-routing.dmn, the complaint forms, the delegates and the tests, so
 * a renamed element or variable breaks the build instead of a running case. The start variables are in
 * {@link com.aftersales.cases.CaseVariables}.
 */
public final class ComplaintProcess {

  public static final String PROCESS_KEY = "complaint";
  public static final String DECISION_KEY = "complaint-routing";

  private ComplaintProcess() {}

  /** Flow-node ids of complaint.bpmn that the code and its tests name (ModelsAndCodeAgreeTest: each is in the model and in use). */
  public static final class Elements {
    public static final String RECORD_COMPLAINT = "Task_RecordComplaint";
    public static final String DECIDE_ROUTING = "Task_DecideRouting";
    public static final String REGISTER_COMPLAINT = "Task_RegisterComplaint";
    public static final String SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
    /** Every complaint is reported to the head of after-sales at once (003 七1). */
    public static final String REPORT_TO_HEAD = "Task_ReportToHeadOfAfterSales";
    public static final String END_HEAD_INFORMED = "EndEvent_HeadOfAfterSalesInformed";
    public static final String RESPOND = "Task_RespondToComplaint";
    public static final String TIMER_RESPONSE_OVERDUE = "Timer_ResponseOverdue";
    public static final String ESCALATE = "Task_EscalateComplaint";
    public static final String NOTIFY_ESCALATION = "Task_NotifyEscalation";
    public static final String TIMER_NEXT_LEVEL_OVERDUE = "Timer_NextLevelOverdue";
    public static final String END_ESCALATED_TO_TOP = "EndEvent_EscalatedToTop";
    public static final String END_ALREADY_AT_TOP = "EndEvent_AlreadyAtTopLevel";
    public static final String REQUEST_CUSTOMER_INFORMATION = "Task_RequestCustomerInformation";
    public static final String ENTER_CUSTOMER_ANSWER = "Task_EnterCustomerAnswer";
    public static final String RECORD_RESPONSE = "Task_RecordResponse";
    /** Cannot be solved at our level: the complaint goes up to the company (000 第三条). */
    public static final String REPORT_TO_COMPANY = "Task_ReportToCompany";
    public static final String NOTIFY_COMPANY = "Task_NotifyCompany";
    public static final String JUDGE = "Task_JudgeComplaint";
    public static final String INVESTIGATE = "Task_InvestigateCause";
    public static final String PROPOSE_SOLUTION = "Task_ProposeSolution";
    public static final String START_LINKED_REPAIR = "Task_StartLinkedRepair";
    public static final String START_LINKED_EXCHANGE = "Task_StartLinkedExchange";
    public static final String SEND_SOLUTION = "Task_SendSolution";
    public static final String CONFIRM_FEEDBACK = "Task_ConfirmFeedback";
    public static final String REOPEN = "Task_ReopenComplaint";
    public static final String NOTIFY_REOPENED = "Task_NotifyReopened";
    public static final String FOLLOW_UP = "Task_FollowUp";
    public static final String REVIEW_RESPONSIBILITY = "Task_ReviewResponsibility";
    public static final String RECORD_RESPONSIBILITY_REVIEW = "Task_RecordResponsibilityReview";
    public static final String ARCHIVE = "Task_ArchiveComplaint";
    public static final String END_ARCHIVED = "EndEvent_ComplaintArchived";

    private Elements() {}
  }

  /** Process variables the complaint flow adds to the start variables. */
  public static final class Vars {
    // complaint record form
    public static final String CATEGORY = "category";
    /** low | normal | high */
    public static final String SEVERITY = "severity";
    public static final String KEY_CUSTOMER = "keyCustomer";
    public static final String CUSTOMER_DEMAND = "customerDemand";
    public static final String RELATED_CASE_NUMBER = "relatedCaseNumber";
    // routing decision and the commitment
    /** Output of complaint-routing: hours to the first answer. */
    public static final String RESPONSE_HOURS = "responseHours";
    /** Output of complaint-routing: the group that handles the complaint at level 0. */
    public static final String HANDLING_GROUP = "handlingGroup";
    /** The routed commitment as staff read it in the complaint's forms, e.g. "24小时内答复" ({@code ResponseClock}). */
    public static final String RESPONSE_COMMITMENT_TEXT = "responseCommitmentText";
    /** The group that works the complaint now; moves up with every escalation. */
    public static final String COMPLAINT_GROUP = "complaintGroup";
    /** 0 = handling group, 1 = service managers, 2 = general manager. */
    public static final String ESCALATION_LEVEL = "escalationLevel";
    /** How many escalations (overdue or reopened) so far; numbers the escalation records. */
    public static final String ESCALATION_COUNT = "escalationCount";
    /**
     * Date: by when the problem will be solved, told to the customer when the complaint is recorded (002 四1.1):
     * the routing's response hours counted on the working-day calendar.
     */
    public static final String SOLUTION_DUE_AT = "solutionDueAt";
    /** Date: when the open response task escalates next (its due date and timer). */
    public static final String RESPONSE_TIMER_DUE = "responseTimerDue";
    /** The response deadline as the forms show it: company time, labelled ({@code StaffTimes}). */
    public static final String RESPONSE_TIMER_DUE_TEXT = "responseTimerDueText";
    /** Long: seconds left of the current deadline when the clock was paused. */
    public static final String RESPONSE_REMAINING_SECONDS = "responseRemainingSeconds";
    public static final String PAUSED_AT = "pausedAt";
    public static final String PAUSED_SECONDS = "pausedSeconds";
    public static final String REPEAT_COMPLAINT = "repeatComplaint";
    public static final String REPEAT_OF_CASE_NUMBER = "repeatOfCaseNumber";
    // response form
    /** resolved | investigate | needInfo */
    public static final String RESPONSE_OUTCOME = "responseOutcome";
    public static final String RESOLUTION = "resolution";
    public static final String INFO_REQUEST = "infoRequest";
    public static final String RESPONSE_NOTE = "responseNote";
    public static final String CUSTOMER_ANSWER = "customerAnswer";
    // judgement, investigation, solution
    public static final String COMPLAINT_JUSTIFIED = "complaintJustified";
    public static final String DEMAND_REASONABLE = "demandReasonable";
    public static final String JUDGEMENT_NOTE = "judgementNote";
    public static final String CAUSE_CATEGORY = "causeCategory";
    public static final String INVESTIGATION_FINDINGS = "investigationFindings";
    /** repair | exchange | refund | compensation | apology | explanation */
    public static final String SOLUTION_TYPE = "solutionType";
    public static final String SOLUTION_DETAILS = "solutionDetails";
    public static final String COMPENSATION_AMOUNT = "compensationAmount";
    /** What the customer is told: the on-the-spot resolution or the proposed solution. */
    public static final String SOLUTION_SUMMARY = "solutionSummary";
    /** Input of the linked-case steps: repair | exchange. */
    public static final String LINKED_CASE_TYPE = "linkedCaseType";
    public static final String LINKED_CASE_NUMBER = "linkedCaseNumber";
    // feedback and follow-up
    /** satisfied | not-satisfied */
    public static final String CUSTOMER_FEEDBACK = "customerFeedback";
    public static final String FEEDBACK_NOTE = "feedbackNote";
    public static final String FOLLOW_UP_CHANNEL = "followUpChannel";
    public static final String SATISFACTION_SCORE = "satisfactionScore";
    public static final String FOLLOW_UP_NOTE = "followUpNote";
    // responsibility review
    public static final String EARLIER_UNREPORTED = "earlierUnreported";
    public static final String RESPONSIBLE_PERSON = "responsiblePerson";
    public static final String REGIONAL_HEAD = "regionalHead";
    public static final String RESPONSIBILITY_FINDING = "responsibilityFinding";

    private Vars() {}
  }

  /** Values of {@link Vars#RESPONSE_OUTCOME}. */
  public enum ResponseOutcome implements Variable.Code {
    RESOLVED,
    INVESTIGATE,
    NEED_INFO,
    /** Cannot be solved at our level: reported to the company, the general manager takes it (000 第三条). */
    REPORT_TO_COMPANY
  }

  /**
   * The complaint flow's variables, typed: the one way its delegates read and write them (see {@link Variable}).
   */
  public static final class Typed {
    public static final Variable<String> CATEGORY = Variable.text(Vars.CATEGORY);
    public static final Variable<String> SEVERITY = Variable.text(Vars.SEVERITY);
    public static final Variable<Boolean> KEY_CUSTOMER = Variable.bool(Vars.KEY_CUSTOMER);
    public static final Variable<String> CUSTOMER_DEMAND = Variable.text(Vars.CUSTOMER_DEMAND);
    public static final Variable<String> RELATED_CASE_NUMBER = Variable.text(Vars.RELATED_CASE_NUMBER);
    public static final Variable<Integer> RESPONSE_HOURS = Variable.integer(Vars.RESPONSE_HOURS);
    public static final Variable<String> HANDLING_GROUP = Variable.text(Vars.HANDLING_GROUP);
    public static final Variable<String> RESPONSE_COMMITMENT_TEXT = Variable.text(Vars.RESPONSE_COMMITMENT_TEXT);
    public static final Variable<String> COMPLAINT_GROUP = Variable.text(Vars.COMPLAINT_GROUP);
    public static final Variable<Integer> ESCALATION_LEVEL = Variable.integer(Vars.ESCALATION_LEVEL);
    public static final Variable<Integer> ESCALATION_COUNT = Variable.integer(Vars.ESCALATION_COUNT);
    public static final Variable<Date> SOLUTION_DUE_AT = Variable.dateTime(Vars.SOLUTION_DUE_AT);
    public static final Variable<Date> RESPONSE_TIMER_DUE = Variable.dateTime(Vars.RESPONSE_TIMER_DUE);
    public static final Variable<String> RESPONSE_TIMER_DUE_TEXT = Variable.text(Vars.RESPONSE_TIMER_DUE_TEXT);
    public static final Variable<Long> RESPONSE_REMAINING_SECONDS = Variable.longInteger(Vars.RESPONSE_REMAINING_SECONDS);
    public static final Variable<Date> PAUSED_AT = Variable.dateTime(Vars.PAUSED_AT);
    public static final Variable<Long> PAUSED_SECONDS = Variable.longInteger(Vars.PAUSED_SECONDS);
    public static final Variable<Boolean> REPEAT_COMPLAINT = Variable.bool(Vars.REPEAT_COMPLAINT);
    public static final Variable<String> REPEAT_OF_CASE_NUMBER = Variable.text(Vars.REPEAT_OF_CASE_NUMBER);
    public static final Variable<ResponseOutcome> RESPONSE_OUTCOME =
        Variable.oneOf(Vars.RESPONSE_OUTCOME, ResponseOutcome.class);
    public static final Variable<String> RESOLUTION = Variable.text(Vars.RESOLUTION);
    public static final Variable<String> INFO_REQUEST = Variable.text(Vars.INFO_REQUEST);
    public static final Variable<String> RESPONSE_NOTE = Variable.text(Vars.RESPONSE_NOTE);
    public static final Variable<String> CUSTOMER_ANSWER = Variable.text(Vars.CUSTOMER_ANSWER);
    public static final Variable<Boolean> COMPLAINT_JUSTIFIED = Variable.bool(Vars.COMPLAINT_JUSTIFIED);
    public static final Variable<Boolean> DEMAND_REASONABLE = Variable.bool(Vars.DEMAND_REASONABLE);
    public static final Variable<String> JUDGEMENT_NOTE = Variable.text(Vars.JUDGEMENT_NOTE);
    public static final Variable<String> CAUSE_CATEGORY = Variable.text(Vars.CAUSE_CATEGORY);
    public static final Variable<String> INVESTIGATION_FINDINGS = Variable.text(Vars.INVESTIGATION_FINDINGS);
    public static final Variable<String> SOLUTION_TYPE = Variable.text(Vars.SOLUTION_TYPE);
    public static final Variable<String> SOLUTION_DETAILS = Variable.text(Vars.SOLUTION_DETAILS);
    public static final Variable<BigDecimal> COMPENSATION_AMOUNT = Variable.money(Vars.COMPENSATION_AMOUNT);
    public static final Variable<String> SOLUTION_SUMMARY = Variable.text(Vars.SOLUTION_SUMMARY);
    public static final Variable<String> LINKED_CASE_TYPE = Variable.text(Vars.LINKED_CASE_TYPE);
    public static final Variable<String> LINKED_CASE_NUMBER = Variable.text(Vars.LINKED_CASE_NUMBER);
    public static final Variable<String> FOLLOW_UP_CHANNEL = Variable.text(Vars.FOLLOW_UP_CHANNEL);
    public static final Variable<Integer> SATISFACTION_SCORE = Variable.integer(Vars.SATISFACTION_SCORE);
    public static final Variable<String> FOLLOW_UP_NOTE = Variable.text(Vars.FOLLOW_UP_NOTE);
    public static final Variable<Boolean> EARLIER_UNREPORTED = Variable.bool(Vars.EARLIER_UNREPORTED);
    public static final Variable<String> RESPONSIBLE_PERSON = Variable.text(Vars.RESPONSIBLE_PERSON);
    public static final Variable<String> REGIONAL_HEAD = Variable.text(Vars.REGIONAL_HEAD);
    public static final Variable<String> RESPONSIBILITY_FINDING = Variable.text(Vars.RESPONSIBILITY_FINDING);

    private Typed() {}
  }

  /** Status values written to service_case.status. */
  public static final class Status {
    public static final String AWAITING_RESPONSE = "AWAITING_RESPONSE";
    public static final String WAITING_FOR_CUSTOMER = "WAITING_FOR_CUSTOMER";
    public static final String RESOLVED_ON_THE_SPOT = "RESOLVED_ON_THE_SPOT";
    public static final String INVESTIGATION = "INVESTIGATION";
    public static final String SOLUTION_PROPOSED = "SOLUTION_PROPOSED";
    public static final String REOPENED = "REOPENED";
    public static final String FOLLOW_UP = "FOLLOW_UP";
    public static final String ARCHIVED = "ARCHIVED";

    private Status() {}
  }

  /** Actions of the service records the flow writes. */
  public static final class Actions {
    public static final String REGISTERED = "COMPLAINT_REGISTERED";
    public static final String ESCALATED = "COMPLAINT_ESCALATED";
    public static final String CLOCK_PAUSED = "COMPLAINT_CLOCK_PAUSED";
    public static final String CLOCK_RESUMED = "COMPLAINT_CLOCK_RESUMED";
    public static final String RESPONDED = "COMPLAINT_RESPONDED";
    public static final String SOLUTION_PROPOSED = "COMPLAINT_SOLUTION_PROPOSED";
    public static final String LINKED_CASE_STARTED = "COMPLAINT_LINKED_CASE_STARTED";
    public static final String REOPENED = "COMPLAINT_REOPENED";
    public static final String REPORTED_TO_COMPANY = "COMPLAINT_REPORTED_TO_COMPANY";
    public static final String RESPONSIBILITY_REVIEWED = "COMPLAINT_RESPONSIBILITY_REVIEWED";
    public static final String ARCHIVED = "COMPLAINT_ARCHIVED";

    private Actions() {}
  }
}
