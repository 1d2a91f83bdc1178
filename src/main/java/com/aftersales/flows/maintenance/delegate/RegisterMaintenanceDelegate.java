package com.aftersales.flows.maintenance.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.maintenance.MaintenanceService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files the maintenance request of an installed product (its serial number names the unit). */
@Component("registerMaintenanceDelegate")
public class RegisterMaintenanceDelegate implements JavaDelegate {

  private final MaintenanceService maintenance;

  public RegisterMaintenanceDelegate(MaintenanceService maintenance) {
    this.maintenance = maintenance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    maintenance.register(Steps.required(execution, CaseVariables.CASE_NUMBER),
        Steps.string(execution, CaseVariables.SERIAL_NUMBER), Steps.now());
  }
}
