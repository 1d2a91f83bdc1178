package com.aftersales.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic authentication for /engine-rest, with the password check and the user's groups and tenants
 * taken from {@link CredentialCache}, and the one engine of this application passed in rather than looked up
 * through Java's service loader on every request. The password check, groups and tenants of one request come from
 * one {@link CredentialCache.View} (one read of the identity generation). Everything else (which paths need it, the 401 challenge,
 * setting and clearing the engine's authentication) is Camunda's own filter.
 */
public class CachingEngineAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final ProcessEngine processEngine;
  private final CredentialCache credentials;
  /** The cache as of the current request, taken at its first use. */
  private final ThreadLocal<CredentialCache.View> view = new ThreadLocal<>();

  public CachingEngineAuthenticationFilter(ProcessEngine processEngine, CredentialCache credentials) {
    this.processEngine = processEngine;
    this.credentials = credentials;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      super.doFilter(request, response, chain);
    } finally {
      view.remove();
    }
  }

  private CredentialCache.View view() {
    CredentialCache.View current = view.get();
    if (current == null) {
      current = credentials.view();
      view.set(current);
    }
    return current;
  }

  @Override
  public void init(FilterConfig filterConfig) throws ServletException {
    super.init(filterConfig);
    authenticationProvider = new HttpBasicAuthenticationProvider() {
      @Override
      protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
        return engine == processEngine
            ? view().checkPassword(userName, password)
            : super.isAuthenticated(engine, userName, password);
      }
    };
  }

  @Override
  protected ProcessEngine getAddressedEngine(String engineName) {
    return processEngine.getName().equals(engineName) ? processEngine : super.getAddressedEngine(engineName);
  }

  @Override
  protected List<String> getGroupsOfUser(ProcessEngine engine, String userId) {
    return engine == processEngine ? view().groups(userId) : super.getGroupsOfUser(engine, userId);
  }

  @Override
  protected List<String> getTenantsOfUser(ProcessEngine engine, String userId) {
    return engine == processEngine ? view().tenants(userId) : super.getTenantsOfUser(engine, userId);
  }
}
