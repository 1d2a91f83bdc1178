package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.OldParts;
import com.aftersales.flows.repair.RepairProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the engineer's repair report (faults, parts replaced, what became of the old parts) to the case. */
@Component("recordRepairReportDelegate")
public class RecordRepairReportDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordRepairReportDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OldParts oldParts = Typed.OLD_PARTS.required(execution);
    records.repairReport(execution.getProcessBusinessKey(), Typed.ENGINEER.get(execution),
        Typed.FAULTS_FOUND.get(execution), Typed.PARTS_REPLACED.get(execution), oldParts.code(),
        Typed.REPORT_NOTES.get(execution));
    // A report written again after it was returned answers the manager's notes (kept in the case record).
    execution.removeVariable(Typed.REPORT_APPROVAL_NOTES.name());
  }
}
