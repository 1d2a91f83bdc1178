package com.aftersales.flows.repair;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.repair.payment.*}: the payment reminders of a repair invoice (rulebook 000 §1.5.4: after the
 * repair, finance invoices and the customer is urged to pay soon). The rulebook names no interval or count: both
 * defaults are the project's choice.
 *
 * @param reminderCycle how often the customer is reminded while finance has not recorded the payment (a cycle of the
 *     company calendar, default "every 5 working days", so the third reminder comes before the payment task's due
 *     date of 20 working days)
 * @param remindersBeforeChase after this many reminders customer service and finance get a task to contact the customer
 *     (default 3)
 */
@ConfigurationProperties("aftersales.repair.payment")
public record RepairPaymentProperties(String reminderCycle, Integer remindersBeforeChase) {

  public static final String DEFAULT_REMINDER_CYCLE = "every 5 working days";
  public static final int DEFAULT_REMINDERS_BEFORE_CHASE = 3;

  public RepairPaymentProperties {
    reminderCycle = reminderCycle == null || reminderCycle.isBlank() ? DEFAULT_REMINDER_CYCLE : reminderCycle.trim();
    if (remindersBeforeChase == null) {
      remindersBeforeChase = DEFAULT_REMINDERS_BEFORE_CHASE;
    }
    if (remindersBeforeChase < 1) {
      throw new IllegalArgumentException("aftersales.repair.payment.reminders-before-chase must be at least 1");
    }
  }
}
