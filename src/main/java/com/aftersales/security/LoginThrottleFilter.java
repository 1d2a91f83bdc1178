package com.aftersales.security;

import com.aftersales.web.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link LoginThrottle} in front of every place a password is checked: HTTP Basic on /engine-rest and /api, and
 * the webapps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, field {@code username}).
 * A throttled client gets 429 with Retry-After before its password is looked at; afterwards a 401 counts as a
 * wrong password and a 2xx as a right one. Other answers (a 403 of the CSRF filter, say) say nothing about the
 * password and change nothing, so they cannot be used to clear a count.
 *
 * <p>The engine's {@code POST /identity/verify} (under /engine-rest and the webapps' /camunda/api/engine) tells any
 * signed-in caller whether some user's password is right, with 200 either way: a guessing channel past this
 * throttle. Nothing here or in the webapps uses it, so it is refused (403).
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);

  static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
  static final Pattern PASSWORD_ORACLE =
      Pattern.compile("(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/identity/verify/?");

  private final LoginThrottle throttle;
  private final ObjectMapper objectMapper;

  public LoginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
    this.throttle = throttle;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = path(request);
    if (PASSWORD_ORACLE.matcher(path).matches()) {
      problem(request, response, HttpStatus.FORBIDDEN,
          "Checking a user's password through the REST API is switched off; sign in instead.");
      return;
    }
    Optional<String> userId = attemptedUser(request, path);
    if (userId.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String client = client(request.getRemoteAddr());
    Optional<Duration> wait = throttle.waitBeforeCheck(client, userId.get());
    if (wait.isPresent()) {
      LOG.warn("Throttled sign-in of user '{}' from {} for {} s", userId.get().replaceAll("\\p{Cntrl}", "?"), client,
          seconds(wait.get()));
      tooManyAttempts(request, response, wait.get());
      return;
    }
    chain.doFilter(request, response);
    int status = response.getStatus();
    if (status == HttpStatus.UNAUTHORIZED.value()) {
      throttle.failed(client, userId.get());
    } else if (status >= 200 && status < 300) {
      throttle.succeeded(client, userId.get());
    }
  }

  /** The user id whose password this request makes the application check, if any. */
  private static Optional<String> attemptedUser(HttpServletRequest request, String path) {
    if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
      String username = request.getParameter("username");
      return Optional.ofNullable(username == null || username.isEmpty() ? "" : username);
    }
    return BasicCredentials.parse(request.getHeader(HttpHeaders.AUTHORIZATION)).map(BasicCredentials::userId);
  }

  /**
   * The client as the throttle counts it: an IPv4 address, or an IPv6 address's /64 network (one subscriber's
   * usual allocation, so rotating through it does not buy fresh allowances).
   */
  public static String client(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
      return remoteAddress;
    }
    try {
      InetAddress address = InetAddress.getByName(remoteAddress); // a literal (it has a colon): no name lookup
      if (address instanceof Inet6Address) {
        byte[] network = Arrays.copyOf(address.getAddress(), 16);
        Arrays.fill(network, 8, 16, (byte) 0);
        return InetAddress.getByAddress(network).getHostAddress() + "/64";
      }
      return address.getHostAddress();
    } catch (UnknownHostException e) {
      return remoteAddress;
    }
  }

  /** The decoded path within the application, without path parameters, with repeated slashes made one. */
  private static String path(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
  }

  private void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, Duration wait)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)));
    problem(request, response, HttpStatus.TOO_MANY_REQUESTS,
        "Too many wrong passwords from this client; try again in " + seconds(wait) + " seconds.");
  }

  private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    Problems.write(request, response, objectMapper, problem);
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
