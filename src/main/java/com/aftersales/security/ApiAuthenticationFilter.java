package com.aftersales.security;

import com.aftersales.web.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only staff into the application's own API (/api/**): HTTP Basic credentials checked against
 * Camunda's identity service, or the session of someone logged into the Camunda webapps. The user
 * and their groups go into the request as {@link StaffUser}; engine authentication is NOT set, the
 * application's own code decides with the groups.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ApiAuthenticationFilter.class);

  /** Session attribute under which the Camunda webapps keep their logins. */
  public static final String WEBAPP_SESSION_ATTRIBUTE = "authenticatedUser";

  private final IdentityService identityService;
  private final CredentialCache credentials;
  private final String processEngineName;
  private final ObjectMapper objectMapper;

  public ApiAuthenticationFilter(
      IdentityService identityService, CredentialCache credentials, String processEngineName, ObjectMapper objectMapper) {
    this.identityService = identityService;
    this.credentials = credentials;
    this.processEngineName = processEngineName;
    this.objectMapper = objectMapper;
  }

  /**
   * The customer's own pages' API (/api/customer/**, selfservice.CustomerPagesController) is open without a staff
   * login; it answers only with its own rate-limited, non-personal data.
   */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.startsWith(CUSTOMER_API);
  }

  /** Kept in step with selfservice.CustomerPagesController.PATH (security imports no feature). */
  static final String CUSTOMER_API = "/api/customer/";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // One read of the identity generation for the whole request.
    CredentialCache.View cache = credentials.view();
    Optional<String> userId =
        request.getHeader(HttpHeaders.AUTHORIZATION) != null ? basicUser(request, cache) : webappUser(request);
    if (userId.isEmpty()) {
      unauthorized(request, response);
      return;
    }
    request.setAttribute(StaffUser.REQUEST_ATTRIBUTE, new StaffUser(userId.get(), cache.groups(userId.get())));
    chain.doFilter(request, response);
  }

  private Optional<String> basicUser(HttpServletRequest request, CredentialCache.View cache) {
    Optional<BasicCredentials> given = BasicCredentials.parse(request.getHeader(HttpHeaders.AUTHORIZATION));
    if (given.isEmpty()) {
      return Optional.empty();
    }
    String userId = given.get().userId();
    // Only the user id is ever logged, never the password.
    if (!cache.checkPassword(userId, given.get().password())) {
      LOG.warn("Rejected API credentials of user '{}' for {} {}", userId, request.getMethod(), request.getRequestURI());
      return Optional.empty();
    }
    return Optional.of(userId);
  }

  /**
   * A Camunda webapp login. Changing requests must carry the webapps' CSRF token, otherwise any
   * page the user visits could post to the API with their session cookie.
   */
  private Optional<String> webappUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(WEBAPP_SESSION_ATTRIBUTE) instanceof Authentications authentications)) {
      return Optional.empty();
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(processEngineName);
    if (!(authentication instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    if (!isSafe(request.getMethod())) {
      Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
      String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
      if (expected == null || !expected.equals(given)) {
        return Optional.empty();
      }
    }
    // The user may have been deleted since logging in.
    if (identityService.createUserQuery().userId(user.getName()).count() == 0) {
      return Optional.empty();
    }
    return Optional.of(user.getName());
  }

  private static boolean isSafe(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  private void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNAUTHORIZED, "Sign in as a staff member (HTTP Basic with your Camunda user and password).");
    problem.setInstance(URI.create(request.getRequestURI()));
    // A page's own script (the desk) asks with X-Requested-With: it shows its sign-in hint instead of the
    // browser's password dialog, which a Basic challenge would open.
    if (request.getHeader("X-Requested-With") == null) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"aftersales\", charset=\"UTF-8\"");
    }
    Problems.write(request, response, objectMapper, problem);
  }
}
