package com.aftersales.flows.repair;

import org.springframework.stereotype.Component;

/**
 * Exposes the payment reminder settings to repair.bpmn ({@code ${repairPaymentTimers.reminderCycle}},
 * {@code ${repairPaymentTimers.remindersBeforeChase}}).
 */
@Component("repairPaymentTimers")
public class RepairPaymentTimers {

  private final RepairPaymentProperties properties;

  public RepairPaymentTimers(RepairPaymentProperties properties) {
    this.properties = properties;
  }

  public String getReminderCycle() {
    return properties.reminderCycle();
  }

  public int getRemindersBeforeChase() {
    return properties.remindersBeforeChase();
  }
}
