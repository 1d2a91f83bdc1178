package com.aftersales.stock.purchase;

/**
 * The contract of processes/parts-purchase.bpmn (配件采购申请, 003 五.1): stock at or under its reorder level opens a
 * purchase request for planning with the quantity to order; the store keeper receives the delivery with its
 * quality inspection, and only inspected parts are booked in.
 */
public final class PurchaseProcess {

  public static final String KEY = "parts-purchase";

  private PurchaseProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String PLAN = "Task_PlanPurchase";
    public static final String RECEIVE = "Task_ReceiveAndInspect";
    public static final String END_RECEIVED = "EndEvent_Received";
    public static final String END_NOT_ORDERED = "EndEvent_NotOrdered";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Vars {
    public static final String STORE = "store";
    public static final String PART = "part";
    public static final String PART_NAME = "partName";
    public static final String ON_HAND = "onHand";
    public static final String REORDER_LEVEL = "reorderLevel";
    public static final String SUGGESTED_QUANTITY = "suggestedQuantity";
    public static final String ORDER_QUANTITY = "orderQuantity";
    public static final String SUPPLIER = "supplier";
    public static final String PLANNING_NOTE = "planningNote";
    public static final String RECEIVED_QUANTITY = "receivedQuantity";
    public static final String INSPECTION_NUMBER = "inspectionNumber";
    public static final String INSPECTION_RESULT = "inspectionResult";
    public static final String INSPECTION_NOTE = "inspectionNote";

    private Vars() {}
  }
}
