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
 */
@ConfigurationProperties("aftersales.repair")
public record RepairProperties(String cycleWarning) {

  public static final String DEFAULT_CYCLE_WARNING = "5 working days";

  public RepairProperties {
    cycleWarning = cycleWarning == null || cycleWarning.isBlank() ? DEFAULT_CYCLE_WARNING : cycleWarning.trim();
  }
}
