package com.aftersales.flows.parts.delegate;

import com.aftersales.cases.CaseVariables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Reading what forms and callers put into the variables (forms send numbers as Long or Double and dates as
 * ISO strings); unreadable values throw, so the task that submitted them is not completed.
 */
final class PartsVariables {

  private PartsVariables() {}

  static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  static String required(DelegateExecution execution, String name) {
    String text = text(execution, name);
    if (text == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return text;
  }

  static boolean flag(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  static BigDecimal decimal(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number: " + value, e);
    }
  }

  static int integer(DelegateExecution execution, String name) {
    return decimal(execution, name).intValueExact();
  }

  /** A day from a date field ("2026-03-05") ends at 18:00 in the company's zone; date-times are taken as given. */
  static Date endOfDay(Object value, ZoneId zone, String name) {
    if (value instanceof Date date) {
      return date;
    }
    if (value == null || value.toString().isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    String text = value.toString().trim();
    try {
      return Date.from(LocalDate.parse(text).atTime(18, 0).atZone(zone).toInstant());
    } catch (DateTimeParseException ignored) {
      // a date-time
    }
    try {
      return Date.from(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException ignored) {
      // without offset
    }
    try {
      return Date.from(LocalDateTime.parse(text).atZone(zone).toInstant());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " is not an ISO date: " + text, e);
    }
  }

  /** Whether the process works a case of its own (started by intake with type parts) rather than a caller's. */
  static boolean ownCase(DelegateExecution execution) {
    return "parts".equals(execution.getVariable(CaseVariables.CASE_TYPE))
        && execution.getProcessInstance().getSuperExecution() == null;
  }

  static String caseNumber(DelegateExecution execution) {
    String caseNumber = text(execution, CaseVariables.CASE_NUMBER);
    return caseNumber != null ? caseNumber : execution.getProcessBusinessKey();
  }

  /** The user completing the task that led here (null in a job). */
  static String currentUser(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
