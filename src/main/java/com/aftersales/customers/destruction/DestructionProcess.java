package com.aftersales.customers.destruction;

/**
 * The contracts of processes/archive-destruction.bpmn (客户档案销毁, 002 二(一) 6.10: 对已经过时的客户信息资料，如认为确无
 * 保管价值，在呈报客户信息主管、客户服务部经理、总经理分别核准后，方可销毁) and processes/archive-destruction-scan.bpmn
 * (every night: one destruction proposal per outdated archive; the scan itself destroys nothing).
 *
 * <p>One destruction process per archive at a time, business key {@code AD-{customerId}}. It first checks the legal
 * minimum retention ({@code aftersales.retention.legal-minimum}); the three approvals follow in the rulebook's order;
 * each rejection ends it with the archive kept and the reason recorded; after the third approval the archive's
 * personal data is destroyed (checked against the legal minimum once more) and the record of the destruction stays
 * ({@code archive_destruction}, no personal data).
 */
public final class DestructionProcess {

  public static final String KEY = "archive-destruction";
  public static final String SCAN_KEY = "archive-destruction-scan";

  private DestructionProcess() {}

  public static String businessKey(long customerId) {
    return "AD-" + customerId;
  }

  /** Element ids of archive-destruction.bpmn. */
  public static final class Elements {
    public static final String CHECK_RETENTION = "Task_CheckRetention";
    public static final String APPROVE_AS_SUPERVISOR = "Task_ApproveAsSupervisor";
    public static final String APPROVE_AS_SERVICE_MANAGER = "Task_ApproveAsServiceManager";
    public static final String APPROVE_AS_GENERAL_MANAGER = "Task_ApproveAsGeneralManager";
    public static final String DESTROY = "Task_DestroyPersonalData";
    public static final String RECORD_REJECTION = "Task_RecordRejection";
    public static final String RECORD_RETENTION_REFUSAL = "Task_RecordRetentionRefusal";
    public static final String END_DESTROYED = "EndEvent_ArchiveDestroyed";
    public static final String END_KEPT = "EndEvent_ArchiveKept";
    public static final String END_UNDER_LEGAL_MINIMUM = "EndEvent_UnderLegalMinimum";

    private Elements() {}
  }

  /** Element ids of archive-destruction-scan.bpmn. */
  public static final class ScanElements {
    public static final String PROPOSE = "Task_ProposeOutdatedArchives";
    public static final String END = "EndEvent_ProposalsStarted";

    private ScanElements() {}
  }

  /** Process variables: archive number and counts only, never the customer's name or contact data. */
  public static final class Vars {
    public static final String CUSTOMER_ID = "customerId";
    public static final String DESTRUCTION_ID = "destructionId";
    public static final String OCCASION = "destructionOccasion";
    public static final String ERASURE_REQUEST = "erasureRequest";
    public static final String RETENTION_MET = "retentionMet";
    public static final String RETENTION_NOTE = "retentionNote";
    public static final String DESTROYED = "archiveDestroyed";
    public static final String DESTRUCTION_REPORT = "destructionReport";

    private Vars() {}
  }

  /** The value of an approval step's decision field that approves; anything else there is refused. */
  public static final String APPROVED = "approved";
  public static final String REJECTED = "rejected";
}
