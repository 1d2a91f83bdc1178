package com.aftersales.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Staff's work on tasks in Tasklist and over the engine's REST API. */
@Configuration
public class TasksConfiguration {

  /**
   * On both ways to the engine's REST API (Tasklist's {@code /camunda/api/engine} and {@code /engine-rest}), after
   * authentication and the contact-data filter, so it only ever edits a body those let through.
   */
  @Bean
  public FilterRegistrationBean<TaskFormRefFilter> taskFormRefFilter(ObjectMapper objectMapper) {
    FilterRegistrationBean<TaskFormRefFilter> registration = new FilterRegistrationBean<>(new TaskFormRefFilter(objectMapper));
    registration.setName("task-form-ref");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
    return registration;
  }
}
