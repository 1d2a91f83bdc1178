package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairCaseRecords;
import com.aftersales.flows.repair.RepairProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts and records an escalation after a failed sign-off, before the case is dispatched again. */
@Component("recordEscalationDelegate")
public class RecordEscalationDelegate implements JavaDelegate {

  private final RepairCaseRecords records;

  public RecordEscalationDelegate(RepairCaseRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object previous = execution.getVariable(Vars.ESCALATIONS);
    int escalation = (previous instanceof Number n ? n.intValue() : 0) + 1;
    records.escalation(execution.getProcessBusinessKey(), escalation,
        (String) execution.getVariable(Vars.SIGN_OFF_NOTES), (String) execution.getVariable(Vars.EXPERT_ADVICE));
    execution.setVariable(Vars.ESCALATIONS, escalation);
  }
}
