package com.aftersales.flows.installation;

import org.springframework.stereotype.Component;

/** Exposes the configured timers and the factory's address to installation.bpmn ({@code ${installationTimers.…}}). */
@Component("installationTimers")
public class InstallationTimers {

  private final InstallationProperties properties;

  public InstallationTimers(InstallationProperties properties) {
    this.properties = properties;
  }

  public String getFollowUpAfter() {
    return properties.followUpAfter();
  }

  public String getFollowUpDue() {
    return properties.followUpDue();
  }

  public String getTeamAssignmentDue() {
    return properties.teamAssignmentDue();
  }

  public String getFactoryEmail() {
    return properties.factoryEmail();
  }
}
