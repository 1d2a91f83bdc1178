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
 * (docs/performance.md). This resolver answers first, with the same configuration, built once per JAX-RS
 * application: a configured mapper is safe to share between threads, and Jackson copies the date format before each
 * use. It serves /engine-rest (this customizer) and the webapps' copy of the API, which Tasklist and Cockpit use
 * ({@link WebappEngineApiProviders}). {@code aftersales.tuning.shared-rest-object-mapper=false} leaves Camunda's
 * resolver alone.
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

  /**
   * How often either REST API asked a resolver of this class for a mapper, for the test that shows this resolver is
   * the one asked.
   */
  static int lookups() {
    return Resolver.LOOKUPS.get();
  }

  /**
   * Produces what Camunda's resolver produces, at a higher priority (a lower number) than its default. Public with a
   * no-argument constructor: the webapps' API instantiates it by name.
   */
  @Provider
  @Produces({MediaType.APPLICATION_JSON, "application/hal+json"})
  @Priority(1)
  public static final class Resolver implements ContextResolver<ObjectMapper> {

    private static final AtomicInteger LOOKUPS = new AtomicInteger();

    private final ObjectMapper mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

    @Override
    public ObjectMapper getContext(Class<?> type) {
      LOOKUPS.incrementAndGet();
      return mapper;
    }
  }
}
