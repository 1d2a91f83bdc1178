package com.aftersales.faq;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The customers' FAQ is open without a login, so it is rate limited per client like the status page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "aftersales.self-service.max-lookups-per-client=3")
@ActiveProfiles("test")
class PublicFaqThrottleHttpTest {

  @Autowired TestRestTemplate rest;

  @Test
  @DisplayName("003 六1(b) FAQ供客户参考: the public FAQ answers a client a limited number of searches, then 429 with Retry-After")
  void publicFaqIsRateLimitedPerClient() {
    for (int i = 0; i < 3; i++) {
      assertThat(rest.getForEntity("/api/customer/faq?q=toner", JsonNode.class).getStatusCode())
          .isEqualTo(HttpStatus.OK);
    }
    ResponseEntity<JsonNode> throttled = rest.getForEntity("/api/customer/faq?q=toner", JsonNode.class);
    assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(throttled.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(Long.parseLong(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
  }
}
