package com.aftersales.stock;

import com.aftersales.web.InvalidRequestException;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Reading what the requisition's forms submit (numbers come as Long or Double) inside its steps. Unreadable or
 * out-of-range values throw {@link IllegalArgumentException}, so the submitting task is refused with 400 and stays
 * open (engine.TaskCompletionFailuresPlugin).
 */
public final class StepInput {

  private StepInput() {}

  public static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  public static String required(DelegateExecution execution, String name) {
    String text = text(execution, name);
    if (text == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return text;
  }

  /** A whole number between min and max; null counts as {@code absent}. */
  public static int quantity(DelegateExecution execution, String name, int absent, int min, int max) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return absent;
    }
    int quantity;
    try {
      quantity = new BigDecimal(value.toString().trim()).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not " + value, e);
    }
    if (quantity < min || quantity > max) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + quantity);
    }
    return quantity;
  }

  /** The user completing the task that led here; the fallback (e.g. the requester) in a job. */
  public static String actor(IdentityService identityService, String fallback) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? fallback : authentication.getUserId();
  }

  /** Runs a ledger call; the ledger's field errors become the step's bad input. */
  public static <T> T ledger(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidRequestException e) {
      throw new IllegalArgumentException(e.getMessage() + ": " + e.errors(), e);
    }
  }

  /** The idempotency key of a ledger line written by a step of this instance. */
  public static String key(DelegateExecution execution, String what) {
    return execution.getProcessDefinitionId().split(":")[0] + ":" + execution.getProcessInstanceId() + ":" + what;
  }
}
