package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the case into assessment and initialises the flow's own bookkeeping variables. */
@Component("openRepairCaseDelegate")
public class OpenRepairCaseDelegate implements JavaDelegate {

  private final RepairService records;

  public OpenRepairCaseDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new IllegalStateException("A repair must be started with the case number as business key");
    }
    records.opened(caseNumber);
    Typed.DIAGNOSED.set(execution, Boolean.FALSE);
    Typed.ESCALATIONS.set(execution, 0);
  }
}
