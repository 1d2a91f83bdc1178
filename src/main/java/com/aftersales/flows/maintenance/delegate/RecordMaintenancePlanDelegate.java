package com.aftersales.flows.maintenance.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.maintenance.MaintenanceProcess.Vars;
import com.aftersales.flows.maintenance.MaintenanceService;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files the visit plan agreed with the customer and schedules the first visit. */
@Component("recordMaintenancePlanDelegate")
public class RecordMaintenancePlanDelegate implements JavaDelegate {

  private final MaintenanceService maintenance;

  public RecordMaintenancePlanDelegate(MaintenanceService maintenance) {
    this.maintenance = maintenance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer visits = Steps.integer(execution, Vars.PLANNED_VISITS);
    LocalDate first = Steps.date(execution, Vars.FIRST_VISIT_DATE);
    if (visits == null || first == null) {
      throw new IllegalArgumentException("plannedVisits and firstVisitDate are required");
    }
    var schedule = maintenance.plan(Steps.required(execution, CaseVariables.CASE_NUMBER), visits,
        Steps.required(execution, Vars.VISIT_INTERVAL), first, Steps.string(execution, Vars.PLAN_NOTE),
        Steps.user(execution), Steps.now());
    execution.setVariable(Vars.PLANNED_VISITS, visits);
    execution.setVariable(Vars.VISITS_LEFT, visits);
    MaintenanceSchedules.apply(execution, schedule);
  }
}
