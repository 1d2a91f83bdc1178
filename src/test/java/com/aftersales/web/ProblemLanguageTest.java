package com.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Problem texts in the request's language: Chinese for staff (the configured default, zh-CN, and any request asking
 * for Chinese), English for an API client asking {@code Accept-Language: en}; field names stay the API's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "aftersales.api.default-language=zh-CN")
@ActiveProfiles("test")
class ProblemLanguageTest {

  @Autowired TestRestTemplate http;
  @Autowired ProblemTexts texts;

  @Test
  @DisplayName("a bad service request without Accept-Language is answered in Chinese, the configured default")
  void theDefaultIsChinese() {
    ResponseEntity<JsonNode> answer = badRequest(null);
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(answer.getBody().path("title").asText()).isEqualTo("服务请求无效");
    JsonNode phone = error(answer.getBody(), "customer.phone");
    assertThat(phone.path("message").asText()).startsWith("须为").contains("电话号码");
    assertThat(answer.getBody().path("detail").asText()).contains("customer.phone 须为").doesNotContain("must be");
  }

  @Test
  @DisplayName("an API client asking Accept-Language: en gets the same problem in English")
  void englishOnRequest() {
    ResponseEntity<JsonNode> answer = badRequest("en");
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().path("title").asText()).isEqualTo("Invalid service request");
    assertThat(error(answer.getBody(), "customer.phone").path("message").asText()).startsWith("must be a phone number");
    assertThat(answer.getBody().path("detail").asText()).contains("customer.phone must be");

    ResponseEntity<JsonNode> preferred = badRequest("fr-FR, en;q=0.8, zh;q=0.5");
    assertThat(preferred.getBody().path("title").asText()).isEqualTo("Invalid service request");
    assertThat(badRequest("zh-CN,zh;q=0.9").getBody().path("title").asText()).isEqualTo("服务请求无效");
  }

  @Test
  @DisplayName("an unknown case is 未找到案件 in Chinese and Case not found in English")
  void notFoundInBothLanguages() {
    assertThat(get("/api/service-requests/AS-2099-999999", null).path("title").asText()).isEqualTo("未找到案件");
    JsonNode english = get("/api/service-requests/AS-2099-999999", "en");
    assertThat(english.path("title").asText()).isEqualTo("Case not found");
    assertThat(english.path("detail").asText()).isEqualTo("There is no service case AS-2099-999999");
    assertThat(get("/api/service-requests/AS-2099-999999", "zh").path("detail").asText())
        .isEqualTo("没有服务案件 AS-2099-999999");
  }

  @Test
  @DisplayName("texts with values keep their values; a text without an entry stays as written")
  void patternsKeepTheValues() {
    assertThat(texts.text("must be at most 100 characters", Locale.SIMPLIFIED_CHINESE)).isEqualTo("最多 100 个字符");
    assertThat(texts.text("must be one of phone, online", Locale.SIMPLIFIED_CHINESE)).isEqualTo("须为以下之一：phone, online");
    assertThat(texts.text("must be at most 100 characters", Locale.ENGLISH)).isEqualTo("must be at most 100 characters");
    assertThat(texts.text("a text nobody translated", Locale.SIMPLIFIED_CHINESE)).isEqualTo("a text nobody translated");
    MockHttpServletRequest request = new MockHttpServletRequest();
    assertThat(texts.languageOf(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    request.addHeader("Accept-Language", "de-DE");
    assertThat(texts.languageOf(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  private ResponseEntity<JsonNode> badRequest(String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    Map<String, Object> body = Map.of("type", "repair", "channel", "phone",
        "customer", Map.of("name", "Zhao Min", "phone", "12"),
        "product", Map.of("model", "Bed B-180", "purchaseDate", "2025-10-01"), "description", "broken");
    return http.withBasicAuth("mary", "mary").exchange("/api/service-requests", HttpMethod.POST,
        new HttpEntity<>(body, headers), JsonNode.class);
  }

  private JsonNode get(String path, String language) {
    HttpHeaders headers = new HttpHeaders();
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    ResponseEntity<JsonNode> answer = http.withBasicAuth("mary", "mary").exchange(path, HttpMethod.GET,
        new HttpEntity<>(headers), JsonNode.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    return answer.getBody();
  }

  private static JsonNode error(JsonNode problem, String field) {
    for (JsonNode e : problem.path("errors")) {
      if (e.path("field").asText().equals(field)) {
        return e;
      }
    }
    throw new AssertionError("no error for " + field + " in " + problem);
  }
}
