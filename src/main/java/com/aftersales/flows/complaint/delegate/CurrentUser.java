package com.aftersales.flows.complaint.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The staff member whose task completion triggered the step (Tasklist or REST), if any. */
final class CurrentUser {

  private CurrentUser() {}

  static String of(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
