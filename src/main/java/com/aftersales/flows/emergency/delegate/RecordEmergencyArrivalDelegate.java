package com.aftersales.flows.emergency.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.emergency.EmergencyProcess.Vars;
import com.aftersales.flows.emergency.EmergencyService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files the team's arrival on site: the time the arrival commitment is judged by. */
@Component("recordEmergencyArrivalDelegate")
public class RecordEmergencyArrivalDelegate implements JavaDelegate {

  private final EmergencyService emergencies;

  public RecordEmergencyArrivalDelegate(EmergencyService emergencies) {
    this.emergencies = emergencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    emergencies.arrival(Steps.required(execution, CaseVariables.CASE_NUMBER),
        Steps.required(execution, Vars.ARRIVAL_NOTE), Steps.user(execution), Steps.now());
  }
}
