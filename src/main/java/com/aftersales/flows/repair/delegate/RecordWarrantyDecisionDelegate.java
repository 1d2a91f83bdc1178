package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the warranty decision (coverage and reason from warranty-coverage.dmn) on the case. */
@Component("recordWarrantyDecisionDelegate")
public class RecordWarrantyDecisionDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordWarrantyDecisionDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The business rule task maps the DMN result into these by output parameters.
    records.warrantyDecision(execution.getProcessBusinessKey(), Typed.COVERAGE.get(execution),
        Typed.COVERAGE_REASON.get(execution));
  }
}
