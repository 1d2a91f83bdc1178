package com.aftersales.flows.emergency.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.emergency.EmergencyProcess.Vars;
import com.aftersales.flows.emergency.EmergencyService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files whether it is an emergency and the team sent (rulebook 003 八2). */
@Component("recordEmergencyDispatchDelegate")
public class RecordEmergencyDispatchDelegate implements JavaDelegate {

  private final EmergencyService emergencies;

  public RecordEmergencyDispatchDelegate(EmergencyService emergencies) {
    this.emergencies = emergencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    emergencies.dispatch(Steps.required(execution, CaseVariables.CASE_NUMBER),
        Steps.required(execution, Vars.KIND), Steps.string(execution, Vars.TEAM_LEADER),
        Steps.string(execution, Vars.TEAM), Steps.required(execution, Vars.DISPATCH_NOTE), Steps.user(execution),
        Steps.now());
    execution.setVariable(Vars.PROGRESS_COUNT, 0);
  }
}
