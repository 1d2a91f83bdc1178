package com.aftersales.flows.consultation;

import com.aftersales.flows.FirstContact;
import com.aftersales.flows.FormChoice;

/**
 * Names shared by consultation.bpmn, its forms, the delegates and the tests. The start variables are in
 * {@link com.aftersales.cases.CaseVariables}.
 */
public final class ConsultationProcess {

  public static final String PROCESS_KEY = "consultation";

  private ConsultationProcess() {}

  /** Flow-node ids of consultation.bpmn that the code and its tests name. */
  public static final class Elements {
    public static final String REGISTER = "Task_RegisterConsultation";
    public static final String SEND_ACKNOWLEDGEMENT = FirstContact.SEND_ACKNOWLEDGEMENT;
    /** The first contact: customer service answers within the response commitment (SLA first-contact). */
    public static final String CONTACT_CUSTOMER = FirstContact.CONTACT_CUSTOMER;
    public static final String TIMER_ANSWER_OVERDUE = "Timer_AnswerOverdue";
    public static final String NOTIFY_ANSWER_OVERDUE = "Task_NotifyAnswerOverdue";
    public static final String SEND_ANSWER = "Task_SendAnswer";
    public static final String COMPILE_FEEDBACK = "Task_CompileFeedback";
    public static final String GIVE_INSTRUCTION = "Task_GiveInstruction";
    public static final String TRACK_FOLLOW_THROUGH = "Task_TrackFollowThrough";
    public static final String CLOSE = "Task_CloseConsultation";
    public static final String END_CLOSED = "EndEvent_ConsultationClosed";

    private Elements() {}
  }

  /** Process variables the flow adds to the start variables. */
  public static final class Vars {
    /** question | suggestion | quality-feedback ({@link Kind}). */
    public static final String KIND = "consultationKind";
    /** The kind in words, for the forms of the sales office and the general manager. */
    public static final String KIND_TEXT = "consultationKindText";
    public static final String ANSWER = "answer";
    public static final String FEEDBACK_REPORT = "feedbackReport";
    public static final String INSTRUCTION = "instruction";
    public static final String ACTION_REQUIRED = "actionRequired";
    public static final String RESPONSIBLE_DEPARTMENT = "responsibleDepartment";
    public static final String FOLLOW_THROUGH_NOTE = "followThroughNote";
    public static final String FOLLOW_THROUGH_DONE = "followThroughDone";
    /** Customer service marks the question as a common one: a draft FAQ entry (faq.FaqService). */
    public static final String FAQ_PROPOSED = "faqProposed";
    /** The question in general terms, as the FAQ shows it (no customer data). */
    public static final String FAQ_QUESTION = "faqQuestion";
    /** The id of the draft FAQ entry proposed. */
    public static final String FAQ_ENTRY_ID = "faqEntryId";

    private Vars() {}
  }

  /** What the customer brought: only suggestions and quality feedback go on to the sales office (article 6). */
  public enum Kind implements FormChoice {
    QUESTION("咨询"),
    SUGGESTION("建议"),
    QUALITY_FEEDBACK("质量反馈");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    @Override
    public String text() {
      return text;
    }
  }

  /** Status values written to service_case.status. */
  public static final class Status {
    public static final String AWAITING_ANSWER = "AWAITING_ANSWER";
    public static final String ANSWERED = "ANSWERED";
    public static final String WITH_GENERAL_MANAGER = "WITH_GENERAL_MANAGER";
    public static final String FOLLOW_THROUGH = "FOLLOW_THROUGH";
    public static final String CLOSED = "CLOSED";

    private Status() {}
  }

  /** Actions of the service records the flow writes. */
  public static final class Actions {
    public static final String ANSWERED = "CONSULTATION_ANSWERED";
    public static final String REPORTED = "CONSULTATION_REPORTED_TO_GENERAL_MANAGER";
    public static final String INSTRUCTED = "CONSULTATION_INSTRUCTION";
    public static final String FOLLOW_THROUGH = "CONSULTATION_FOLLOW_THROUGH";
    public static final String CLOSED = "CONSULTATION_CLOSED";

    private Actions() {}
  }
}
