package com.aftersales.flows.installation;

import com.aftersales.flows.FirstContact;
import com.aftersales.flows.FormChoice;

/**
 * Names shared by installation.bpmn, its forms, the delegates and the tests. The start variables are in
 * {@link com.aftersales.cases.CaseVariables}.
 */
public final class InstallationProcess {

  public static final String PROCESS_KEY = "installation";

  /** Rulebook 004 3.3: 正常情况下不得少于二人进入室内工作. */
  public static final int MINIMUM_INSTALLERS = 2;

  private InstallationProcess() {}

  /** Flow-node ids of installation.bpmn that the code and its tests name. */
  public static final class Elements {
    public static final String REGISTER = "Task_RegisterInstallation";
    public static final String SEND_ACKNOWLEDGEMENT = FirstContact.SEND_ACKNOWLEDGEMENT;
    /** The first contact: the visit is agreed within the response commitment (SLA first-contact). */
    public static final String CONTACT_CUSTOMER = FirstContact.CONTACT_CUSTOMER;
    public static final String NOTIFY_FACTORY = "Task_NotifyFactory";
    public static final String ASSIGN_TEAM = "Task_AssignTeam";
    public static final String SEND_APPOINTMENT = "Task_SendAppointment";
    public static final String INSTALL_AND_COMMISSION = "Task_InstallAndCommission";
    /** Damage to the customer's floor or walls is repaired or compensated at the installers' cost (004 跟单4.5). */
    public static final String ARRANGE_DAMAGE_REPAIR = "Task_ArrangeDamageRepair";
    public static final String RECORD_DAMAGE_SETTLEMENT = "Task_RecordDamageSettlement";
    public static final String OPEN_REPAIR_CASE = "Task_OpenRepairCase";
    public static final String OPEN_PARTS_CASE = "Task_OpenPartsCase";
    public static final String REQUEST_INVOICE = "Task_RequestInvoice";
    public static final String TIMER_FOLLOW_UP_DUE = "Timer_FollowUpDue";
    public static final String FOLLOW_UP_CALL = "Task_FollowUpCall";
    public static final String END_CLOSED = "EndEvent_InstallationClosed";

    private Elements() {}
  }

  /** Process variables the flow adds to the start variables. */
  public static final class Vars {
    /** small | batch | large-imported ({@link Scope}). */
    public static final String SCOPE = "installationScope";
    public static final String SCOPE_TEXT = "installationScopeText";
    public static final String FACTORY_ASSISTANCE = "factoryAssistance";
    /** yyyy-MM-dd, as the form's date field stores it. */
    public static final String VISIT_DATE = "visitDate";
    public static final String VISIT_DATE_TEXT = "visitDateText";
    /** Date: end of the visit day in the company zone, the due date of the installation task. */
    public static final String VISIT_DUE = "visitDue";
    public static final String APPOINTMENT_NOTE = "appointmentNote";
    public static final String TEAM_LEADER = "teamLeader";
    /** Names separated by commas (ASCII or Chinese) or 、. */
    public static final String INSTALLERS = "installers";
    public static final String KEY_PARTS_CHECKED = "keyPartsChecked";
    public static final String COMMISSIONING_OK = "commissioningOk";
    public static final String SITE_CLEANED = "siteCleaned";
    public static final String CARE_EXPLAINED = "careExplained";
    public static final String CUSTOMER_SIGNED = "customerSigned";
    /** none | repair | parts. */
    public static final String SITE_PROBLEM = "siteProblem";
    public static final String FOLLOW_ON_NOTE = "followOnNote";
    /** The installers damaged the customer's floor, walls or furniture (004 跟单4.5). */
    public static final String SITE_DAMAGED = "siteDamaged";
    public static final String DAMAGE_DESCRIPTION = "damageDescription";
    /** repair | compensate ({@link DamageRemedy}). */
    public static final String DAMAGE_REMEDY = "damageRemedy";
    public static final String DAMAGE_ARRANGEMENT = "damageArrangement";
    /** What the repair or compensation costs, yuan, charged to the installers. */
    public static final String DAMAGE_COST = "damageCost";
    public static final String SATISFACTION_SCORE = "satisfactionScore";
    public static final String FOLLOW_UP_NOTE = "followUpNote";

    private Vars() {}
  }

  /** The three kinds of delivery the rulebook tells apart (000 part 3 §2.1 to §2.3). */
  public enum Scope implements FormChoice {
    SMALL("零星仪器"),
    BATCH("大批仪器"),
    LARGE_IMPORTED("大型进口仪器");

    private final String text;

    Scope(String text) {
      this.text = text;
    }

    /** 000 §2.3.2: the factory installs, commissions and trains for a large imported instrument, always. */
    public boolean needsFactory() {
      return this == LARGE_IMPORTED;
    }

    @Override
    public String text() {
      return text;
    }
  }

  /** Status values written to service_case.status. */
  public static final class Status {
    public static final String SCHEDULING = "SCHEDULING";
    public static final String SCHEDULED = "SCHEDULED";
    public static final String INSTALLED = "INSTALLED";
    public static final String CLOSED = "CLOSED";

    private Status() {}
  }

  /** Actions of the service records the flow writes. */
  public static final class Actions {
    public static final String APPOINTMENT = "INSTALLATION_APPOINTMENT";
    public static final String TEAM = "INSTALLATION_TEAM";
    public static final String COMMISSIONED = "INSTALLATION_COMMISSIONED";
    public static final String DAMAGE_REPORTED = "INSTALLATION_DAMAGE_REPORTED";
    public static final String DAMAGE_SETTLED = "INSTALLATION_DAMAGE_SETTLED";
    public static final String FOLLOW_UP = "INSTALLATION_FOLLOW_UP";

    private Actions() {}
  }

  /** How damage the installers caused is made good (004 跟单4.5). */
  public enum DamageRemedy implements com.aftersales.flows.FormChoice {
    REPAIR("修复"),
    COMPENSATE("赔偿");

    private final String text;

    DamageRemedy(String text) {
      this.text = text;
    }

    @Override
    public String text() {
      return text;
    }
  }
}
