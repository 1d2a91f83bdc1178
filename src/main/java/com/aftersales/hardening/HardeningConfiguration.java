package com.aftersales.hardening;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Limits on what the application's own API accepts; the nightly personal-data purge. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties({ApiProperties.class, RetentionProperties.class})
public class HardeningConfiguration {

  /** Before the API's authentication (HIGHEST_PRECEDENCE + 20), so an oversized body is never read. */
  @Bean
  public FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      ApiProperties properties, ObjectMapper objectMapper) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.maxBodyBytes(), objectMapper));
    registration.setName("api-request-size-limit");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
