package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case with the final status given by the step's input parameter {@code finalStatus}. */
@Component("closeRepairCaseDelegate")
public class CloseRepairCaseDelegate implements JavaDelegate {

  private final RepairService records;

  public CloseRepairCaseDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String finalStatus = Typed.FINAL_STATUS.getLocal(execution);
    if (finalStatus == null) {
      throw new IllegalStateException("finalStatus input parameter missing on " + execution.getCurrentActivityId());
    }
    records.close(execution.getProcessBusinessKey(), finalStatus);
  }
}
