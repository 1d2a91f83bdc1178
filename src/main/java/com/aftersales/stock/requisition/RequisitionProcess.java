package com.aftersales.stock.requisition;

/**
 * The contract of processes/parts-requisition.bpmn (配件领用单, 003 五.3): an engineer asks for a stocked part for a
 * case, the approver the decision table parts-requisition-approver names (the store keeper, a service manager above
 * an amount) approves, the store keeper issues (all, part or nothing of what is on the shelf), the engineer returns
 * what was not used and hands in the old part (核销: recovered or scrapped). Every quantity is a ledger line.
 */
public final class RequisitionProcess {

  public static final String KEY = "parts-requisition";
  public static final String APPROVER_DECISION = "parts-requisition-approver";

  private RequisitionProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String OPEN = "Task_OpenRequisition";
    public static final String DECIDE_APPROVER = "Task_DecideApprover";
    public static final String APPROVE = "Task_ApproveRequisition";
    public static final String ISSUE = "Task_IssueParts";
    public static final String RECORD_ISSUE = "Task_RecordIssue";
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
    public static final String PART = "part";
    public static final String PART_NAME = "partName";
    public static final String STORE = "store";
    public static final String REQUESTED_QUANTITY = "requestedQuantity";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String REQUISITION_REASON = "requisitionReason";
    public static final String REQUISITION_AMOUNT = "requisitionAmount";
    public static final String ON_HAND = "onHand";
    public static final String APPROVER_GROUP = "approverGroup";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String ISSUED_QUANTITY = "issuedQuantity";
    public static final String SHORT_QUANTITY = "shortQuantity";
    public static final String UNUSED_QUANTITY = "unusedQuantity";
    public static final String OLD_PART_OUTCOME = "oldPartOutcome";
    public static final String OLD_PART_QUANTITY = "oldPartQuantity";
    public static final String SETTLEMENT_NOTE = "settlementNote";

    private Vars() {}
  }

  /** What becomes of the replaced part an engineer hands in. */
  public static final class OldPart {
    public static final String RECOVERED = "recovered";
    public static final String SCRAPPED = "scrapped";
    public static final String NONE = "none";

    private OldPart() {}
  }
}
