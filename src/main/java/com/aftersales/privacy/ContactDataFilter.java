package com.aftersales.privacy;

import com.aftersales.web.Problems;
import com.aftersales.security.ApiAuthenticationFilter;

import com.aftersales.cases.CaseVariables;
import com.aftersales.web.BufferedRequest;
import com.aftersales.web.RequestSizeLimitFilter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

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

  private final IdentityService identityService;
  private final String processEngineName;
  private final ObjectMapper objectMapper;
  private final long maxBodyBytes;

  public ContactDataFilter(
      IdentityService identityService, String processEngineName, ObjectMapper objectMapper, long maxBodyBytes) {
    this.identityService = identityService;
    this.processEngineName = processEngineName;
    this.objectMapper = objectMapper;
    this.maxBodyBytes = maxBodyBytes;
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
    HttpServletRequest readable;
    try {
      readable = withReadableBody(request);
    } catch (RequestSizeLimitFilter.TooLargeException tooLarge) {
      RequestSizeLimitFilter.tooLarge(request, response, maxBodyBytes, objectMapper);
      return;
    }
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

  /**
   * The contact variable that the request names anywhere: a path segment, a query parameter's name or value, a
   * JSON body's field name or text value. Every value is read as the engine may read it (decoded once, path
   * parameters dropped) and as a client may have hidden it (decoded again and again, {@code %2550} being
   * {@code P}); names are compared ignoring case. Over-refusing an odd request costs nothing; missing one leaks.
   */
  Optional<String> namedContactVariable(HttpServletRequest request) throws IOException {
    for (String segment : request.getRequestURI().split("/")) {
      Optional<String> found = readings(segment, false).stream().map(ContactDataFilter::contactName)
          .flatMap(Optional::stream).findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    // The query string only: getParameterMap() would consume a form-encoded body the webapps still need.
    String query = request.getQueryString();
    for (String parameter : query == null ? new String[0] : query.split("&")) {
      int equals = parameter.indexOf('=');
      String key = equals < 0 ? parameter : parameter.substring(0, equals);
      String value = equals < 0 ? "" : parameter.substring(equals + 1);
      for (String field : readings(key, true)) {
        Optional<String> found = contactName(field).or(() -> mentioned(field, readings(value, true)));
        if (found.isPresent()) {
          return found;
        }
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
        Optional<String> found = readings(child.getKey(), false).stream().map(ContactDataFilter::contactName)
            .flatMap(Optional::stream).findFirst()
            .or(() -> mentionedIn(child.getKey(), child.getValue()));
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
      return mentioned(field == null ? "" : field, readings(node.asText(), false));
    }
    return Optional.empty();
  }

  /**
   * A contact variable named by one request value (in any of its readings): exactly
   * ({@code variableName=customerPhone}), as a condition ({@code processVariables=customerPhone_eq_...},
   * comma-separated lists too) or, in a field whose name ends with "nameLike", by a name pattern.
   */
  private static Optional<String> mentioned(String field, Collection<String> values) {
    boolean pattern = field.toLowerCase(Locale.ROOT).endsWith("namelike");
    for (String value : values) {
      if (pattern) {
        Pattern like = likePattern(value);
        Optional<String> found = CONTACT_VARIABLES.stream().filter(name -> like.matcher(name).matches()).findFirst();
        if (found.isPresent()) {
          return found;
        }
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
    }
    return Optional.empty();
  }

  private static Optional<String> contactName(String text) {
    return CONTACT_VARIABLES.stream().filter(text.trim()::equalsIgnoreCase).findFirst();
  }

  private static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /**
   * The text as given and every reading of it down to the last percent-escape: each round drops path
   * parameters ({@code ;x}, in path segments and JSON) and decodes once ({@code +} as space in query strings).
   * Malformed escapes stay as they are, as the engine would see them.
   */
  static Set<String> readings(String text, boolean query) {
    Set<String> readings = new LinkedHashSet<>();
    String current = text;
    for (int round = 0; round < 5 && readings.add(current); round++) {
      int parameters = current.indexOf(';');
      if (!query && parameters >= 0) {
        readings.add(current.substring(0, parameters));
        current = current.substring(0, parameters);
      }
      current = percentDecoded(current, query && round == 0);
    }
    readings.add(current);
    return readings;
  }

  private static String percentDecoded(String text, boolean plusIsSpace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      int high = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
      int low = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
      if (raw[i] == '%' && high >= 0 && low >= 0) {
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        bytes.write(plusIsSpace && raw[i] == '+' ? ' ' : raw[i]);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * SQL LIKE as the engine's name-like filters use it ({@code LIKE ? ESCAPE '\'}): {@code %} any text,
   * {@code _} one character, a backslash makes the next character literal. Case-insensitive, wider than the
   * database (which compares case-sensitively), so {@code CUSTOMER%} counts too.
   */
  static Pattern likePattern(String like) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < like.length(); i++) {
      char c = like.charAt(i);
      if (c == '\\' && i + 1 < like.length()) {
        regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
        continue;
      }
      switch (c) {
        case '%' -> regex.append(".*");
        case '_' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String variable) throws IOException {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN,
            "Customer contact data ('" + variable + "') is available only to customer service, service managers,"
                + " engineers, sales, the sales office and finance; it cannot be read, searched or changed by your groups.");
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("field", variable);
    Problems.write(request, response, objectMapper, problem);
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
      if (isContactName(name)) {
        masked |= blank(object);
      }
      List<String> fields = new ArrayList<>();
      object.fieldNames().forEachRemaining(fields::add);
      for (String field : fields) {
        JsonNode child = object.get(field);
        if (isContactName(field)) {
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

  private static boolean isContactName(String name) {
    return CONTACT_VARIABLES.stream().anyMatch(name::equalsIgnoreCase);
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

  /**
   * The request with its body in memory when it may carry variable names (JSON, or no declared type): at most
   * {@code maxBodyBytes}, so this filter never holds more than the size limit in front of it allows. Multipart
   * uploads (deployments, attachments, binary variables named in the path) and form logins pass unread.
   */
  private HttpServletRequest withReadableBody(HttpServletRequest request) throws IOException {
    String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    if (contentType.startsWith("multipart/") || contentType.startsWith("application/x-www-form-urlencoded")
        || request.getContentLengthLong() == 0) {
      return request;
    }
    BufferedRequest already = WebUtils.getNativeRequest(request, BufferedRequest.class);
    if (already != null) {
      return new BufferedRequest(request, already.body());
    }
    if (request.getContentLengthLong() > maxBodyBytes) {
      throw new RequestSizeLimitFilter.TooLargeException();
    }
    return new BufferedRequest(request, RequestSizeLimitFilter.readAtMost(request.getInputStream(), maxBodyBytes));
  }
}
