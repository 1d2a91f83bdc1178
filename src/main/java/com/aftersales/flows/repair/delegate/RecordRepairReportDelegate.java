package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairCaseRecords;
import com.aftersales.flows.repair.RepairProcess.Vars;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the engineer's repair report (faults, parts replaced, what became of the old parts) to the case. */
@Component("recordRepairReportDelegate")
public class RecordRepairReportDelegate implements JavaDelegate {

  static final Set<String> OLD_PARTS = Set.of("returned", "disposed", "none");

  private final RepairCaseRecords records;

  public RecordRepairReportDelegate(RepairCaseRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String oldParts = (String) execution.getVariable(Vars.OLD_PARTS);
    if (oldParts == null || !OLD_PARTS.contains(oldParts)) {
      throw new IllegalArgumentException("oldParts must be returned, disposed or none: " + oldParts);
    }
    records.repairReport(execution.getProcessBusinessKey(), (String) execution.getVariable(Vars.ENGINEER),
        (String) execution.getVariable(Vars.FAULTS_FOUND), (String) execution.getVariable(Vars.PARTS_REPLACED),
        oldParts, (String) execution.getVariable(Vars.REPORT_NOTES));
  }
}
