package com.aftersales.stock.requisition;

/**
 * The contract of processes/parts-requisition.bpmn (配件领用单, 003 五.3): an engineer asks for stocked parts for a
 * case, up to {@link RequisitionLines#MAX_LINES} lines (part, quantity) from one store; the approver the decision
 * table parts-requisition-approver names by the amount of all lines (the store keeper, a service manager above an
 * amount) approves; the store keeper issues each line in full, in part or not at all, all lines booked at once
 * (the ledger writes all or none); the engineer returns what was not used and hands in the old parts (核销:
 * recovered or scrapped). Every quantity is a ledger line. A requisition a repair opened
 * ({@link Vars#REQUESTING_INSTANCE}) tells the repair what was issued and what is short
 * ({@link #ISSUED_MESSAGE}), so the repair draws the rest through parts-approval.
 */
public final class RequisitionProcess {

  public static final String KEY = "parts-requisition";
  public static final String APPROVER_DECISION = "parts-requisition-approver";
  /** The message a requesting process waits for: what the store issued ({@link Vars#STORE_ISSUED}, short). */
  public static final String ISSUED_MESSAGE = "StorePartsIssued";

  private RequisitionProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String OPEN = "Task_OpenRequisition";
    public static final String DECIDE_APPROVER = "Task_DecideApprover";
    public static final String APPROVE = "Task_ApproveRequisition";
    public static final String ISSUE = "Task_IssueParts";
    public static final String RECORD_ISSUE = "Task_RecordIssue";
    public static final String TELL_REQUESTER = "Task_TellRequester";
    public static final String TELL_REQUESTER_REJECTED = "Task_TellRequesterRejected";
    public static final String RETURN = "Task_ReturnAndHandIn";
    public static final String RECORD_RETURN = "Task_RecordReturn";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String END_NOTHING_ISSUED = "EndEvent_NothingIssued";
    public static final String END_SETTLED = "EndEvent_Settled";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Vars {
    public static final String CASE_NUMBER = "caseNumber";
    public static final String REQUISITION_NUMBER = "requisitionNumber";
    /** A single part asked for by an older caller; read as one line when no lines are given. */
    public static final String PART = "part";
    public static final String STORE = "store";
    /** What was asked for: a JSON list of {part, quantity}, written by the starter, never by a form. */
    public static final String REQUESTED_LINES = "requestedLines";
    /** The lines the forms show and fill (JSON, one line box per line). */
    public static final String REQUISITION_LINES = "requisitionLines";
    public static final String LINE_COUNT = "lineCount";
    public static final String PARTS_SUMMARY = "partsSummary";
    /** The process instance that opened the requisition and waits for {@link RequisitionProcess#ISSUED_MESSAGE}. */
    public static final String REQUESTING_INSTANCE = "requestingInstanceId";
    /** Sent to the requester: what was issued and what is short, as text. */
    public static final String STORE_ISSUED = "storeIssued";
    public static final String STORE_SHORT = "storeShort";
    public static final String STORE_SHORT_QUANTITY = "storeShortQuantity";
    /** The total of all lines (also a single part's quantity from an older caller). */
    public static final String REQUESTED_QUANTITY = "requestedQuantity";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String REQUISITION_REASON = "requisitionReason";
    public static final String REQUISITION_AMOUNT = "requisitionAmount";
    public static final String APPROVER_GROUP = "approverGroup";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String ISSUED_QUANTITY = "issuedQuantity";
    public static final String SHORT_QUANTITY = "shortQuantity";
    public static final String UNUSED_QUANTITY = "unusedQuantity";
    public static final String OLD_PART_QUANTITY = "oldPartQuantity";
    public static final String SETTLEMENT_NOTE = "settlementNote";

    private Vars() {}
  }

  /**
   * The variables of a process that draws stocked parts through a requisition (the repair's parts route, see
   * {@link PlanPartsSourceDelegate}): what its engineer asked for from the store, and where its parts come from.
   */
  public static final class Requester {
    /** Ticked by the engineer: some parts come from the store. */
    public static final String DRAW_FROM_STORE = "drawFromStore";
    /** The stocked parts asked for: JSON list of {part, quantity}, one line box each in the diagnosis form. */
    public static final String STOCK_LINES = "stockLines";
    /** The engineer's text of parts that production makes to order; the store's shortfall is added to it. */
    public static final String PARTS_NEEDED = "partsNeeded";
    public static final String ENGINEER = "engineer";
    /** A requisition was opened: wait for {@link RequisitionProcess#ISSUED_MESSAGE}. */
    public static final String STORE_DRAW = "storeDraw";
    /** Parts must come through parts-approval (made to order, unknown to the store, or not enough on the shelf). */
    public static final String PARTS_FROM_FACTORY = "partsFromFactory";

    private Requester() {}
  }

  /** What becomes of the replaced part an engineer hands in. */
  public static final class OldPart {
    public static final String RECOVERED = "recovered";
    public static final String SCRAPPED = "scrapped";
    public static final String NONE = "none";

    private OldPart() {}

    static boolean valid(String outcome) {
      return RECOVERED.equals(outcome) || SCRAPPED.equals(outcome) || NONE.equals(outcome);
    }
  }
}
