package com.aftersales.flows.maintenance;

import org.springframework.stereotype.Component;

/** Exposes the configured engineering address to maintenance.bpmn ({@code ${maintenanceTimers.engineeringEmail}}). */
@Component("maintenanceTimers")
public class MaintenanceTimers {

  private final MaintenanceProperties properties;

  public MaintenanceTimers(MaintenanceProperties properties) {
    this.properties = properties;
  }

  public String getEngineeringEmail() {
    return properties.engineeringEmail();
  }
}
