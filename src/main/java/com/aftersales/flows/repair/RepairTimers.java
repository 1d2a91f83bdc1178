package com.aftersales.flows.repair;

import org.springframework.stereotype.Component;

/** Exposes the configured timer expressions to repair.bpmn ({@code ${repairTimers.cycleWarning}}). */
@Component("repairTimers")
public class RepairTimers {

  private final RepairProperties properties;

  public RepairTimers(RepairProperties properties) {
    this.properties = properties;
  }

  public String getCycleWarning() {
    return properties.cycleWarning();
  }

  public String getExtensionAgreementDue() {
    return properties.extensionAgreementDue();
  }
}
