package com.aftersales.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The webapps (Tasklist, Cockpit) reach the engine through their own copy of the REST API under
 * /camunda/api/engine, a JAX-RS application of Camunda's that Spring's Jersey customizers do not reach. The
 * providers that /engine-rest gets from its customizers are added to that servlet as Jersey providers right after
 * the Camunda starter's initializer has registered it: the client-error mappers ({@link EngineClientErrors}) always,
 * the shared JSON mapper ({@link SharedRestObjectMapper}) when it is on. Its reads then run in one engine command
 * each ({@link EngineReadsInOneCommand}, unless {@code aftersales.tuning.engine-reads-in-one-command} is false),
 * mapped after the webapp's own filters. The initializer is wrapped, because two initializers of the same order
 * run in no defined order.
 */
@Component
public class WebappEngineApiProviders implements BeanPostProcessor {

  /** The servlet name the Camunda starter gives the webapps' engine API. */
  static final String ENGINE_API_SERVLET = "Engine Api";

  /** The filter name of {@link EngineReadsInOneCommand} in the servlet context. */
  static final String READS_FILTER = "Engine reads in one command";

  private final ObjectProvider<SharedRestObjectMapper> sharedMapper;
  private final EngineReadsInOneCommand reads;

  public WebappEngineApiProviders(ObjectProvider<SharedRestObjectMapper> sharedMapper,
      ObjectProvider<ProcessEngine> engine, ObjectProvider<PlatformTransactionManager> transactions,
      @Value("${aftersales.tuning.engine-reads-in-one-command:true}") boolean readsInOneCommand) {
    this.sharedMapper = sharedMapper;
    this.reads = readsInOneCommand ? new EngineReadsInOneCommand(engine::getObject, transactions::getObject) : null;
  }

  /** The filter that runs the webapps' engine reads in one command each, or null when it is switched off. */
  public EngineReadsInOneCommand readsInOneCommand() {
    return reads;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof CamundaBpmWebappInitializer camunda) {
      return (ServletContextInitializer) servletContext -> {
        camunda.onStartup(servletContext);
        addProviders(servletContext, providers());
        if (reads != null) {
          // after the webapp's filters (registered just now, each matched after those before it)
          FilterRegistration.Dynamic filter = servletContext.addFilter(READS_FILTER, reads);
          filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, EngineReadsInOneCommand.PATTERN);
        }
      };
    }
    return bean;
  }

  /** The provider classes the webapps' engine API gets, as Jersey instantiates them by name. */
  List<Class<?>> providers() {
    List<Class<?>> providers = new ArrayList<>(EngineClientErrors.MAPPERS);
    if (sharedMapper.getIfAvailable() != null) {
      providers.add(SharedRestObjectMapper.Resolver.class);
    }
    return providers;
  }

  static void addProviders(ServletContext servletContext, List<Class<?>> providers) throws ServletException {
    ServletRegistration engineApi = servletContext.getServletRegistration(ENGINE_API_SERVLET);
    if (engineApi == null) {
      throw new ServletException("The Camunda webapp's '" + ENGINE_API_SERVLET + "' servlet is not registered;"
          + " its client errors would be answered with 500");
    }
    String names = providers.stream().map(Class::getName).collect(Collectors.joining(","));
    String present = engineApi.getInitParameter(ServerProperties.PROVIDER_CLASSNAMES);
    engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, present == null ? names : present + "," + names);
  }
}
