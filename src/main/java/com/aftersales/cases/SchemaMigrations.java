package com.aftersales.cases;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * When Flyway runs: inside the process engine's build, right after the engine's own schema operations (it creates
 * and checks its ACT_ tables) and before anything else: the other engine plugins (the admin and demo users raise
 * {@code identity_generation}), the deployments and, once the application is ready, the job executor.
 *
 * <p>Both orders matter. The application's tables must exist before any of those write a case record or a counter;
 * the engine-index migrations ({@code db/engine/{vendor}}, V260_1 ...) need the engine's tables. Spring Boot's own
 * Flyway initializer therefore does nothing ({@link #migrateWithTheEngine()}), and {@link Migrate}, the first
 * engine plugin, migrates. On a new database the engine's tables are there before Flyway's history table, hence
 * {@code spring.flyway.baseline-on-migrate} with baseline version 0 (every migration still runs).
 */
@Configuration(proxyBeanMethods = false)
public class SchemaMigrations {

  /** Spring Boot's initializer would migrate before the engine exists; {@link Migrate} does it in the build. */
  @Bean
  FlywayMigrationStrategy migrateWithTheEngine() {
    return flyway -> {};
  }

  @Bean
  Migrate flywayInEngineBuild(ObjectProvider<Flyway> flyway) {
    return new Migrate(flyway);
  }

  /** The first engine plugin: migrates once the engine's schema exists and before any other plugin runs. */
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public static class Migrate extends AbstractProcessEnginePlugin {

    private final ObjectProvider<Flyway> flyway;

    Migrate(ObjectProvider<Flyway> flyway) {
      this.flyway = flyway;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
      flyway.ifAvailable(Flyway::migrate);
    }

    @Override
    public String toString() {
      return "SchemaMigrations";
    }
  }
}
