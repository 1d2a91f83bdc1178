package com.aftersales.flows.repeatrepair;

import com.aftersales.variables.Variable;

/**
 * Names shared by processes/repeat-repair-review.bpmn, its form, the delegates and the tests (rulebook 003 四3:
 * repaired units are tracked, a new fault is analysed and a repair-quality fault dealt with). A repair case that
 * intake flags as a repeat repair (same product within {@code aftersales.archive.repeat-repair-days}) opens one
 * review, business key {@code RR-} and the new case's number (its own key, so
 * the case's flow stays the only instance under the case number): a service manager analyses the new fault and says whether it is a
 * repair-quality fault of the earlier repair; if so it is recorded against the earlier case's engineer (counted in
 * the staff report) and noted on both cases.
 */
public final class RepeatRepairReview {

  public static final String KEY = "repeat-repair-review";

  /** The review's business key: RR- and the repeat case's number. */
  public static String businessKey(String caseNumber) {
    return "RR-" + caseNumber;
  }

  private RepeatRepairReview() {}

  /** Element ids of repeat-repair-review.bpmn. */
  public static final class Elements {
    public static final String ANALYSE = "Task_AnalyseRepeatRepair";
    public static final String RECORD_QUALITY_FAULT = "Task_RecordRepairQualityFault";
    public static final String RECORD_NEW_FAULT = "Task_RecordNewFault";
    public static final String END_QUALITY_FAULT = "EndEvent_QualityFaultRecorded";
    public static final String END_NEW_FAULT = "EndEvent_NewFaultRecorded";

    private Elements() {}
  }

  /** Process variables (no customer contact data: the form shows the customer card by the case). */
  public static final class Vars {
    public static final String CASE_NUMBER = "caseNumber";
    /** The earlier repair case this one repeats. */
    public static final String REPEAT_OF = "repeatOf";
    /** The engineer of the earlier repair (staff id), when one is recorded on it. */
    public static final String EARLIER_ENGINEER = "earlierEngineer";
    /** Set by the form: what the new fault is and why. */
    public static final String FAULT_ANALYSIS = "faultAnalysis";
    /** Set by the form: the new fault is a repair-quality fault of the earlier repair. */
    public static final String REPAIR_QUALITY_FAULT = "repairQualityFault";

    private Vars() {}
  }

  /** ServiceRecord actions the review writes. */
  public static final class Actions {
    /** On the new case: the analysis of the repeat repair and its verdict. */
    public static final String REPEAT_REPAIR_ANALYSIS = "REPEAT_REPAIR_ANALYSIS";
    /**
     * On the earlier case: its repair caused the repeat; the record's engineer is the earlier case's engineer, so
     * the staff report counts it against them.
     */
    public static final String REPAIR_QUALITY_FAULT = "REPAIR_QUALITY_FAULT";

    private Actions() {}
  }

  /** Typed access to the variables. */
  public static final class Typed {
    public static final Variable<String> CASE_NUMBER = Variable.text(Vars.CASE_NUMBER);
    public static final Variable<String> REPEAT_OF = Variable.text(Vars.REPEAT_OF);
    public static final Variable<String> EARLIER_ENGINEER = Variable.text(Vars.EARLIER_ENGINEER);
    public static final Variable<String> FAULT_ANALYSIS = Variable.text(Vars.FAULT_ANALYSIS);
    public static final Variable<Boolean> REPAIR_QUALITY_FAULT = Variable.bool(Vars.REPAIR_QUALITY_FAULT);

    private Typed() {}
  }
}
