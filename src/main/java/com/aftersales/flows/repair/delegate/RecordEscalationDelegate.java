package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts and records an escalation after a failed sign-off, before the case is dispatched again. */
@Component("recordEscalationDelegate")
public class RecordEscalationDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordEscalationDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int escalation = Typed.ESCALATIONS.orElse(execution, 0) + 1;
    records.escalation(execution.getProcessBusinessKey(), escalation,
        Typed.SIGN_OFF_NOTES.get(execution), Typed.EXPERT_ADVICE.get(execution));
    Typed.ESCALATIONS.set(execution, escalation);
  }
}
