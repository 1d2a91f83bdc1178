package com.aftersales.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps (Admin, Cockpit, Tasklist) keep a logged-in user's groups, tenants and apps in the session and check
 * them again only every {@code camunda.bpm.webapp.auth.cache.time-to-live} (5 minutes). In front of Camunda's own
 * authentication filter, this one compares the {@link IdentityGeneration} with the value the session last saw and,
 * when any identity changed on any node, marks the session's logins as due, so Camunda checks them again on this
 * very request (a deleted user is logged out, a removed group's rights are gone). Needs Camunda's cache check
 * switched on ({@code camunda.bpm.webapp.auth.cache.ttl-enabled}, the default).
 */
public class WebappAuthenticationRefreshFilter extends OncePerRequestFilter {

  static final String SEEN_GENERATION = WebappAuthenticationRefreshFilter.class.getName() + ".generation";

  private final IdentityGeneration generation;

  public WebappAuthenticationRefreshFilter(IdentityGeneration generation) {
    this.generation = generation;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(ApiAuthenticationFilter.WEBAPP_SESSION_ATTRIBUTE) instanceof Authentications logins
        && !logins.getAuthentications().isEmpty()) {
      long current = generation.current();
      if (!(session.getAttribute(SEEN_GENERATION) instanceof Long seen) || seen != current) {
        for (Authentication login : logins.getAuthentications()) {
          if (login instanceof UserAuthentication user) {
            user.setCacheValidationTime(null);
          }
        }
        session.setAttribute(SEEN_GENERATION, current);
      }
    }
    chain.doFilter(request, response);
  }
}
