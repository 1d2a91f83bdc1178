package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairCaseRecords;
import com.aftersales.flows.repair.RepairProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After a rejected parts request the service manager chose how the unit is repaired now; the route gateway
 * reads the new {@code repairRoute}, so an unknown route stops the task from completing.
 */
@Component("recordPartsDecisionDelegate")
public class RecordPartsDecisionDelegate implements JavaDelegate {

  private final RepairCaseRecords records;

  public RecordPartsDecisionDelegate(RepairCaseRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String route = (String) execution.getVariable(Vars.REPAIR_ROUTE);
    if (route == null || !RecordDiagnosisDelegate.ROUTES.contains(route)) {
      throw new IllegalArgumentException("repairRoute must be onSite, parts or factory: " + route);
    }
    records.partsDecision(execution.getProcessBusinessKey(),
        (String) execution.getVariable(Vars.PARTS_REQUEST_NUMBER),
        (String) execution.getVariable(Vars.PARTS_REJECTION_REASON), route,
        (String) execution.getVariable(Vars.PARTS_DECISION_NOTES));
  }
}
