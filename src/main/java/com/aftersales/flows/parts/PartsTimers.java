package com.aftersales.flows.parts;

import org.springframework.stereotype.Component;

/** Exposes the configured timer expressions to parts-approval.bpmn ({@code ${partsTimers.paymentReminderCycle}}). */
@Component("partsTimers")
public class PartsTimers {

  private final PartsProperties properties;

  public PartsTimers(PartsProperties properties) {
    this.properties = properties;
  }

  public String getPaymentReminderCycle() {
    return properties.paymentReminderCycle();
  }

  public String getPaymentOverdueAfter() {
    return properties.paymentOverdueAfter();
  }

  public String getPaymentEscalationGroup() {
    return properties.paymentEscalationGroup();
  }

  /** Timer_PickupNoticeMissing: chase the factory while its pickup notice has not come (000 §3.1). */
  public String getPickupNoticeChaseCycle() {
    return properties.pickupNoticeChaseCycle();
  }

  public String getSummaryRecipients() {
    return properties.summaryRecipients();
  }
}
