package com.aftersales.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's tables (Flyway) must exist before the process engine starts: its job executor may run a
 * delegate that writes a case record right away, and Flyway refuses a schema that Camunda filled first.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaBeforeEngineConfiguration {

  static final String ENGINE_BEAN = "processEngineFactoryBean";
  static final String FLYWAY_BEAN = "flywayInitializer";

  @Bean
  static BeanFactoryPostProcessor engineStartsAfterFlyway() {
    return beanFactory -> {
      if (!beanFactory.containsBeanDefinition(ENGINE_BEAN) || !beanFactory.containsBeanDefinition(FLYWAY_BEAN)) {
        return;
      }
      BeanDefinition engine = beanFactory.getBeanDefinition(ENGINE_BEAN);
      List<String> dependsOn = new ArrayList<>();
      if (engine.getDependsOn() != null) {
        dependsOn.addAll(Arrays.asList(engine.getDependsOn()));
      }
      dependsOn.add(FLYWAY_BEAN);
      engine.setDependsOn(dependsOn.toArray(String[]::new));
    };
  }
}
