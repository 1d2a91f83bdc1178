package com.aftersales.flows.consultation;

import org.springframework.stereotype.Component;

/** Exposes the configured due dates to consultation.bpmn ({@code ${consultationTimers.compileDue}}). */
@Component("consultationTimers")
public class ConsultationTimers {

  private final ConsultationProperties properties;

  public ConsultationTimers(ConsultationProperties properties) {
    this.properties = properties;
  }

  public String getCompileDue() {
    return properties.compileDue();
  }

  public String getInstructionDue() {
    return properties.instructionDue();
  }

  public String getFollowThroughDue() {
    return properties.followThroughDue();
  }
}
