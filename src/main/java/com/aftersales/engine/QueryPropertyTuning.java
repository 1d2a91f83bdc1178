package com.aftersales.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Installs {@link QueryPropertyAccessor} before the engine runs its first query (property
 * {@code aftersales.tuning.query-property-cache}, on unless set to false; the benchmark's baseline turns it off).
 */
@Component
@ConditionalOnProperty(prefix = "aftersales.tuning", name = "query-property-cache", matchIfMissing = true)
public class QueryPropertyTuning extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    QueryPropertyAccessor.register();
  }
}
