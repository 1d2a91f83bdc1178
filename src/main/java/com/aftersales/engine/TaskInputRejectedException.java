package com.aftersales.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task completion refused because of the submitted variables. It is a {@link FormFieldValidationException}
 * because that is the one engine exception the REST API's task completion (/task/{id}/complete and
 * /submit-form) answers with 400 instead of 500 (Camunda 7.24, TaskResourceImpl). Everything the completion
 * did is rolled back: the task stays open, the case unchanged, and there is no incident.
 */
public class TaskInputRejectedException extends FormFieldValidationException {

  public TaskInputRejectedException(String message, Throwable cause) {
    super(message, message, cause);
  }
}
