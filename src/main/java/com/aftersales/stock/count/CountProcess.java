package com.aftersales.stock.count;

/**
 * The contracts of processes/stock-stocktaking.bpmn (定期盘点, 003 五.2: the monthly timer opens one count per store)
 * and processes/stock-count.bpmn (one store's count: the store keeper counts against the expected quantities, a
 * service manager approves the differences, which become correction lines of the ledger).
 */
public final class CountProcess {

  public static final String MONTHLY_KEY = "stock-stocktaking";
  public static final String KEY = "stock-count";

  private CountProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String COUNT = "Task_CountStore";
    public static final String APPROVE = "Task_ApproveCorrections";
    public static final String END_NO_DIFFERENCE = "EndEvent_NoDifference";
    public static final String END_CORRECTED = "EndEvent_Corrected";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Vars {
    public static final String STORE = "store";
    public static final String COUNT_ID = "countId";
    public static final String COUNT_SHEET = "countSheet";
    /** Whether the store keeper found differences; without it no line is read. */
    public static final String HAS_DIFFERENCES = "hasDifferences";
    /** The counted lines that differ (JSON list of {part, counted}), one line box each in the form (up to ten). */
    public static final String COUNT_LINES = "countLines";
    public static final String DIFFERENCE_COUNT = "differenceCount";
    public static final String DIFFERENCES = "differences";
    public static final String CORRECTION_DECISION = "correctionDecision";
    public static final String CORRECTION_NOTE = "correctionNote";

    private Vars() {}
  }
}
