package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the service manager's review of a dissatisfied customer's case. */
@Component("recordSatisfactionReviewDelegate")
public class RecordSatisfactionReviewDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordSatisfactionReviewDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.satisfactionReview(execution.getProcessBusinessKey(), Typed.REVIEW_FINDINGS.get(execution));
  }
}
