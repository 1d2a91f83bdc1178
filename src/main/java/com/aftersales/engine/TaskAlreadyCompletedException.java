package com.aftersales.engine;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A second completion of a task someone else has just completed (two people pressing "Complete" in Tasklist at
 * the same moment). The engine REST API keeps a {@link RestException}'s status when it reports a failed
 * completion, so the caller gets 409 Conflict instead of a 500; Java callers get a ProcessEngineException.
 */
public class TaskAlreadyCompletedException extends RestException {

  public TaskAlreadyCompletedException(String taskId, Throwable cause) {
    super(Status.CONFLICT, cause instanceof Exception e ? e : null,
        "Task " + taskId + " has already been completed by someone else; nothing was changed. Reload the task list.");
  }
}
