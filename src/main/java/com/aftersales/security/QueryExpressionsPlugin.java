package com.aftersales.security;

import com.aftersales.tasklist.ListCriteriaFilterService;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Query expressions stay off (application.yml: {@code enable-expressions-in-stored-queries} and
 * {@code -adhoc-queries} false): the engine evaluates whatever JUEL a saved filter or a query carries, so every
 * staff user, who may create Tasklist filters, could run code on the server. The lists that used
 * {@code ${currentUser()}} and {@code ${now()}} get those values from {@link ListCriteriaFilterService} instead.
 */
@Component
public class QueryExpressionsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFilterService(new ListCriteriaFilterService(configuration.getIdentityService()));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
