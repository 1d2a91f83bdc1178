package com.aftersales.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Allows the hyphenated group ids the models use (customer-service, service-managers ...): the
 * engine's default id pattern accepts only letters and digits (plus camunda-admin).
 */
@Component
public class GroupIdPlugin extends AbstractProcessEnginePlugin {

  static final String GROUP_ID_PATTERN = "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getGroupResourceWhitelistPattern() == null) {
      configuration.setGroupResourceWhitelistPattern(GROUP_ID_PATTERN);
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
