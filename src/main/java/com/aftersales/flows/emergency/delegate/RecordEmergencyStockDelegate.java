package com.aftersales.flows.emergency.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.emergency.EmergencyProcess.Vars;
import com.aftersales.flows.emergency.EmergencyService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files what the warehouse gave from the emergency store and what it lacked (rulebook 003 八3). */
@Component("recordEmergencyStockDelegate")
public class RecordEmergencyStockDelegate implements JavaDelegate {

  private final EmergencyService emergencies;

  public RecordEmergencyStockDelegate(EmergencyService emergencies) {
    this.emergencies = emergencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    emergencies.stock(Steps.required(execution, CaseVariables.CASE_NUMBER), Steps.required(execution, Vars.STOCK_DRAWN),
        Steps.flag(execution, Vars.STOCK_SHORT), Steps.string(execution, Vars.STOCK_SHORT_NOTE), Steps.user(execution),
        Steps.now());
  }
}
