package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairQuoteBasis;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import com.aftersales.flows.repair.RepairProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After a rejected parts request the service manager chose how the unit is repaired now; the route gateway
 * reads the new {@code repairRoute}, so an unknown route stops the task from completing.
 */
@Component("recordPartsDecisionDelegate")
public class RecordPartsDecisionDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordPartsDecisionDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairRoute route = Typed.REPAIR_ROUTE.required(execution);
    records.partsDecision(execution.getProcessBusinessKey(), Typed.PARTS_REQUEST_NUMBER.get(execution),
        Typed.PARTS_REJECTION_REASON.get(execution), route.code(), Typed.PARTS_DECISION_NOTES.get(execution));
    RepairQuoteBasis.decide(execution);
  }
}
