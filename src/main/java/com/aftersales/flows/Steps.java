package com.aftersales.flows;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * What the steps of the service-type flows (consultation, installation, maintenance, emergency) read from their
 * process: variables as forms store them, who completed the task that ran the step, and the engine clock (which the
 * tests move). A missing required value fails the step, so the task's completion is rolled back, not half-written.
 */
public final class Steps {

  private Steps() {}

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  public static String required(VariableScope scope, String name) {
    String value = string(scope, name);
    if (value == null) {
      throw new IllegalArgumentException("Process variable " + name + " is missing");
    }
    return value;
  }

  /** A form checkbox: absent or false is false. */
  public static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** A form number field (Long, Integer or Double), or null. */
  public static Integer integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString().trim());
  }

  /** A form date field (yyyy-MM-dd), or null. */
  public static LocalDate date(VariableScope scope, String name) {
    String value = string(scope, name);
    return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
  }

  /** The staff member whose task completion ran the step (Tasklist or REST), or null for a timer or job. */
  public static String user(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
