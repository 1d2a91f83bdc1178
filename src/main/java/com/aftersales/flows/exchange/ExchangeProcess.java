package com.aftersales.flows.exchange;

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

  /** Values of the decision variables. */
  public static final String APPROVED = "approved";
  public static final String REJECTED = "rejected";
  public static final String ACCEPTED = "accepted";
  public static final String REFUSED = "refused";
  public static final String OUTCOME_REPAIR = "repair";
  public static final String OUTCOME_CLOSE = "close";

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
