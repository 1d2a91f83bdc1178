package com.aftersales.flows.repair.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * For process instances of repair definitions deployed before {@link RepairMilestoneListener}: their models
 * call {@code ${repairCaseStatus.update(execution, 'AT_FACTORY')}} at the same milestones, which now take
 * their status the one way, from the element reached (the status those models name is the same). Remove
 * once no instance of such a definition runs.
 */
@Component("repairCaseStatus")
public class RepairCaseStatus {

  private final RepairMilestoneListener milestones;

  public RepairCaseStatus(RepairMilestoneListener milestones) {
    this.milestones = milestones;
  }

  /** @param status the status the earlier model names; the element reached decides */
  public void update(DelegateExecution execution, String status) {
    milestones.notify(execution);
  }
}
