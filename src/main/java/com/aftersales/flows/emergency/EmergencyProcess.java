package com.aftersales.flows.emergency;

import com.aftersales.flows.FirstContact;

/**
 * Names shared by emergency.bpmn, its forms, the delegates and the tests. The start variables are in
 * {@link com.aftersales.cases.CaseVariables}.
 */
public final class EmergencyProcess {

  public static final String PROCESS_KEY = "emergency";

  private EmergencyProcess() {}

  /** Flow-node ids of emergency.bpmn that the code and its tests name. */
  public static final class Elements {
    public static final String REGISTER = "Task_RegisterEmergency";
    public static final String ALERT_HEAD = "Task_AlertHeadOfAfterSales";
    public static final String SEND_ACKNOWLEDGEMENT = FirstContact.SEND_ACKNOWLEDGEMENT;
    /** The first contact: the head of after-sales calls the customer and dispatches the team (SLA first-contact). */
    public static final String CONTACT_CUSTOMER = FirstContact.CONTACT_CUSTOMER;
    public static final String OPEN_REPAIR_CASE = "Task_OpenRepairCase";
    public static final String END_HANDED_TO_REPAIR = "EndEvent_HandedToRepair";
    public static final String DRAW_EMERGENCY_STOCK = "Task_DrawEmergencyStock";
    public static final String CONFIRM_ARRIVAL = "Task_ConfirmArrival";
    public static final String TIMER_ARRIVAL_OVERDUE = "Timer_ArrivalOverdue";
    public static final String ESCALATE_LATE_ARRIVAL = "Task_EscalateLateArrival";
    public static final String REPORT_PROGRESS = "Task_ReportProgress";
    public static final String REPORT_UPWARD = "Task_ReportUpward";
    public static final String REPORT_RESOLVED = "Task_ReportResolved";
    public static final String TELL_CUSTOMER_RESOLVED = "Task_TellCustomerResolved";
    public static final String END_CLOSED = "EndEvent_EmergencyClosed";

    private Elements() {}
  }

  /** Process variables the flow adds to the start variables. */
  public static final class Vars {
    /** Date: by when the head of after-sales has contacted the customer and dispatched the team. */
    public static final String DISPATCH_DUE_AT = "dispatchDueAt";
    /** Date: the committed arrival of the emergency team. */
    public static final String ARRIVAL_DUE_AT = "arrivalDueAt";
    public static final String ARRIVAL_DUE_TEXT = "arrivalDueText";
    /** major-failure | disaster | not-emergency. */
    public static final String KIND = "emergencyKind";
    public static final String TEAM_LEADER = "teamLeader";
    public static final String TEAM = "emergencyTeam";
    public static final String DISPATCH_NOTE = "dispatchNote";
    /** The parts drawn, one line box each ({part, quantity}, JSON): issued on the ledger, emergency store first. */
    public static final String EMERGENCY_LINES = "emergencyLines";
    /** Tools and other things drawn that the parts ledger does not keep; with the lines, what the record shows. */
    public static final String STOCK_DRAWN = "stockDrawn";
    public static final String STOCK_SHORT = "stockShort";
    public static final String STOCK_SHORT_NOTE = "stockShortNote";
    public static final String ARRIVAL_NOTE = "arrivalNote";
    public static final String PROGRESS_NOTE = "progressNote";
    public static final String PROGRESS_COUNT = "progressCount";
    public static final String RESOLVED = "emergencyResolved";

    private Vars() {}
  }

  /** Status values written to service_case.status. */
  public static final class Status {
    public static final String AWAITING_DISPATCH = "AWAITING_DISPATCH";
    public static final String DISPATCHED = "DISPATCHED";
    public static final String ON_SITE = "ON_SITE";
    public static final String HANDED_TO_REPAIR = "HANDED_TO_REPAIR";
    public static final String RESOLVED = "RESOLVED";

    private Status() {}
  }

  /** Actions of the service records the flow writes. */
  public static final class Actions {
    public static final String DISPATCHED = "EMERGENCY_DISPATCHED";
    public static final String STOCK_DRAWN = "EMERGENCY_STOCK_DRAWN";
    public static final String ARRIVED = "EMERGENCY_ARRIVED";
    public static final String PROGRESS = "EMERGENCY_PROGRESS";

    private Actions() {}
  }
}
