package com.aftersales.variables;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The staff member whose action runs the step: the user the engine's identity service holds for the command
 * (Tasklist and the REST API set it on every request), or nobody in a job. The one helper delegates and
 * listeners use to sign what they record.
 */
public final class CurrentUser {

  private CurrentUser() {}

  /** The authenticated user of the command running the step, or null (a job, a timer). */
  public static String of(ProcessEngineServicesAware scope) {
    Authentication authentication = scope.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /** Who completes {@code task}: its assignee (Tasklist claims first), else the authenticated REST user. */
  public static String completing(DelegateTask task) {
    return task.getAssignee() != null ? task.getAssignee() : of(task);
  }
}
