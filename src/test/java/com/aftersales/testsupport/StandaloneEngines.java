package com.aftersales.testsupport;

import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * A process engine of its own on an in-memory H2 database, without job executor, for tests of one engine plugin
 * or setting. The database lives as long as the JVM (DB_CLOSE_DELAY=-1), so an engine closed and built again on
 * the same name sees the same data when {@code databaseSchemaUpdate} is "true".
 */
public final class StandaloneEngines {

  private StandaloneEngines() {}

  public static ProcessEngine build(String name, Consumer<StandaloneInMemProcessEngineConfiguration> settings) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    settings.accept(configuration);
    return configuration.buildProcessEngine();
  }
}
