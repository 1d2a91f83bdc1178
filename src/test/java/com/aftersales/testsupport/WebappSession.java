package com.aftersales.testsupport;

import java.net.HttpCookie;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A login to one of the Camunda webapps, done the way the login page does it: fetch the page for the CSRF cookie,
 * post the credentials with the token, then ask who is in (the new session's first answer hands out its token).
 * Demo users' password is their user id.
 */
public final class WebappSession {

  private final TestRestTemplate rest;
  private final Map<String, String> cookies;
  private final HttpStatus loginStatus;

  private WebappSession(TestRestTemplate rest, Map<String, String> cookies, HttpStatus loginStatus) {
    this.rest = rest;
    this.cookies = cookies;
    this.loginStatus = loginStatus;
  }

  /** Logs the demo user into the app (tasklist, cockpit, admin); see {@link #loginStatus()} for the answer. */
  public static WebappSession login(TestRestTemplate rest, String user, String app) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
    Map<String, String> cookies = cookies(page, Map.of());
    HttpHeaders headers = headers(cookies, cookies.get("XSRF-TOKEN"));
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    ResponseEntity<String> login =
        rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
            new HttpEntity<>(form, headers), String.class);
    HttpStatus status = HttpStatus.valueOf(login.getStatusCode().value());
    cookies = cookies(login, cookies);
    if (status == HttpStatus.OK) {
      ResponseEntity<String> whoAmI =
          rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
              new HttpEntity<>(headers(cookies, null)), String.class);
      cookies = cookies(whoAmI, cookies);
    }
    return new WebappSession(rest, cookies, status);
  }

  public HttpStatus loginStatus() {
    return loginStatus;
  }

  public String csrfToken() {
    return cookies.get("XSRF-TOKEN");
  }

  /** The session cookies, and the CSRF token when given (changing requests need it). */
  public HttpHeaders headers(String csrfToken) {
    return headers(cookies, csrfToken);
  }

  public <T> ResponseEntity<T> get(String path, Class<T> type) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(null)), type);
  }

  private static HttpHeaders headers(Map<String, String> cookies, String csrfToken) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE,
        cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
    if (csrfToken != null) {
      headers.add("X-XSRF-TOKEN", csrfToken);
    }
    return headers;
  }

  private static Map<String, String> cookies(ResponseEntity<?> response, Map<String, String> previous) {
    Map<String, String> cookies = new HashMap<>(previous);
    for (String header : response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
      for (HttpCookie cookie : HttpCookie.parse(header)) {
        cookies.put(cookie.getName(), cookie.getValue());
      }
    }
    return cookies;
  }
}
