package com.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SharedRestObjectMapperTest {

  @Autowired TestRestTemplate rest;
  @Autowired SharedRestObjectMapper shared;

  @Test
  void camundaRestAsksTheSharedMapperAndKeepsItsDateFormat() {
    int before = shared.lookups();
    ResponseEntity<JsonNode> first =
        rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/deployment?maxResults=1", JsonNode.class);
    ResponseEntity<JsonNode> second =
        rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/deployment?maxResults=1", JsonNode.class);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(second.getBody()).isEqualTo(first.getBody());
    // Camunda's own format (yyyy-MM-dd'T'HH:mm:ss.SSSZ), not Jackson's default
    assertThat(first.getBody().get(0).get("deploymentTime").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}");
    // every request asked this resolver (resource, writer), and it answered with the one mapper it has
    assertThat(shared.lookups()).isGreaterThanOrEqualTo(before + 2);
  }
}
