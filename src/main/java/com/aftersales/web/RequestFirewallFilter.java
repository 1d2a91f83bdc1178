package com.aftersales.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 any request whose path is not plain: matrix parameters ({@code ;x}, {@code ;jsessionid=1},
 * encoded {@code %3B}), encoded slash, backslash, percent or dot, {@code //}, dot segments, control characters and
 * anything outside printable ASCII. Such paths name the same resource to the engine (the servlet container strips
 * path parameters and decodes the rest) while looking different to every filter that reads the raw path, as the
 * contact-data filter did: {@code /variables/customerPhone;x} was the phone number. Like Spring Security's
 * StrictHttpFirewall, but without Spring Security: nothing else of it is used here. No legitimate path of the
 * engine's or the application's API needs any of these; query strings are left alone (name patterns need
 * {@code %}).
 */
public class RequestFirewallFilter extends OncePerRequestFilter {

  /** Encoded forms (upper case) refused anywhere in the raw path. */
  private static final List<String> ENCODED =
      List.of("%3B", "%2F", "%5C", "%25", "%2E");

  private final ObjectMapper objectMapper;

  public RequestFirewallFilter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> reason = rejected(request.getRequestURI())
        .or(() -> rejected(request.getServletPath()))
        .or(() -> Optional.ofNullable(request.getPathInfo()).flatMap(RequestFirewallFilter::rejected));
    if (reason.isPresent()) {
      Problems.write(request, response, objectMapper, Problems.of(HttpStatus.BAD_REQUEST, "Request path refused",
          "The request path must be plain: " + reason.get() + " is not accepted."));
      return;
    }
    chain.doFilter(request, response);
  }

  /** Why the path is refused, or empty when it is plain. */
  static Optional<String> rejected(String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return Optional.of("a control or non-ASCII character");
      }
      if (c == ';') {
        return Optional.of("a path parameter (;)");
      }
      if (c == '\\') {
        return Optional.of("a backslash");
      }
    }
    String upper = path.toUpperCase(Locale.ROOT);
    for (String encoded : ENCODED) {
      if (upper.contains(encoded)) {
        return Optional.of("an encoded '" + encoded + "'");
      }
    }
    int percent = upper.indexOf('%');
    while (percent >= 0) {
      // %00-%1F, %7F and %80-%FF: encoded control characters and encoded non-ASCII bytes.
      String hex = upper.substring(percent + 1, Math.min(upper.length(), percent + 3));
      if (hex.length() < 2 || hex.charAt(0) < '2' || hex.charAt(0) > '7' || "7F".equals(hex)) {
        return Optional.of("an encoded control or non-ASCII character");
      }
      percent = upper.indexOf('%', percent + 1);
    }
    if (path.contains("//")) {
      return Optional.of("an empty segment (//)");
    }
    if (path.contains("/./") || path.contains("/../") || path.endsWith("/.") || path.endsWith("/..")) {
      return Optional.of("a dot segment");
    }
    return Optional.empty();
  }
}
