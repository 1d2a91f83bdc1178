package com.aftersales.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * One JSON mapper for Camunda's REST API instead of a new one per use. Camunda's {@link JacksonConfigurator}
 * builds and configures a fresh {@link ObjectMapper} each time a resource or the JSON reader and writer asks for
 * one, several times per request, so every response also rebuilds its serializers by reflection
 * (docs/performance.md). This resolver answers first, with the same configuration, built once: a configured
 * mapper is safe to share between threads, and Jackson copies the date format before each use.
 * {@code aftersales.tuning.shared-rest-object-mapper=false} leaves Camunda's resolver alone.
 */
@Component
@ConditionalOnProperty(name = "aftersales.tuning.shared-rest-object-mapper", havingValue = "true",
    matchIfMissing = true)
public class SharedRestObjectMapper implements ResourceConfigCustomizer {

  private final Resolver resolver = new Resolver();

  @Override
  public void customize(ResourceConfig config) {
    config.register(resolver);
  }

  /** How often the REST API asked for a mapper, for the test that shows this resolver is the one asked. */
  int lookups() {
    return resolver.lookups.get();
  }

  ObjectMapper mapper() {
    return resolver.mapper;
  }

  /** Produces what Camunda's resolver produces, at a higher priority (a lower number) than its default. */
  @Provider
  @Produces({MediaType.APPLICATION_JSON, "application/hal+json"})
  @Priority(1)
  static final class Resolver implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
    private final AtomicInteger lookups = new AtomicInteger();

    @Override
    public ObjectMapper getContext(Class<?> type) {
      lookups.incrementAndGet();
      return mapper;
    }
  }
}
