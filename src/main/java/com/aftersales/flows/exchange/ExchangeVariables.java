package com.aftersales.flows.exchange;

import com.aftersales.cases.CaseVariables;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Typed reads of the exchange flow's variables, shared by its delegates and listeners. */
final class ExchangeVariables {

  private ExchangeVariables() {}

  static String caseNumber(DelegateExecution execution) {
    Object value = execution.getVariable(CaseVariables.CASE_NUMBER);
    String caseNumber = value != null ? value.toString() : execution.getProcessBusinessKey();
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new IllegalStateException("Exchange process " + execution.getProcessInstanceId() + " has no case number");
    }
    return caseNumber;
  }

  static String caseNumber(DelegateTask task) {
    return caseNumber(task.getExecution());
  }

  static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  static Boolean bool(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    return Boolean.valueOf(value.toString());
  }

  static Integer integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      if (n.doubleValue() != Math.rint(n.doubleValue())) {
        throw new IllegalArgumentException(name + " must be a whole number, not " + value);
      }
      return n.intValue();
    }
    try {
      return Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not " + value, e);
    }
  }

  static Date date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Date d ? d : null;
  }

  /** Who completed the task: its assignee (Tasklist claims first), else the authenticated REST user. */
  static String completedBy(DelegateTask task, IdentityService identityService) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication != null ? authentication.getUserId() : null;
  }
}
