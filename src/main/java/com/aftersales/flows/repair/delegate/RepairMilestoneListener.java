package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of the milestones of repair.bpmn that record nothing themselves (a user task or subprocess
 * starts, a timer is reached): the case takes the status {@link RepairService#MILESTONES} gives the element.
 * The model names only this bean, so the status values live in the code (ModelsAndCodeAgreeTest checks that
 * the listener sits exactly on the milestones).
 */
@Component("repairMilestoneListener")
public class RepairMilestoneListener implements ExecutionListener {

  private final RepairService records;

  public RepairMilestoneListener(RepairService records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    records.milestoneReached(execution.getProcessBusinessKey(), execution.getCurrentActivityId());
  }
}
