package com.aftersales.security;

import com.aftersales.cases.CaseVariables;
import com.aftersales.hardening.BufferedRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps customer contact data (phone, e-mail, address) away from staff whose groups do not need it
 * ({@link ContactDataPolicy}) on the engine's own APIs: /engine-rest and the webapps' /camunda/api (Tasklist,
 * Cockpit). Process variables carry the contact data because the mails and the forms of customer service,
 * engineers, sales and finance need it; the engine's READ on a task or instance grants every variable, so the
 * rule is enforced here, in front of the engine, for every route that reads or searches variables:
 *
 * <ul>
 *   <li>answers: the {@code value} of a contact variable becomes {@code null} wherever it appears (variable maps,
 *       variable instance lists, history details, Cockpit's variable views);
 *   <li>requests that name a contact variable (a single-variable URL, a search or sort by its value, a completion
 *       that would write it) are refused with 403: a value search would otherwise reveal the value without
 *       returning it.
 * </ul>
 *
 * Staff whose groups need contact data pass through untouched, at no cost.
 */
public class ContactDataFilter extends OncePerRequestFilter {

  static final List<String> CONTACT_VARIABLES =
      List.of(CaseVariables.CUSTOMER_PHONE, CaseVariables.CUSTOMER_EMAIL, CaseVariables.CUSTOMER_ADDRESS);

  /** Request fields holding a LIKE pattern over variable names: a pattern matching a contact name counts. */
  private static final List<String> NAME_PATTERN_FIELDS = List.of("variablenamelike", "namelike");

  private final IdentityService identityService;
  private final String processEngineName;
  private final ObjectMapper objectMapper;

  public ContactDataFilter(IdentityService identityService, String processEngineName, ObjectMapper objectMapper) {
    this.identityService = identityService;
    this.processEngineName = processEngineName;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Collection<String>> groups = groupsOfCaller(request);
    if (groups.isEmpty() || groups.get().stream().anyMatch(ContactDataPolicy.NEEDING::contains)) {
      // Not signed in (the webapp or REST authentication answers 401 itself), or allowed to see it.
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest readable = withReadableBody(request);
    Optional<String> named = namedContactVariable(readable);
    if (named.isPresent()) {
      refuse(request, response, named.get());
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(readable, buffered);
    maskContactValues(buffered);
    buffered.copyBodyToResponse();
  }

  /**
   * The groups of whoever is calling: on /engine-rest the engine authentication set by the REST API's own
   * authentication filter (which runs before this one); on /camunda/api the webapp login in the session.
   */
  private Optional<Collection<String>> groupsOfCaller(HttpServletRequest request) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest")) {
      Authentication current = identityService.getCurrentAuthentication();
      // No authentication here means the request was let through unauthenticated: treat as no groups at all.
      return Optional.of(current == null || current.getGroupIds() == null ? List.of() : current.getGroupIds());
    }
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(ApiAuthenticationFilter.WEBAPP_SESSION_ATTRIBUTE)
            instanceof Authentications authentications)
        || !(authentications.getAuthenticationForProcessEngine(processEngineName) instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    return Optional.of(user.getGroupIds() == null ? List.of() : user.getGroupIds());
  }

  // --- requests ------------------------------------------------------------------------------------------------

  Optional<String> namedContactVariable(HttpServletRequest request) throws IOException {
    for (String segment : request.getRequestURI().split("/")) {
      Optional<String> found = contactName(URLDecoder.decode(segment, StandardCharsets.UTF_8));
      if (found.isPresent()) {
        return found;
      }
    }
    // The query string only: getParameterMap() would consume a form-encoded body the webapps still need.
    String query = request.getQueryString();
    for (String parameter : query == null ? new String[0] : query.split("&")) {
      int equals = parameter.indexOf('=');
      String key = URLDecoder.decode(equals < 0 ? parameter : parameter.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
      Optional<String> found = contactName(key).or(() -> mentioned(key, value));
      if (found.isPresent()) {
        return found;
      }
    }
    if (request instanceof BufferedRequest buffered && buffered.body().length > 0) {
      try {
        return mentionedIn(null, objectMapper.readTree(buffered.body()));
      } catch (JsonProcessingException notJson) {
        // The engine answers malformed JSON itself (400); nothing to find in it.
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private Optional<String> mentionedIn(String field, JsonNode node) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> child = it.next();
        Optional<String> found = contactName(child.getKey()).or(() -> mentionedIn(child.getKey(), child.getValue()));
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        Optional<String> found = mentionedIn(field, element);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node.isTextual()) {
      return mentioned(field == null ? "" : field, node.asText());
    }
    return Optional.empty();
  }

  /**
   * A contact variable named by one request value: exactly ({@code variableName=customerPhone}), as a condition
   * ({@code processVariables=customerPhone_eq_...}, comma-separated lists too) or by a name pattern.
   */
  private static Optional<String> mentioned(String field, String value) {
    if (NAME_PATTERN_FIELDS.contains(field.toLowerCase(Locale.ROOT))) {
      Pattern like = likePattern(value);
      return CONTACT_VARIABLES.stream().filter(name -> like.matcher(name).matches()).findFirst();
    }
    for (String token : value.split(",")) {
      String trimmed = token.trim();
      Optional<String> found =
          CONTACT_VARIABLES.stream()
              .filter(name -> trimmed.equalsIgnoreCase(name) || startsWithIgnoreCase(trimmed, name + "_"))
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> contactName(String text) {
    return CONTACT_VARIABLES.stream().filter(text::equalsIgnoreCase).findFirst();
  }

  private static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** SQL LIKE (as the engine's name-like filters use it) as a case-insensitive regular expression. */
  static Pattern likePattern(String like) {
    StringBuilder regex = new StringBuilder();
    for (char c : like.toCharArray()) {
      switch (c) {
        case '%' -> regex.append(".*");
        case '_' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String variable) throws IOException {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN,
            "Customer contact data ('" + variable + "') is available only to customer service, service managers,"
                + " engineers, sales, the sales office and finance; it cannot be read, searched or changed by your groups.");
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("field", variable);
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    objectMapper.writeValue(response.getOutputStream(), problem);
  }

  // --- answers -------------------------------------------------------------------------------------------------

  private void maskContactValues(ContentCachingResponseWrapper response) throws IOException {
    String contentType = response.getContentType();
    byte[] body = response.getContentAsByteArray();
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json") || body.length == 0) {
      return;
    }
    JsonNode json;
    try {
      json = objectMapper.readTree(body);
    } catch (JsonProcessingException notJson) {
      return;
    }
    if (mask(json)) {
      response.resetBuffer();
      response.getOutputStream().write(objectMapper.writeValueAsBytes(json));
    }
  }

  /** Blanks contact values in place; true when something was blanked. */
  static boolean mask(JsonNode node) {
    boolean masked = false;
    if (node instanceof ObjectNode object) {
      String name = object.path("name").asText(object.path("variableName").asText(""));
      if (CONTACT_VARIABLES.contains(name)) {
        masked |= blank(object);
      }
      List<String> fields = new ArrayList<>();
      object.fieldNames().forEachRemaining(fields::add);
      for (String field : fields) {
        JsonNode child = object.get(field);
        if (CONTACT_VARIABLES.contains(field)) {
          if (child instanceof ObjectNode variable) {
            masked |= blank(variable);
          } else if (!child.isNull()) {
            object.putNull(field);
            masked = true;
          }
        } else {
          masked |= mask(child);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        masked |= mask(element);
      }
    }
    return masked;
  }

  private static boolean blank(ObjectNode variable) {
    boolean masked = false;
    for (String field : List.of("value", "textValue", "textValue2")) {
      if (variable.has(field) && !variable.get(field).isNull()) {
        variable.putNull(field);
        masked = true;
      }
    }
    return masked;
  }

  private static HttpServletRequest withReadableBody(HttpServletRequest request) throws IOException {
    String contentType = request.getContentType();
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
      return request;
    }
    return new BufferedRequest(request, request.getInputStream().readAllBytes());
  }
}
