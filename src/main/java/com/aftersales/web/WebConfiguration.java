package com.aftersales.web;


import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Limits on what the application's own API and the engine's APIs accept, and how they read JSON. */
@Configuration
@EnableConfigurationProperties({ApiProperties.class, EngineApiProperties.class})
public class WebConfiguration {

  /** Trailing text after the JSON value makes the body malformed, not ignored. */
  @Bean
  public Jackson2ObjectMapperBuilderCustomizer strictJsonBodies() {
    return builder -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * An encoded slash (%2F) in a path stays part of its segment instead of Tomcat refusing the request with
   * an HTML page: /api/service-requests/..%2F..%2Fetc is then an unknown case (404 problem+json), never a
   * path outside the resource.
   */
  @Bean
  public WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesStayInTheirSegment() {
    return factory -> factory.addConnectorCustomizers(
        connector -> connector.setEncodedSolidusHandling("passthrough"));
  }

  /**
   * Before the API's authentication (HIGHEST_PRECEDENCE + 20), so an oversized body is never read. An
   * {@link ApiUploadLimit} bean (the case photos) gives its upload path a larger limit.
   */
  @Bean
  public FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      ApiProperties properties, ObjectMapper objectMapper, ObjectProvider<ApiUploadLimit> upload) {
    ApiUploadLimit uploads = upload.getIfAvailable();
    FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(uploads == null
        ? new RequestSizeLimitFilter(properties.maxBodyBytes(), objectMapper)
        : new RequestSizeLimitFilter(properties.maxBodyBytes(), uploads.path(), uploads.maxBodyBytes(), true,
            objectMapper));
    registration.setName("api-request-size-limit");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Deployments and task attachments: the larger of the engine API's two body limits. */
  static final Pattern UPLOADS = Pattern.compile("/(deployment/create|task/[^/]+/attachment/create)$");

  /** The engine's REST API and the webapps' API, which had no limit at all (and a filter buffering JSON bodies). */
  @Bean
  public FilterRegistrationBean<RequestSizeLimitFilter> engineRequestSizeLimitFilter(
      EngineApiProperties properties, ObjectMapper objectMapper) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
        new RequestSizeLimitFilter(properties.maxBodyBytes(), UPLOADS, properties.maxUploadBytes(), objectMapper));
    registration.setName("engine-request-size-limit");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** First of all: a path that is not plain never reaches authentication or the contact-data filter. */
  @Bean
  public FilterRegistrationBean<RequestFirewallFilter> requestFirewallFilter(ObjectMapper objectMapper) {
    FilterRegistrationBean<RequestFirewallFilter> registration =
        new FilterRegistrationBean<>(new RequestFirewallFilter(objectMapper));
    registration.setName("request-firewall");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** A direct request for Spring's error page: 404, not the 500 of an error page without an error. */
  @Bean
  public FilterRegistrationBean<DirectErrorRequestFilter> directErrorRequestFilter(ObjectMapper objectMapper) {
    FilterRegistrationBean<DirectErrorRequestFilter> registration =
        new FilterRegistrationBean<>(new DirectErrorRequestFilter(objectMapper));
    registration.setName("direct-error-request");
    registration.addUrlPatterns("/error", "/error/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** External tasks only on /engine-rest (see the filter); after the firewall, before authentication. */
  @Bean
  public FilterRegistrationBean<WebappExternalTasksFilter> webappExternalTasksFilter(ObjectMapper objectMapper) {
    FilterRegistrationBean<WebappExternalTasksFilter> registration =
        new FilterRegistrationBean<>(new WebappExternalTasksFilter(objectMapper));
    registration.setName("webapp-external-tasks");
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }
}
