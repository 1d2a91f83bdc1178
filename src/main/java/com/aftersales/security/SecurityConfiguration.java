package com.aftersales.security;

import com.aftersales.privacy.ContactDataFilter;

import com.aftersales.web.EngineApiProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Authentication in front of the engine's REST API and the application's own API. */
@Configuration
public class SecurityConfiguration {

  /**
   * /engine-rest/**: HTTP Basic against Camunda's users; the engine then checks authorizations for
   * that user (its AuthorizationException becomes 403). Successful checks are remembered briefly
   * ({@link CredentialCache}).
   */
  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(
      ProcessEngine processEngine, CredentialCache credentials) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new CachingEngineAuthenticationFilter(processEngine, credentials));
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /**
   * Contact data on the engine's APIs (REST and the webapps'): inside the REST authentication above, so the
   * caller's groups are known.
   */
  @Bean
  public FilterRegistrationBean<ContactDataFilter> contactDataFilter(
      ProcessEngine processEngine, ObjectMapper objectMapper, EngineApiProperties limits) {
    FilterRegistrationBean<ContactDataFilter> registration =
        new FilterRegistrationBean<>(new ContactDataFilter(
            processEngine.getIdentityService(), processEngine.getName(), objectMapper, limits.maxBodyBytes()));
    registration.setName("contact-data");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(
      ProcessEngine processEngine, CredentialCache credentials, ObjectMapper objectMapper) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(
            processEngine.getIdentityService(), credentials, processEngine.getName(), objectMapper));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
