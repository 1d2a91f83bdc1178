package com.aftersales.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.mail.Outbox;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The service types of issue 19 over HTTP: POST /api/service-requests accepts each, opens the case, starts its flow,
 * mails the customer an acknowledgement and gives customer service the first contact, due within the 24-hour
 * response commitment (rulebook 002 客服流程); bad input is a 400 problem naming the field and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ServiceTypeIntakeHttpTest {

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;
  @Autowired Outbox outbox;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"consultation", "installation", "maintenance", "emergency"})
  @DisplayName("002 客服流程: every request type is acknowledged and gets a first contact within 24 hours")
  void requestTypeIsAcknowledgedAndContactedWithin24Hours(String type) {
    ResponseEntity<JsonNode> created = post(request(type, "Please advise on " + type));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = created.getBody();
    assertThat(body.path("type").asText()).isEqualTo(type);
    String caseNumber = body.path("caseNumber").asText();
    Instant due = Instant.parse(body.path("responseDueAt").asText());
    Jobs.runDue(managementService, body.path("processInstanceId").asText());

    assertThat(outbox.forCase(caseNumber)).filteredOn(m -> m.template().equals(type + "-acknowledgement"))
        .singleElement().satisfies(m -> assertThat(m.recipient()).isEqualTo("wei.zhang@example.com"));
    JsonNode view = rest.withBasicAuth("mary", "mary").getForEntity("/api/service-requests/" + caseNumber, JsonNode.class)
        .getBody();
    assertThat(view.path("type").asText()).isEqualTo(type);
    JsonNode contact = view.path("openTasks").get(0);
    assertThat(contact.path("taskDefinitionKey").asText()).isEqualTo("Task_ContactCustomer");
    // the head of after-sales (service managers) answers an emergency himself (rulebook 003 八2)
    assertThat(contact.path("candidateGroups").toString())
        .contains(type.equals("emergency") ? "service-managers" : "customer-service");
    Instant contactDue = Instant.parse(contact.path("due").asText());
    assertThat(contactDue).isEqualTo(due);
    assertThat(Duration.between(Instant.parse(view.path("openedAt").asText()), contactDue))
        .isLessThanOrEqualTo(Duration.ofHours(24));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"consultation", "installation", "maintenance", "emergency"})
  @DisplayName("a request of a service type without a description is refused with a problem naming the field and writes nothing")
  void missingDescriptionIsRefusedAndNothingWritten(String type) {
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM service_case", Integer.class);
    Map<String, Object> bad = request(type, null);

    ResponseEntity<JsonNode> refused = post(bad);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(refused.getBody().path("errors").toString()).contains("\"field\":\"description\"");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_case", Integer.class)).isEqualTo(before);
  }

  @org.junit.jupiter.api.Test
  @DisplayName("an unknown request type is refused with a problem that lists the service types")
  void unknownTypeListsTheServiceTypes() {
    ResponseEntity<JsonNode> refused = post(request("training", "Teach us"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    JsonNode error = refused.getBody().path("errors").get(0);
    assertThat(error.path("field").asText()).isEqualTo("type");
    assertThat(error.path("message").asText()).contains("consultation");
  }

  @org.junit.jupiter.api.Test
  @DisplayName("004 3.3: a service manager assigning an installation team of one over the engine REST API gets 400 naming installers, and the task stays open")
  void installationTeamOfOneIsRefusedOverTheEngineApi() {
    JsonNode body = post(request("installation", "Deliver a cabinet")).getBody();
    String instance = body.path("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    String contact = taskId(instance, "Task_ContactCustomer");
    assertThat(rest.withBasicAuth("mary", "mary").postForEntity("/engine-rest/task/" + contact + "/complete",
        Map.of("variables", Map.of("installationScope", Map.of("value", "small"),
            "visitDate", Map.of("value", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString()))),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String assign = taskId(instance, "Task_AssignTeam");

    ResponseEntity<JsonNode> refused = rest.withBasicAuth("sam", "sam").postForEntity(
        "/engine-rest/task/" + assign + "/complete",
        Map.of("variables", Map.of("teamLeader", Map.of("value", "Wang Qiang"),
            "installers", Map.of("value", "Wang Qiang"))),
        JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText()).contains("installers").contains("004 3.3");
    assertThat(taskId(instance, "Task_AssignTeam")).isEqualTo(assign);
  }

  private String taskId(String instance, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskDefinitionKey)
        .singleResult().getId();
  }

  private ResponseEntity<JsonNode> post(Map<String, Object> body) {
    return rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests", body, JsonNode.class);
  }

  private static Map<String, Object> request(String type, String description) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", type);
    body.put("channel", "phone");
    body.put("customer", Map.of("name", "Zhang Wei", "phone", "13900139000", "email", "wei.zhang@example.com",
        "address", "Hangzhou, West Lake Road 8"));
    body.put("product", Map.of("model", "CP-3000", "serialNumber", "SN-" + System.nanoTime()));
    if (description != null) {
      body.put("description", description);
    }
    return body;
  }
}
