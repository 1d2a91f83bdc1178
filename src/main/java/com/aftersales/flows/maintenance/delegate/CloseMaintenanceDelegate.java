package com.aftersales.flows.maintenance.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.maintenance.MaintenanceService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the plan and its case once every planned visit is done. */
@Component("closeMaintenanceDelegate")
public class CloseMaintenanceDelegate implements JavaDelegate {

  private final MaintenanceService maintenance;

  public CloseMaintenanceDelegate(MaintenanceService maintenance) {
    this.maintenance = maintenance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    maintenance.close(Steps.required(execution, CaseVariables.CASE_NUMBER), Steps.now());
  }
}
