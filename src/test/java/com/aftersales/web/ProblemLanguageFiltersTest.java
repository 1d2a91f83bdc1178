package com.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The problems that servlet filters write themselves (outside the controller advice) and the ones Spring MVC answers
 * for unknown paths and methods, in the request's language: Chinese by default (zh-CN, as in production), English for
 * {@code Accept-Language: en}. Each kind once in each language: 401, 404 (an address of nothing, a refused engine
 * resource), 400 refused path, 405, 413 too large, 429 rate limited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "aftersales.api.default-language=zh-CN")
@ActiveProfiles("test")
class ProblemLanguageFiltersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  @Test
  @DisplayName("401 without credentials: 需要登录 in Chinese, the sign-in hint in English")
  void unauthorized() {
    JsonNode zh = problem(send(HttpMethod.GET, "/api/service-requests/AS-2099-000001", null, null, null), 401);
    assertThat(zh.path("title").asText()).isEqualTo("未授权");
    assertThat(zh.path("detail").asText()).isEqualTo("请以员工身份登录（HTTP Basic，使用您的 Camunda 用户名和密码）。");
    JsonNode en = problem(send(HttpMethod.GET, "/api/service-requests/AS-2099-000001", null, null, "en"), 401);
    assertThat(en.path("title").asText()).isEqualTo("Unauthorized");
    assertThat(en.path("detail").asText()).startsWith("Sign in as a staff member");
  }

  @Test
  @DisplayName("404 for /error asked directly and for the webapps' external-task resource, written by filters")
  void notFoundFromFilters() {
    JsonNode zh = problem(send(HttpMethod.GET, "/error", "mary", null, null), 404);
    assertThat(zh.path("title").asText()).isEqualTo("未找到");
    assertThat(zh.path("detail").asText()).isEqualTo("此地址没有内容。");
    JsonNode en = problem(send(HttpMethod.GET, "/error", "mary", null, "en"), 404);
    assertThat(en.path("title").asText()).isEqualTo("Not found");
    assertThat(en.path("detail").asText()).isEqualTo("There is nothing at this address.");

    String external = "/camunda/api/engine/engine/default/external-task";
    assertThat(problem(send(HttpMethod.GET, external, "mary", null, "zh-CN"), 404).path("detail").asText())
        .isEqualTo("外部任务只在 /engine-rest 上提供给工作程序。");
    JsonNode externalEn = problem(send(HttpMethod.GET, external, "mary", null, "en"), 404);
    assertThat(externalEn.path("title").asText()).isEqualTo("Not served here");
    assertThat(externalEn.path("detail").asText()).isEqualTo("External tasks are served to workers on /engine-rest only.");
  }

  @Test
  @DisplayName("404 for an unknown API path and 405 for a method the resource has not, in both languages")
  void unknownPathAndMethod() {
    JsonNode zh = problem(send(HttpMethod.GET, "/api/no-such-resource", "mary", null, null), 404);
    assertThat(zh.path("title").asText()).isEqualTo("未找到");
    assertThat(zh.path("detail").asText()).doesNotContain("No static resource");
    JsonNode en = problem(send(HttpMethod.GET, "/api/no-such-resource", "mary", null, "en"), 404);
    assertThat(en.path("title").asText()).isEqualTo("Not Found");

    JsonNode methodZh = problem(send(HttpMethod.DELETE, "/api/service-requests", "mary", null, null), 405);
    assertThat(methodZh.path("title").asText()).isEqualTo("不支持该请求方法");
    assertThat(methodZh.path("detail").asText()).isEqualTo("不支持请求方法 'DELETE'。");
    JsonNode methodEn = problem(send(HttpMethod.DELETE, "/api/service-requests", "mary", null, "en"), 405);
    assertThat(methodEn.path("title").asText()).isEqualTo("Method Not Allowed");
    assertThat(methodEn.path("detail").asText()).isEqualTo("Method 'DELETE' is not supported.");
  }

  @Test
  @DisplayName("400 for a path with a path parameter, refused by the request firewall before anything else")
  void refusedPath() {
    JsonNode zh = problem(send(HttpMethod.GET, "/api/service-requests;x=1", "mary", null, null), 400);
    assertThat(zh.path("title").asText()).isEqualTo("请求路径被拒绝");
    assertThat(zh.path("detail").asText()).isEqualTo("请求路径须为普通路径：不接受 路径参数（;）。");
    JsonNode en = problem(send(HttpMethod.GET, "/api/service-requests;x=1", "mary", null, "en"), 400);
    assertThat(en.path("title").asText()).isEqualTo("Request path refused");
    assertThat(en.path("detail").asText()).isEqualTo("The request path must be plain: a path parameter (;) is not accepted.");
  }

  @Test
  @DisplayName("413 for a body over the API's limit, refused by its declared length")
  void tooLarge() {
    String body = "{\"description\": \"" + "x".repeat(70_000) + "\"}";
    JsonNode zh = problem(send(HttpMethod.POST, "/api/service-requests", "mary", body, null), 413);
    assertThat(zh.path("title").asText()).isEqualTo("请求内容过大");
    assertThat(zh.path("detail").asText()).isEqualTo("请求内容最多 65536 字节；未做任何更改。");
    JsonNode en = problem(send(HttpMethod.POST, "/api/service-requests", "mary", body, "en"), 413);
    assertThat(en.path("title").asText()).isEqualTo("Request body too large");
    assertThat(en.path("detail").asText()).isEqualTo("The request body must be at most 65536 bytes; nothing was changed.");
  }

  @Test
  @DisplayName("429 on the customer's status page after five wrong answers for a case (then even the right one waits), in both languages")
  void rateLimited() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> created = http.withBasicAuth("mary", "mary").exchange("/api/service-requests",
        HttpMethod.POST, new HttpEntity<>(Map.of("type", "repair", "channel", "phone",
            "customer", Map.of("name", "Zhao Min", "phone", "13900139000"),
            "product", Map.of("model", "Bed B-180", "purchaseDate", "2025-10-01"), "description", "broken"),
            headers), JsonNode.class);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    String lookup = "{\"caseNumber\": \"" + created.getBody().path("caseNumber").asText()
        + "\", \"phoneLastFour\": \"%s\"}";
    for (int i = 1; i <= 5; i++) {
      assertThat(send(HttpMethod.POST, "/api/customer/status", null, lookup.formatted("000" + i), null)
          .getStatusCode().value()).isEqualTo(404);
    }
    JsonNode zh = problem(send(HttpMethod.POST, "/api/customer/status", null, lookup.formatted("9000"), null), 429);
    assertThat(zh.path("title").asText()).isEqualTo("尝试次数过多");
    assertThat(zh.path("detail").asText()).matches("尝试次数过多；请 \\d+ 秒后再试。");
    JsonNode en = problem(send(HttpMethod.POST, "/api/customer/status", null, lookup.formatted("9000"), "en"), 429);
    assertThat(en.path("title").asText()).isEqualTo("Too many attempts");
    assertThat(en.path("detail").asText()).matches("Too many attempts; try again in \\d+ seconds\\.");
  }

  private JsonNode problem(ResponseEntity<String> answer, int status) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getHeaders().getContentType()).isNotNull();
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    try {
      return JSON.readTree(answer.getBody());
    } catch (java.io.IOException e) {
      throw new AssertionError(answer.getBody(), e);
    }
  }

  private ResponseEntity<String> send(HttpMethod method, String path, String user, String body, String language) {
    HttpHeaders headers = new HttpHeaders();
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    TestRestTemplate client = user == null ? http : http.withBasicAuth(user, user);
    return client.exchange(URI.create("http://localhost:" + port + path), method, new HttpEntity<>(body, headers),
        String.class);
  }
}
