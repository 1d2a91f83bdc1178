package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairCaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the case record's status in step with the flow where a milestone is a user task or subprocess
 * (an execution listener: {@code ${repairCaseStatus.update(execution, 'AT_FACTORY')}}). Setting a status
 * is idempotent, so a re-run timer or retried job does no harm.
 */
@Component("repairCaseStatus")
public class RepairCaseStatus {

  private final RepairCaseRecords records;

  public RepairCaseStatus(RepairCaseRecords records) {
    this.records = records;
  }

  public void update(DelegateExecution execution, String status) {
    records.status(execution.getProcessBusinessKey(), status);
  }
}
