package com.aftersales.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Plugins' command interceptors, placed before the engine's own (outside its transaction and command context). */
public final class PreCommandInterceptors {

  private PreCommandInterceptors() {}

  /** Adds {@code interceptor} after those added before it; call from a plugin's {@code preInit}. */
  public static void add(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(interceptor);
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }
}
