package com.aftersales.cases;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the process engine wait for Flyway. In the web application a servlet filter needs the engine while
 * the server starts, before Flyway would run; the engine then creates its tables first, Flyway finds a
 * non-empty schema, baselines it (baseline-on-migrate) and skips V1, so service_case is never created.
 * With this dependency Flyway always migrates an empty schema first.
 */
@Configuration(proxyBeanMethods = false)
public class FlywayBeforeEngine {

  @Bean
  static BeanFactoryPostProcessor processEngineDependsOnFlyway() {
    return beanFactory -> {
      String[] flyway = beanFactory.getBeanNamesForType(FlywayMigrationInitializer.class, true, false);
      if (flyway.length == 0) {
        return;
      }
      for (String engine : beanFactory.getBeanNamesForType(ProcessEngine.class, true, false)) {
        String definitionName = engine.startsWith("&") ? engine.substring(1) : engine;
        BeanDefinition definition = beanFactory.getBeanDefinition(definitionName);
        Set<String> dependsOn = new LinkedHashSet<>();
        if (definition.getDependsOn() != null) {
          dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
        }
        dependsOn.addAll(Arrays.asList(flyway));
        definition.setDependsOn(dependsOn.toArray(String[]::new));
      }
    };
  }
}
