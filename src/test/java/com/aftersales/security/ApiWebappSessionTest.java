package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
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

/** Someone logged into Tasklist can call /api with that session; changes need the CSRF token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiWebappSessionTest {

  @Autowired TestRestTemplate rest;

  @Test
  void tasklistLoginIsAcceptedByTheApiAndChangesNeedTheCsrfToken() {
    WebappSession session = login("oscar");

    ResponseEntity<JsonNode> get = call(HttpMethod.GET, session, null);
    assertThat(get.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get.getBody().path("id").asText()).isEqualTo("oscar");
    assertThat(get.getBody().path("groups")).extracting(JsonNode::asText).containsExactly("sales-office");

    assertThat(call(HttpMethod.POST, session, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(HttpMethod.POST, session, "forged").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(HttpMethod.POST, session, session.csrfToken()).getStatusCode()).isEqualTo(HttpStatus.OK);
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
    WebappSession session = login("mary");
    HttpHeaders withoutToken = session.headers(null);
    withoutToken.setContentType(MediaType.APPLICATION_JSON);
    String filter = "{\"resourceType\":\"Task\",\"name\":\"forged\",\"query\":{}}";

    HttpHeaders withToken = session.headers(session.csrfToken());
    withToken.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> genuine = rest.exchange("/camunda/api/engine/engine/default/filter/create",
        HttpMethod.POST, new HttpEntity<>(filter.replace("forged", "mary's own list"), withToken), String.class);
    assertThat(genuine.getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> forged = rest.exchange("/camunda/api/engine/engine/default/filter/create",
        HttpMethod.POST, new HttpEntity<>(filter, withoutToken), String.class);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private WebappSession login(String user) {
    WebappSession session = WebappSession.login(rest, user, "tasklist");
    assertThat(session.loginStatus()).isEqualTo(HttpStatus.OK);
    return session;
  }

  private ResponseEntity<JsonNode> call(HttpMethod method, WebappSession session, String csrfToken) {
    return rest.exchange("/api/test/whoami", method, new HttpEntity<>(session.headers(csrfToken)), JsonNode.class);
  }
}
