package com.aftersales.flows.exchange;

import com.aftersales.flows.FirstContact;
import com.aftersales.cases.DamageCause;
import com.aftersales.flows.repair.RepairProcess.Coverage;
import com.aftersales.variables.Variable;
import java.util.Date;

import com.aftersales.cases.LinkedCaseStarter;
import com.aftersales.flows.repair.RepairProcess;

/** Names in processes/exchange.bpmn and its forms, for delegates and tests. */
public final class ExchangeProcess {

  public static final String PROCESS_KEY = "exchange";
  public static final String CASE_TYPE = "exchange";
  /** The repair flow's warranty rules, shared (processes/warranty-coverage.dmn). */
  public static final String DECISION_WARRANTY_COVERAGE = RepairProcess.DECISION_KEY;
  public static final String MESSAGE_MANUFACTURER_ANSWER = "ManufacturerAnswer";

  /** Element ids of exchange.bpmn that the code and its tests name (ModelsAndCodeAgreeTest: each is in the model and in use). */
  public static final class Ids {
    /** The first contact beside the internal steps (002 客服流程; {@link FirstContact}). */
    public static final String SEND_ACKNOWLEDGEMENT = FirstContact.SEND_ACKNOWLEDGEMENT;
    public static final String CONTACT_CUSTOMER = FirstContact.CONTACT_CUSTOMER;
    public static final String CONFIRM_QUALITY_PROBLEM = "Task_ConfirmQualityProblem";
    public static final String FILL_EXCHANGE_FORM = "Task_FillExchangeForm";
    public static final String SIGN_AS_REGIONAL_MANAGER = "Task_SignAsRegionalManager";
    public static final String CHECK_RETURNED_PRODUCT = "Task_CheckReturnedProduct";
    public static final String DECIDE_AS_GENERAL_MANAGER = "Task_DecideAsGeneralManager";
    public static final String STORE_RETURNED_UNIT = "Task_StoreReturnedUnit";
    public static final String MAIL_MANUFACTURER_REQUEST = "Task_MailManufacturerRequest";
    public static final String AWAIT_MANUFACTURER_ANSWER = "SubProcess_AwaitManufacturerAnswer";
    public static final String ENTER_MANUFACTURER_ANSWER = "Task_EnterManufacturerAnswer";
    public static final String ANSWER_ENTERED = "EndEvent_AnswerEntered";
    public static final String TIMER_CHASE_MANUFACTURER = "Timer_ChaseManufacturer";
    public static final String CHASE_MANUFACTURER = "Task_ChaseManufacturer";
    public static final String MANUFACTURER_ANSWER_RECEIVED = "Event_ManufacturerAnswerReceived";
    public static final String REGISTER_MANUFACTURER_ANSWER = "Task_RegisterManufacturerAnswer";
    public static final String MAIL_CUSTOMER_EXCHANGE_CONFIRMED = "Task_MailCustomerExchangeConfirmed";
    public static final String SHIP_UNIT_TO_MANUFACTURER = "Task_ShipUnitToManufacturer";
    public static final String DELIVER_NEW_UNIT = "Task_DeliverNewUnit";
    public static final String WRITE_LEDGER_ENTRY = "Task_WriteLedgerEntry";
    public static final String TIMER_FOLLOW_UP_DUE = "Timer_FollowUpDue";
    public static final String FOLLOW_UP_CALL = "Task_FollowUpCall";
    public static final String CLOSE_EXCHANGED = "Task_CloseExchanged";
    public static final String END_EXCHANGED = "EndEvent_Exchanged";
    public static final String MAIL_REJECTION_TO_SALES = "Task_MailRejectionToSales";
    public static final String NEGOTIATE_WITH_CUSTOMER = "Task_NegotiateWithCustomer";
    public static final String START_LINKED_REPAIR_CASE = "Task_StartLinkedRepairCase";
    public static final String END_CONVERTED_TO_REPAIR = "EndEvent_ConvertedToRepair";
    public static final String CLOSE_WITHOUT_EXCHANGE = "Task_CloseWithoutExchange";
    public static final String END_CLOSED_WITHOUT_EXCHANGE = "EndEvent_ClosedWithoutExchange";

    private Ids() {}
  }

  /** Process variables of the exchange flow (the start variables are in {@code cases.CaseVariables}). */
  public static final class Vars {
    /** Case number of the repair case this exchange came from, when started by LinkedCaseStarter. */
    public static final String ORIGIN_CASE_NUMBER = LinkedCaseStarter.ORIGIN_CASE_NUMBER;
    /** quality | human | unknown; given by the origin repair case or confirmed by the salesperson. */
    public static final String DAMAGE_CAUSE = "damageCause";
    public static final String QUALITY_FINDINGS = "qualityFindings";
    public static final String MONTHS_SINCE_PURCHASE = "monthsSincePurchase";
    public static final String WARRANTY_MONTHS = "warrantyMonths";
    public static final String COVERAGE = "coverage";
    public static final String COVERAGE_REASON = "coverageReason";
    public static final String EXCHANGE_ELIGIBLE = "exchangeEligible";
    public static final String EXCHANGE_REASON = "exchangeReason";
    public static final String EXCHANGE_FORM_BY = "exchangeFormBy";
    public static final String ORIGINAL_PACKAGING = "originalPackaging";
    /** Who turned the exchange down (regional manager, sales office, general manager, manufacturer, warranty check). */
    public static final String REJECTED_BY = "rejectedBy";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String STORAGE_LOCATION = "storageLocation";
    public static final String RECEIVED_IN_ORIGINAL_PACKAGING = "receivedInOriginalPackaging";
    public static final String EXCHANGE_FORM_ENCLOSED = "exchangeFormEnclosed";
    public static final String RECEIPT_NOTE = "receiptNote";
    public static final String WAREHOUSE_RECEIVED_BY = "warehouseReceivedBy";
    public static final String WAREHOUSE_RECEIVED_AT = "warehouseReceivedAt";
    /** accepted | refused, from the message or the sales office's task. */
    public static final String MANUFACTURER_DECISION = "manufacturerDecision";
    public static final String MANUFACTURER_NOTE = "manufacturerNote";
    /** ISO date (yyyy-MM-dd) of the pickup or shipping notice, optional. */
    public static final String PICKUP_DATE = "pickupDate";
    public static final String MANUFACTURER_ANSWER_ENTERED_BY = "manufacturerAnswerEnteredBy";
    public static final String CHASE_NOTE = "chaseNote";
    public static final String CARRIER = "carrier";
    public static final String TRACKING_NUMBER = "trackingNumber";
    public static final String NEW_SERIAL_NUMBER = "newSerialNumber";
    public static final String CUSTOMER_SIGNED_FOR = "customerSignedFor";
    public static final String DELIVERY_NOTE = "deliveryNote";
    public static final String DELIVERED_BY = "deliveredBy";
    public static final String DELIVERED_AT = "deliveredAt";
    /** repair | close. */
    public static final String NEGOTIATION_OUTCOME = "negotiationOutcome";
    public static final String NEGOTIATION_NOTE = "negotiationNote";
    public static final String LINKED_REPAIR_CASE_NUMBER = "linkedRepairCaseNumber";
    public static final String SATISFACTION = "satisfaction";
    public static final String FOLLOW_UP_COMMENTS = "followUpComments";
    /** Input parameter of the close steps. */
    public static final String FINAL_STATUS = "finalStatus";

    private Vars() {}
  }

  /** Values of an approver's decision variable ({@link Approver#decision()}). */
  public enum Approval implements Variable.Code { APPROVED, REJECTED }

  /** Values of {@link Vars#NEGOTIATION_OUTCOME}. */
  public enum NegotiationOutcome implements Variable.Code { REPAIR, CLOSE }

  /**
   * The exchange flow's variables, typed: the one way its delegates and listeners read and write them (see
   * {@link Variable}). The approvers' variables are {@link Approver}'s.
   */
  public static final class Typed {
    public static final Variable<DamageCause> DAMAGE_CAUSE = Variable.oneOf(Vars.DAMAGE_CAUSE, DamageCause.class);
    public static final Variable<String> QUALITY_FINDINGS = Variable.text(Vars.QUALITY_FINDINGS);
    public static final Variable<Integer> MONTHS_SINCE_PURCHASE = Variable.integer(Vars.MONTHS_SINCE_PURCHASE);
    public static final Variable<Integer> WARRANTY_MONTHS = Variable.integer(Vars.WARRANTY_MONTHS);
    public static final Variable<Coverage> COVERAGE = Variable.oneOf(Vars.COVERAGE, Coverage.class);
    public static final Variable<String> COVERAGE_REASON = Variable.text(Vars.COVERAGE_REASON);
    public static final Variable<Boolean> EXCHANGE_ELIGIBLE = Variable.bool(Vars.EXCHANGE_ELIGIBLE);
    public static final Variable<String> EXCHANGE_REASON = Variable.text(Vars.EXCHANGE_REASON);
    public static final Variable<String> EXCHANGE_FORM_BY = Variable.text(Vars.EXCHANGE_FORM_BY);
    public static final Variable<String> REJECTED_BY = Variable.text(Vars.REJECTED_BY);
    public static final Variable<String> REJECTION_REASON = Variable.text(Vars.REJECTION_REASON);
    public static final Variable<String> STORAGE_LOCATION = Variable.text(Vars.STORAGE_LOCATION);
    public static final Variable<Boolean> RECEIVED_IN_ORIGINAL_PACKAGING = Variable.bool(Vars.RECEIVED_IN_ORIGINAL_PACKAGING);
    public static final Variable<Boolean> EXCHANGE_FORM_ENCLOSED = Variable.bool(Vars.EXCHANGE_FORM_ENCLOSED);
    public static final Variable<String> RECEIPT_NOTE = Variable.text(Vars.RECEIPT_NOTE);
    public static final Variable<String> WAREHOUSE_RECEIVED_BY = Variable.text(Vars.WAREHOUSE_RECEIVED_BY);
    public static final Variable<Date> WAREHOUSE_RECEIVED_AT = Variable.dateTime(Vars.WAREHOUSE_RECEIVED_AT);
    public static final Variable<ManufacturerDecision> MANUFACTURER_DECISION =
        Variable.oneOf(Vars.MANUFACTURER_DECISION, ManufacturerDecision.class);
    public static final Variable<String> MANUFACTURER_NOTE = Variable.text(Vars.MANUFACTURER_NOTE);
    public static final Variable<String> PICKUP_DATE = Variable.text(Vars.PICKUP_DATE);
    public static final Variable<String> MANUFACTURER_ANSWER_ENTERED_BY = Variable.text(Vars.MANUFACTURER_ANSWER_ENTERED_BY);
    public static final Variable<String> CHASE_NOTE = Variable.text(Vars.CHASE_NOTE);
    public static final Variable<String> CARRIER = Variable.text(Vars.CARRIER);
    public static final Variable<String> TRACKING_NUMBER = Variable.text(Vars.TRACKING_NUMBER);
    public static final Variable<String> NEW_SERIAL_NUMBER = Variable.text(Vars.NEW_SERIAL_NUMBER);
    public static final Variable<Boolean> CUSTOMER_SIGNED_FOR = Variable.bool(Vars.CUSTOMER_SIGNED_FOR);
    public static final Variable<String> DELIVERY_NOTE = Variable.text(Vars.DELIVERY_NOTE);
    public static final Variable<String> DELIVERED_BY = Variable.text(Vars.DELIVERED_BY);
    public static final Variable<Date> DELIVERED_AT = Variable.dateTime(Vars.DELIVERED_AT);
    public static final Variable<NegotiationOutcome> NEGOTIATION_OUTCOME =
        Variable.oneOf(Vars.NEGOTIATION_OUTCOME, NegotiationOutcome.class);
    public static final Variable<String> NEGOTIATION_NOTE = Variable.text(Vars.NEGOTIATION_NOTE);
    public static final Variable<String> LINKED_REPAIR_CASE_NUMBER = Variable.text(Vars.LINKED_REPAIR_CASE_NUMBER);
    public static final Variable<Integer> SATISFACTION = Variable.integer(Vars.SATISFACTION);
    public static final Variable<String> FOLLOW_UP_COMMENTS = Variable.text(Vars.FOLLOW_UP_COMMENTS);
    public static final Variable<String> FINAL_STATUS = Variable.text(Vars.FINAL_STATUS);

    private Typed() {}
  }

  /** Case status values on the case record. */
  public static final class Status {
    public static final String ELIGIBILITY_CHECK = "ELIGIBILITY_CHECK";
    public static final String EXCHANGE_FORM = "EXCHANGE_FORM";
    public static final String AWAITING_APPROVAL = "AWAITING_APPROVAL";
    public static final String APPROVED = "APPROVED";
    public static final String AWAITING_MANUFACTURER = "AWAITING_MANUFACTURER";
    public static final String RETURNING_TO_MANUFACTURER = "RETURNING_TO_MANUFACTURER";
    public static final String AWAITING_DELIVERY = "AWAITING_DELIVERY";
    public static final String DELIVERED = "DELIVERED";
    public static final String NEGOTIATION = "NEGOTIATION";
    public static final String EXCHANGED = "EXCHANGED";
    public static final String CONVERTED_TO_REPAIR = "CONVERTED_TO_REPAIR";
    public static final String CLOSED_WITHOUT_EXCHANGE = "CLOSED_WITHOUT_EXCHANGE";

    private Status() {}
  }

  private ExchangeProcess() {}
}
