package com.aftersales.security;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A comment or attachment refused because the user may not work the task (TaskCommentsPlugin). Camunda's REST API
 * turns every ProcessEngineException of adding a comment or attachment, an AuthorizationException included, into
 * "400 Not enough parameters submitted"; a {@link RestException} keeps its status, so the caller learns the truth:
 * 403, under /engine-rest and Tasklist's /camunda/api/engine alike.
 */
public class TaskWorkRequiredException extends RestException {

  public TaskWorkRequiredException(String message, Exception cause) {
    super(Status.FORBIDDEN, cause, message);
  }
}
