package com.aftersales.flows.emergency;

import org.springframework.stereotype.Component;

/** Exposes the configured report interval and recipients to emergency.bpmn ({@code ${emergencyTimers.…}}). */
@Component("emergencyTimers")
public class EmergencyTimers {

  private final EmergencyProperties properties;

  public EmergencyTimers(EmergencyProperties properties) {
    this.properties = properties;
  }

  public String getProgressReportEvery() {
    return properties.progressReportEvery();
  }

  public String getReportRecipients() {
    return properties.reportTo();
  }
}
