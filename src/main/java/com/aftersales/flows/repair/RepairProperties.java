package com.aftersales.flows.repair;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.repair.*}: timer expressions of repair.bpmn that the rulebook does not fix (calendar
 * expressions: "N working days", ISO durations).
 *
 * @param cycleWarning when, counted from the start of a repair with new parts, customer service is asked to agree
 *     an extension with the customer. Rulebook 000 §1.3.3.1 says only "提前通知" (tell them ahead of the 7 working
 *     days) and names no day: "5 working days" (two working days' notice) is the project's choice, configurable
 *     as {@code aftersales.repair.cycle-warning}. It must be shorter than the cycle of 7 working days.
 * @param extensionAgreementDue due date of the task to agree the extension with the customer, counted from the
 *     warning: "1 working day" is the project's choice (the rulebook names none), so the customer hears before
 *     the cycle ends; configurable as {@code aftersales.repair.extension-agreement-due}
 */
@ConfigurationProperties("aftersales.repair")
public record RepairProperties(String cycleWarning, String extensionAgreementDue) {

  public static final String DEFAULT_CYCLE_WARNING = "5 working days";
  public static final String DEFAULT_EXTENSION_AGREEMENT_DUE = "1 working day";

  public RepairProperties {
    cycleWarning = orDefault(cycleWarning, DEFAULT_CYCLE_WARNING);
    extensionAgreementDue = orDefault(extensionAgreementDue, DEFAULT_EXTENSION_AGREEMENT_DUE);
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
