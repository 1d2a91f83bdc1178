package com.aftersales.flows.emergency.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.emergency.EmergencyProcess.Vars;
import com.aftersales.flows.emergency.EmergencyService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files one progress report; until the unit runs again each is mailed upward and the next one is due. */
@Component("recordEmergencyProgressDelegate")
public class RecordEmergencyProgressDelegate implements JavaDelegate {

  private final EmergencyService emergencies;

  public RecordEmergencyProgressDelegate(EmergencyService emergencies) {
    this.emergencies = emergencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean resolved = Steps.flag(execution, Vars.RESOLVED);
    int count = emergencies.progress(Steps.required(execution, CaseVariables.CASE_NUMBER),
        Steps.required(execution, Vars.PROGRESS_NOTE), resolved, Steps.user(execution), Steps.now());
    execution.setVariable(Vars.RESOLVED, resolved);
    execution.setVariable(Vars.PROGRESS_COUNT, count);
  }
}
