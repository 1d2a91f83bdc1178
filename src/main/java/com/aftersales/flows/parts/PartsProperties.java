package com.aftersales.flows.parts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.parts.*}. The timer expressions are calendar expressions (see the brief: "N working
 * days", "every N working days", ISO).
 *
 * @param paymentReminderCycle how often the customer is reminded of an unpaid parts invoice
 * @param paymentOverdueAfter when an unpaid invoice is escalated to the service managers
 * @param paymentEscalationGroup who hears about an overdue payment
 * @param summaryRecipients who receives the warehouse's 08:00 summary of booked-in parts
 * @param pickupNoticeChaseCycle how long after an order is placed without the factory's pickup notice the sales
 *     assistant is asked to chase the factory, and again as long as none arrives (000 §3.1: 7–10 working days; the
 *     default takes the rulebook's first figure, {@code aftersales.parts.pickup-notice-chase-cycle})
 */
@ConfigurationProperties("aftersales.parts")
public record PartsProperties(
    String paymentReminderCycle,
    String paymentOverdueAfter,
    String paymentEscalationGroup,
    String summaryRecipients,
    String pickupNoticeChaseCycle) {

  public PartsProperties {
    paymentReminderCycle = orDefault(paymentReminderCycle, "every 3 working days");
    paymentOverdueAfter = orDefault(paymentOverdueAfter, "10 working days");
    paymentEscalationGroup = orDefault(paymentEscalationGroup, "service-managers");
    summaryRecipients = orDefault(summaryRecipients, "planning");
    pickupNoticeChaseCycle = orDefault(pickupNoticeChaseCycle, "every 7 working days");
  }

  /** The defaults, for code and tests without Spring. */
  public static PartsProperties defaults() {
    return new PartsProperties(null, null, null, null, null);
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
