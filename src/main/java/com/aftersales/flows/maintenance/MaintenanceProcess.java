package com.aftersales.flows.maintenance;

import com.aftersales.flows.FirstContact;

/**
 * Names shared by maintenance.bpmn, its forms, the delegates and the tests. The start variables are in
 * {@link com.aftersales.cases.CaseVariables}.
 */
public final class MaintenanceProcess {

  public static final String PROCESS_KEY = "maintenance";

  private MaintenanceProcess() {}

  /** Flow-node ids of maintenance.bpmn that the code and its tests name. */
  public static final class Elements {
    public static final String REGISTER = "Task_RegisterMaintenance";
    public static final String SEND_ACKNOWLEDGEMENT = FirstContact.SEND_ACKNOWLEDGEMENT;
    /** The first contact: the plan is agreed within the response commitment (SLA first-contact). */
    public static final String CONTACT_CUSTOMER = FirstContact.CONTACT_CUSTOMER;
    public static final String TIMER_VISIT_NOTICE_DUE = "Timer_VisitNoticeDue";
    public static final String NOTIFY_VISIT = "Task_NotifyVisit";
    public static final String VISIT = "Task_MaintenanceVisit";
    public static final String REPORT_TO_ENGINEERING = "Task_ReportToEngineering";
    public static final String OPEN_REPAIR_CASE = "Task_OpenRepairCase";
    public static final String OPEN_PARTS_CASE = "Task_OpenPartsCase";
    public static final String END_CLOSED = "EndEvent_MaintenanceClosed";

    private Elements() {}
  }

  /** Process variables the flow adds to the start variables. */
  public static final class Vars {
    public static final String PLANNED_VISITS = "plannedVisits";
    /** ISO period between visits: P1M, P3M, P6M or P1Y. */
    public static final String VISIT_INTERVAL = "visitInterval";
    /** yyyy-MM-dd. */
    public static final String FIRST_VISIT_DATE = "firstVisitDate";
    public static final String PLAN_NOTE = "planNote";
    /** 1-based number of the coming (or current) visit. */
    public static final String VISIT_NUMBER = "visitNumber";
    public static final String VISIT_DATE_TEXT = "visitDateText";
    /** Date: when the customer is told of the coming visit. */
    public static final String VISIT_NOTICE_AT = "visitNoticeAt";
    /** Date: end of the visit day, the due date of the visit task. */
    public static final String VISIT_DUE = "visitDue";
    public static final String VISITS_LEFT = "visitsLeft";
    public static final String SERVICED = "serviced";
    public static final String SKILLS_TAUGHT = "skillsTaught";
    public static final String FINDINGS = "findings";
    public static final String OPEN_ISSUES = "openIssues";
    /** none | repair | parts. */
    public static final String SITE_PROBLEM = "siteProblem";
    public static final String FOLLOW_ON_NOTE = "followOnNote";
    public static final String SATISFACTION_SCORE = "satisfactionScore";
    public static final String REPORT_TO_ENGINEERING = "reportToEngineering";

    private Vars() {}
  }

  /** Status values written to service_case.status. */
  public static final class Status {
    public static final String PLANNING = "PLANNING";
    public static final String PLANNED = "PLANNED";
    public static final String CLOSED = "CLOSED";

    private Status() {}
  }

  /** Actions of the service records the flow writes. */
  public static final class Actions {
    public static final String PLANNED = "MAINTENANCE_PLANNED";
    public static final String VISITED = "MAINTENANCE_VISIT";

    private Actions() {}
  }
}
