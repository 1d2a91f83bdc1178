package com.aftersales.flows.visit;

/**
 * Names shared by return-visit.bpmn, the return-visit forms, the delegates and the tests, so a renamed element or
 * variable breaks the build instead of a running visit. A visit's business key is its visit number.
 */
public final class VisitProcess {

  public static final String PROCESS_KEY = "return-visit";

  private VisitProcess() {}

  /** Flow-node ids of return-visit.bpmn that the code and its tests name (ModelsAndCodeAgreeTest). */
  public static final class Elements {
    public static final String PLAN_CONTACT_WINDOW = "Task_PlanContactWindow";
    public static final String TIMER_CONTACT_WINDOW = "Timer_ContactWindowOpens";
    public static final String CONDUCT_VISIT = "Task_ConductVisit";
    public static final String RECORD_VISIT = "Task_RecordVisit";
    public static final String OPEN_COMPLAINT = "Task_OpenComplaint";
    public static final String HAND_IN_FEEDBACK_FORM = "Task_HandInFeedbackForm";
    public static final String RECORD_FEEDBACK_FORM = "Task_RecordFeedbackForm";
    public static final String ANSWER_FEEDBACK = "Task_AnswerFeedback";
    public static final String RECORD_FEEDBACK_ANSWER = "Task_RecordFeedbackAnswer";
    /** Non-interrupting: the hand-in ran late (12 hours), the service managers are alerted. */
    public static final String TIMER_HAND_IN_OVERDUE = "Timer_FeedbackHandInOverdue";
    public static final String ALERT_HAND_IN_OVERDUE = "Task_AlertHandInOverdue";
    /** Non-interrupting: the answer ran late (48 hours), the service managers are alerted. */
    public static final String TIMER_ANSWER_OVERDUE = "Timer_FeedbackAnswerOverdue";
    public static final String ALERT_ANSWER_OVERDUE = "Task_AlertAnswerOverdue";
    public static final String END_VISITED = "EndEvent_Visited";
    public static final String END_UNREACHED = "EndEvent_CustomerUnreached";

    private Elements() {}
  }

  /** Process variables of a visit, beside caseNumber, caseType, customerName, customerId, productModel. */
  public static final class Vars {
    public static final String VISIT_NUMBER = "visitNumber";
    /** Long: the visit plan a planned visit comes from. */
    public static final String VISIT_PLAN_ID = "visitPlanId";
    /** The project a planned visit is about, if any. */
    public static final String PROJECT = "project";
    /** {@link Reason} name. */
    public static final String VISIT_REASON = "visitReason";
    /** The reason as staff read it (Chinese), shown on the forms. */
    public static final String VISIT_REASON_TEXT = "visitReasonText";
    /** Date: when the contact window opens and the visit task appears. */
    public static final String VISIT_CALL_AT = "visitCallAt";
    /** Date: end of the contact window, the visit task's due date. */
    public static final String VISIT_DUE_AT = "visitDueAt";
    /** The window as people read it, e.g. {@code 2031-03-03 09:00 – 12:00 (Asia/Shanghai)}. */
    public static final String VISIT_WINDOW_TEXT = "visitWindowText";
    public static final String VISIT_ATTEMPT = "visitAttempt";
    // visit form
    /** reached | notReached */
    public static final String VISIT_CONTACT = "visitContact";
    /** phone | onSite */
    public static final String VISIT_MODE = "visitMode";
    public static final String VISIT_ANSWER = "visitAnswer";
    public static final String SATISFACTION_SCORE = "satisfactionScore";
    public static final String SUGGESTIONS = "suggestions";
    public static final String COMPLAINT_RAISED = "complaintRaised";
    // set by the record step
    /** done | retry | unreached */
    public static final String VISIT_OUTCOME = "visitOutcome";
    public static final String OPEN_COMPLAINT = "openComplaint";
    public static final String COMPLAINT_CASE_NUMBER = "complaintCaseNumber";
    /** Date: the written feedback form is due back 12 hours after the on-site visit (000 第四篇 (二)2). */
    public static final String FEEDBACK_HAND_IN_DUE_AT = "feedbackHandInDueAt";
    /** Date: the answer to the feedback is due 48 hours after the form was handed in. */
    public static final String FEEDBACK_ANSWER_DUE_AT = "feedbackAnswerDueAt";
    // written feedback forms
    public static final String FEEDBACK_FORM_NUMBER = "feedbackFormNumber";
    public static final String CUSTOMER_SIGNED = "customerSigned";
    public static final String FEEDBACK_NOTES = "feedbackNotes";
    public static final String SERVICE_COMMITMENT = "serviceCommitment";

    private Vars() {}
  }

  /** Why a visit is made. */
  public enum Reason {
    /** Every closed case of a key customer (002 二(五)3.4.2). */
    KEY_CUSTOMER("重点客户回访"),
    /** Drawn in the sample of closed cases twice a week (000 第四篇 (二)2). */
    SAMPLED("抽样回访"),
    /** A regular (monthly, quarterly) or irregular (once) visit of a plan (002 二(五)2 定期和不定期回访). */
    PLAN("计划回访"),
    /** A festival visit of a plan (002 二(五)3.2 节日). */
    FESTIVAL("节日回访"),
    /** A campaign visit of a plan (002 二(五)3.2 店庆日、促销活动期). */
    CAMPAIGN("活动回访");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }

    /** Whether the visit comes from a visit plan rather than a closed case. */
    public boolean planned() {
      return this == PLAN || this == FESTIVAL || this == CAMPAIGN;
    }
  }

  /** How often a visit plan recurs from its first date. */
  public enum Recurrence {
    /** One visit, on the first date (an irregular visit, a festival, a campaign). */
    ONCE(0),
    MONTHLY(1),
    QUARTERLY(3);

    private final int months;

    Recurrence(int months) {
      this.months = months;
    }

    /** Months between two visits; 0 for a single visit. */
    public int months() {
      return months;
    }
  }

  /** Where a visit stands (return_visit.status). */
  public enum Status {
    /** A closed case waiting for the next sample draw. */
    CANDIDATE,
    /** Not drawn in its sample. */
    NOT_SAMPLED,
    /** Visit process running. */
    DUE,
    VISITED,
    UNREACHED
  }

  /** What the visit step decided (variable {@link Vars#VISIT_OUTCOME}). */
  public static final class Outcomes {
    public static final String DONE = "done";
    public static final String RETRY = "retry";
    public static final String UNREACHED = "unreached";
    public static final String REACHED = "reached";
    public static final String ON_SITE = "onSite";

    private Outcomes() {}
  }
}
