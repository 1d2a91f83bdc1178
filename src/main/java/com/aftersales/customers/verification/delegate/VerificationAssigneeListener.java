package com.aftersales.customers.verification.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creating Task_VerifyArchives: a salesperson's own sheet is assigned to them (it shows under "My tasks"); a sheet
 * of the verification group stays with the group's candidates.
 */
@Component("verificationAssigneeListener")
public class VerificationAssigneeListener implements TaskListener {

  /** The salesperson whose customers the sheet lists, or null for the verification group's sheet. */
  public static final String VERIFIER = "verifier";

  @Override
  public void notify(DelegateTask task) {
    Object verifier = task.getVariable(VERIFIER);
    if (verifier instanceof String user && !user.isBlank() && task.getAssignee() == null) {
      task.setAssignee(user);
    }
  }
}
