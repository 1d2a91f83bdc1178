package com.aftersales.web;

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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SharedRestObjectMapperTest {

  private static final String DATE = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}";

  @Autowired TestRestTemplate rest;

  @Test
  void camundaRestAsksTheSharedMapperAndKeepsItsDateFormat() {
    int before = SharedRestObjectMapper.lookups();
    ResponseEntity<JsonNode> first =
        rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/deployment?maxResults=1", JsonNode.class);
    ResponseEntity<JsonNode> second =
        rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/deployment?maxResults=1", JsonNode.class);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(second.getBody()).isEqualTo(first.getBody());
    // Camunda's own format (yyyy-MM-dd'T'HH:mm:ss.SSSZ), not Jackson's default
    assertThat(first.getBody().get(0).get("deploymentTime").asText()).matches(DATE);
    // every request asked this resolver (resource, writer), and it answered with the one mapper it has
    assertThat(SharedRestObjectMapper.lookups()).isGreaterThanOrEqualTo(before + 2);
  }

  @Test
  void tasklistsCopyOfTheApiAsksTheSharedMapperForTheResourceAndTheAnswer() {
    WebappSession mary = WebappSession.login(rest, "mary", "tasklist");
    assertThat(mary.loginStatus()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> filters =
        mary.get("/camunda/api/engine/engine/default/filter?resourceType=Task", JsonNode.class);
    String filterId = filters.getBody().get(0).get("id").asText();

    int before = SharedRestObjectMapper.lookups();
    HttpHeaders headers = mary.headers(mary.csrfToken());
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.parseMediaType("application/hal+json")));
    ResponseEntity<JsonNode> list = rest.exchange(
        "/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=15",
        HttpMethod.POST, new HttpEntity<>("{}", headers), JsonNode.class);

    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody().has("count")).isTrue();
    // the filter resource is built with the shared mapper; the JSON writer asks for one only the first time it
    // writes a type (Jackson keeps its endpoint per type), which an earlier test in this JVM may have done
    assertThat(SharedRestObjectMapper.lookups()).isGreaterThanOrEqualTo(before + 1);
    ResponseEntity<JsonNode> deployments =
        mary.get("/camunda/api/engine/engine/default/deployment?maxResults=1", JsonNode.class);
    assertThat(deployments.getStatusCode()).isEqualTo(HttpStatus.OK);
    if (!deployments.getBody().isEmpty()) {
      assertThat(deployments.getBody().get(0).get("deploymentTime").asText()).matches(DATE);
    }
  }
}
