package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.HttpCookie;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Someone logged into Tasklist can call /api with that session; changes need the CSRF token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiWebappSessionTest {

  @Autowired TestRestTemplate rest;

  @Test
  void tasklistLoginIsAcceptedByTheApiAndChangesNeedTheCsrfToken() {
    Map<String, String> cookies = login("oscar");

    ResponseEntity<JsonNode> get = call(HttpMethod.GET, cookies, null);
    assertThat(get.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get.getBody().path("id").asText()).isEqualTo("oscar");
    assertThat(get.getBody().path("groups")).extracting(JsonNode::asText).containsExactly("sales-office");

    assertThat(call(HttpMethod.POST, cookies, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(HttpMethod.POST, cookies, "forged").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(HttpMethod.POST, cookies, cookies.get("XSRF-TOKEN")).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void webappsKeepTheirSecurityHeaders() {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    HttpHeaders headers = page.getHeaders();
    assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-XSS-Protection")).isNotBlank();
  }

  @Test
  void webappChangesWithoutTheCsrfTokenAreRefusedEvenWhenLoggedIn() {
    Map<String, String> cookies = login("mary");
    HttpHeaders withoutToken = headers(cookies, null);
    withoutToken.setContentType(MediaType.APPLICATION_JSON);
    String filter = "{\"resourceType\":\"Task\",\"name\":\"forged\",\"query\":{}}";

    HttpHeaders withToken = headers(cookies, cookies.get("XSRF-TOKEN"));
    withToken.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> genuine = rest.exchange("/camunda/api/engine/engine/default/filter/create",
        HttpMethod.POST, new HttpEntity<>(filter.replace("forged", "mary's own list"), withToken), String.class);
    assertThat(genuine.getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> forged = rest.exchange("/camunda/api/engine/engine/default/filter/create",
        HttpMethod.POST, new HttpEntity<>(filter, withoutToken), String.class);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** What the Tasklist login page does: fetch the CSRF cookie, post the credentials, ask who is in. */
  private Map<String, String> login(String user) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    Map<String, String> cookies = cookies(page, Map.of());

    HttpHeaders headers = headers(cookies, cookies.get("XSRF-TOKEN"));
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    ResponseEntity<String> login =
        rest.exchange(
            "/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    cookies = cookies(login, cookies);
    // The login starts a new session; the webapp's next call hands out that session's CSRF token.
    ResponseEntity<String> whoAmI =
        rest.exchange(
            "/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(headers(cookies, null)), String.class);
    assertThat(whoAmI.getStatusCode()).isEqualTo(HttpStatus.OK);
    return cookies(whoAmI, cookies);
  }

  private ResponseEntity<JsonNode> call(HttpMethod method, Map<String, String> cookies, String csrfToken) {
    return rest.exchange("/api/test/whoami", method, new HttpEntity<>(headers(cookies, csrfToken)), JsonNode.class);
  }

  private static HttpHeaders headers(Map<String, String> cookies, String csrfToken) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(
        HttpHeaders.COOKIE,
        cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
    if (csrfToken != null) {
      headers.add("X-XSRF-TOKEN", csrfToken);
    }
    return headers;
  }

  private static Map<String, String> cookies(ResponseEntity<?> response, Map<String, String> previous) {
    Map<String, String> cookies = new java.util.HashMap<>(previous);
    List<String> setCookies = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    for (String header : setCookies) {
      for (HttpCookie cookie : HttpCookie.parse(header)) {
        cookies.put(cookie.getName(), cookie.getValue());
      }
    }
    return cookies;
  }
}
