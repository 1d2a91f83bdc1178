package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the follow-up call; keeps the satisfaction as an integer for the gateway after it. */
@Component("recordFollowUpDelegate")
public class RecordFollowUpDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordFollowUpDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int satisfaction = Typed.SATISFACTION.required(execution);
    records.followUp(execution.getProcessBusinessKey(), satisfaction, Typed.FOLLOW_UP_COMMENTS.get(execution));
    Typed.SATISFACTION.set(execution, satisfaction);
  }
}
