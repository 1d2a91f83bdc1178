package com.aftersales.customers.verification;

/**
 * The contracts of processes/archive-reverification-quarterly.bpmn (客户档案季度核定, 002 二(一) 6.5: 客户信息档案每季度
 * 重新核定一次: on the first day of each quarter one verification sheet opens per responsible person) and
 * processes/archive-reverification.bpmn (one sheet: the responsible person verifies the listed archives, the outcome
 * of each, verified, changed or gone, is recorded in the archive, and changes go to the customer-information
 * supervisors to correct the archive, 6.3).
 */
public final class VerificationProcess {

  public static final String QUARTERLY_KEY = "archive-reverification-quarterly";
  public static final String KEY = "archive-reverification";

  private VerificationProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String VERIFY = "Task_VerifyArchives";
    public static final String RECORD = "Task_RecordVerification";
    public static final String CORRECT = "Task_CorrectArchives";
    public static final String END_VERIFIED = "EndEvent_ArchivesVerified";
    public static final String END_CORRECTED = "EndEvent_ArchivesCorrected";

    private Elements() {}
  }

  /** Process variables (no contact data: the sheet names archive ids, names, regions and grades only). */
  public static final class Vars {
    public static final String SHEET_ID = "sheetId";
    public static final String QUARTER = "quarter";
    public static final String VERIFIER_GROUP = "verifierGroup";
    public static final String SHEET = "verificationSheet";
    public static final String SHEET_CUSTOMER_IDS = "sheetCustomerIds";
    public static final String CHANGED_CUSTOMERS = "changedCustomers";
    public static final String GONE_CUSTOMERS = "goneCustomers";
    public static final String CHANGED_COUNT = "changedCount";
    public static final String GONE_COUNT = "goneCount";
    public static final String VERIFIED_COUNT = "verifiedCount";
    public static final String CHANGES = "verificationChanges";
    public static final String CORRECTION_NOTE = "correctionNote";

    private Vars() {}
  }
}
