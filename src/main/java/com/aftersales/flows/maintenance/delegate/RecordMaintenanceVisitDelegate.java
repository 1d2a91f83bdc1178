package com.aftersales.flows.maintenance.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.maintenance.MaintenanceProcess.Vars;
import com.aftersales.flows.maintenance.MaintenanceService;
import com.aftersales.flows.maintenance.MaintenanceVisit;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Files one visit: servicing and teaching confirmed (000 part 5 一2), findings and unsolved problems (reported to
 * engineering when there are any, 一3/一4/二2), the follow-on and the customer's satisfaction; schedules the next one.
 */
@Component("recordMaintenanceVisitDelegate")
public class RecordMaintenanceVisitDelegate implements JavaDelegate {

  private final MaintenanceService maintenance;

  public RecordMaintenanceVisitDelegate(MaintenanceService maintenance) {
    this.maintenance = maintenance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!Steps.flag(execution, Vars.SERVICED) || !Steps.flag(execution, Vars.SKILLS_TAUGHT)) {
      throw new IllegalArgumentException("serviced and skillsTaught: a visit services the unit and shows the customer"
          + " its use and care (rulebook 000 part 5 一2)");
    }
    Integer score = Steps.integer(execution, Vars.SATISFACTION_SCORE);
    if (score == null) {
      throw new IllegalArgumentException("Process variable " + Vars.SATISFACTION_SCORE + " is missing");
    }
    String caseNumber = Steps.required(execution, CaseVariables.CASE_NUMBER);
    int number = Steps.integer(execution, Vars.VISIT_NUMBER);
    String findings = Steps.string(execution, Vars.FINDINGS);
    String unsolved = Steps.string(execution, Vars.OPEN_ISSUES);
    String followOn = Steps.required(execution, Vars.SITE_PROBLEM);
    if (!"none".equals(followOn) && Steps.string(execution, Vars.FOLLOW_ON_NOTE) == null) {
      execution.setVariable(Vars.FOLLOW_ON_NOTE, unsolved != null ? unsolved : findings);
    }
    maintenance.visit(new MaintenanceVisit(caseNumber, number,
        LocalDate.parse(Steps.required(execution, Vars.VISIT_DATE_TEXT)), Steps.user(execution), findings, unsolved,
        followOn, score, Steps.now()), Steps.user(execution));
    execution.setVariable(Vars.REPORT_TO_ENGINEERING, findings != null || unsolved != null);
    int left = Steps.integer(execution, Vars.PLANNED_VISITS) - number;
    execution.setVariable(Vars.VISITS_LEFT, left);
    if (left > 0) {
      MaintenanceSchedules.apply(execution, maintenance.schedule(number + 1,
          Steps.date(execution, Vars.FIRST_VISIT_DATE), Steps.required(execution, Vars.VISIT_INTERVAL), Steps.now()));
    }
  }
}
