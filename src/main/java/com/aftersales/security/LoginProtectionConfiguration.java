package com.aftersales.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The login throttle and the webapps' login refresh, both ahead of every authentication filter. */
@Configuration
public class LoginProtectionConfiguration {

  @Bean
  public FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(
      LoginThrottle throttle, ObjectMapper objectMapper) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, objectMapper));
    registration.setName("login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/admin/auth/user/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<WebappAuthenticationRefreshFilter> webappAuthenticationRefreshFilter(
      IdentityGeneration generation) {
    FilterRegistrationBean<WebappAuthenticationRefreshFilter> registration =
        new FilterRegistrationBean<>(new WebappAuthenticationRefreshFilter(generation));
    registration.setName("webapp-authentication-refresh");
    registration.addUrlPatterns("/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
