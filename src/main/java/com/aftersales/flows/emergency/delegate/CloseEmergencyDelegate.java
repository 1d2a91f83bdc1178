package com.aftersales.flows.emergency.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.emergency.EmergencyService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the emergency and its case once the unit runs again and the emergency stock is accounted for. */
@Component("closeEmergencyDelegate")
public class CloseEmergencyDelegate implements JavaDelegate {

  private final EmergencyService emergencies;

  public CloseEmergencyDelegate(EmergencyService emergencies) {
    this.emergencies = emergencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    emergencies.close(Steps.required(execution, CaseVariables.CASE_NUMBER), Steps.now());
  }
}
