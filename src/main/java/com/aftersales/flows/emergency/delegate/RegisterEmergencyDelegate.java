package com.aftersales.flows.emergency.delegate;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.emergency.EmergencyProcess.Vars;
import com.aftersales.flows.emergency.EmergencyService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Files the emergency and its short commitments: the dispatch by intake's response commitment ({@code responseDueAt},
 * one hour for emergencies), the arrival by {@code aftersales.emergency.arrival-within}.
 */
@Component("registerEmergencyDelegate")
public class RegisterEmergencyDelegate implements JavaDelegate {

  private final EmergencyService emergencies;
  private final StaffTimes times;

  public RegisterEmergencyDelegate(EmergencyService emergencies, StaffTimes times) {
    this.emergencies = emergencies;
    this.times = times;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!(execution.getVariable(CaseVariables.RESPONSE_DUE_AT) instanceof Date responseDue)) {
      throw new IllegalArgumentException("Process variable " + CaseVariables.RESPONSE_DUE_AT + " is missing");
    }
    var commitments = emergencies.register(Steps.required(execution, CaseVariables.CASE_NUMBER), Steps.now(),
        responseDue.toInstant());
    execution.setVariable(Vars.DISPATCH_DUE_AT, Date.from(commitments.dispatchDueAt()));
    execution.setVariable(Vars.ARRIVAL_DUE_AT, Date.from(commitments.arrivalDueAt()));
    execution.setVariable(Vars.ARRIVAL_DUE_TEXT, times.format(commitments.arrivalDueAt()));
  }
}
