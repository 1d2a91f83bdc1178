package com.aftersales.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.PostgresAvailable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * POST and GET of a service request over HTTP against PostgreSQL 15, signed in as the demo user mary
 * (HTTP Basic, checked by the API authentication filter).
 */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class ServiceRequestPostgresTest {

  private static Optional<String> testRepairDeployment = Optional.empty();

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @BeforeAll
  static void deployRepairFlow(@Autowired RepositoryService repositoryService) {
    testRepairDeployment = TestFlows.ensureRepairFlow(repositoryService);
  }

  @AfterAll
  static void removeRepairFlow(@Autowired RepositoryService repositoryService) {
    testRepairDeployment.ifPresent(id -> TestFlows.remove(repositoryService, id));
  }

  private HttpHeaders asMary() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("mary", "mary");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private ResponseEntity<String> post(Object body) throws Exception {
    return http.exchange(
        "/api/service-requests",
        HttpMethod.POST,
        new HttpEntity<>(json.writeValueAsString(body), asMary()),
        String.class);
  }

  @Test
  void requestIsTakenInAndShownWithItsTasksAndHistory() throws Exception {
    assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
    ObjectNode body = (ObjectNode) json.readTree(ServiceRequestValidatorTest.VALID);
    ((ObjectNode) body.get("product")).put("purchaseDate", "2025-05-20");
    body.put("externalReference", "PG-" + UUID.randomUUID());

    ResponseEntity<String> created = post(body);

    assertThat(created.getStatusCode().value()).isEqualTo(201);
    JsonNode answer = json.readTree(created.getBody());
    String caseNumber = answer.get("caseNumber").asText();
    assertThat(caseNumber).matches("AS-\\d{4}-\\d{6}");
    URI location = created.getHeaders().getLocation();
    assertThat(location).isNotNull();
    assertThat(location.getPath()).isEqualTo("/api/service-requests/" + caseNumber);
    runPendingJobs(answer.get("processInstanceId").asText());

    ResponseEntity<String> shown =
        http.exchange(location, HttpMethod.GET, new HttpEntity<>(asMary()), String.class);

    assertThat(shown.getStatusCode().value()).isEqualTo(200);
    JsonNode view = json.readTree(shown.getBody());
    assertThat(view.get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(view.get("processInstanceId").asText()).isEqualTo(answer.get("processInstanceId").asText());
    assertThat(view.at("/product/purchaseDate").asText()).isEqualTo("2025-05-20");
    assertThat(view.get("openTasks"))
        .anySatisfy(t -> assertThat(t.get("taskDefinitionKey").asText()).isEqualTo("Task_AssessRequest"));
    assertThat(view.get("history"))
        .anySatisfy(e -> assertThat(e.path("action").asText()).isEqualTo("INTAKE"));
    assertThat(view.get("history"))
        .anySatisfy(e -> assertThat(e.path("type").asText()).isEqualTo("startEvent"));

    ResponseEntity<String> repeated = post(body);
    assertThat(repeated.getStatusCode().value()).isEqualTo(200);
    assertThat(json.readTree(repeated.getBody())).isEqualTo(answer);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
        .isEqualTo(1);
  }

  @Test
  void withoutCredentialsNothingIsTakenIn() throws Exception {
    int rows = jdbc.queryForObject("SELECT COUNT(*) FROM service_case", Integer.class);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> response =
        http.exchange(
            "/api/service-requests",
            HttpMethod.POST,
            new HttpEntity<>(ServiceRequestValidatorTest.VALID, headers),
            String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(401);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_case", Integer.class)).isEqualTo(rows);
  }

  @Test
  void invalidRequestIsAProblemAndLeavesNothingInPostgres() throws Exception {
    int rows = jdbc.queryForObject("SELECT COUNT(*) FROM service_case", Integer.class);

    ResponseEntity<String> response = post(json.readTree("{\"type\": \"repair\", \"customer\": {}}"));

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(json.readTree(response.getBody()).get("errors"))
        .extracting(e -> e.get("field").asText())
        .contains("channel", "customer.name", "customer.phone", "product", "description");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_case", Integer.class)).isEqualTo(rows);
  }

  private void runPendingJobs(String processInstanceId) {
    for (int i = 0; i < 10; i++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}
