package com.aftersales.flows.visit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Typed reads of a visit's variables (forms give numbers as Long or Double, booleans may be absent). */
public final class VisitVariables {

  private VisitVariables() {}

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public static Integer integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number number) {
      return number.intValue();
    }
    if (value instanceof String text && !text.isBlank()) {
      return Integer.valueOf(text.trim());
    }
    return null;
  }

  public static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /** The staff user completing the step's task, null when the engine runs it without one (a job). */
  public static String currentUser(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
