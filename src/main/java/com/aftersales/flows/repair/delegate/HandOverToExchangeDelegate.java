package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairCaseRecords;
import com.aftersales.flows.repair.RepairProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The exchange flow does not exist yet: the hand-over is recorded on the case and the repair case is
 * closed as handed over, so the exchange team finds it by its status.
 */
@Component("handOverToExchangeDelegate")
public class HandOverToExchangeDelegate implements JavaDelegate {

  private final RepairCaseRecords records;

  public HandOverToExchangeDelegate(RepairCaseRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.handOverToExchange(execution.getProcessBusinessKey(),
        (String) execution.getVariable(Vars.ASSESSMENT_NOTES));
  }
}
