package com.aftersales.tasklist;

import org.camunda.bpm.engine.AuthorizationException;

/** Someone who is no manager tried to move a task's due date; the engine's REST API answers 403. */
public class DueDateMoveRefusedException extends AuthorizationException {

  private static final long serialVersionUID = 1L;

  public DueDateMoveRefusedException(String message) {
    super(message);
  }
}
