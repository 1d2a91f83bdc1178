package com.aftersales.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.intake.ServiceRequestValidator;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A value for a field the task's form offers as a fixed list must be one of the listed values, on
 * /task/{id}/complete, on /submit-form (as Tasklist sends it) and on /resolve, also when sent to another task of the process;
 * otherwise 400 naming the field, the task stays open and nothing is written. At intake, the one listed field
 * (channel) is held to the same list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FixedListInputTest {

  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aComplaintCategoryOutsideTheFormsListIsRefusedOnCompleteAndOnSubmitForm() {
    String pid = openCase("complaint", "Zhao Lei");
    Task record = taskService.createTaskQuery().processInstanceId(pid).singleResult();

    assertRefused("complete", record, recordVariables(FORMULA, "normal"), "category");
    assertRefused("submit-form", record, recordVariables(FORMULA, "normal"), "category");
    assertRefused("submit-form", record, recordVariables("Product quality", "normal"), "category");
    assertRefused("complete", record, Map.of("category", Map.of("value", 1, "type", "Integer"),
        "severity", value("normal")), "category");
    // radio
    assertRefused("submit-form", record, recordVariables("price", "urgent"), "severity");
    // select of another field on the same form
    Map<String, Object> wrongChannel = new java.util.HashMap<>(recordVariables("price", "low"));
    wrongChannel.put("channel", value("fax"));
    assertRefused("complete", record, wrongChannel, "channel");
    // a delegated task's resolve sets variables as well
    taskService.setAssignee(record.getId(), "mary");
    taskService.delegateTask(record.getId(), "mary");
    assertRefused("resolve", record, recordVariables(FORMULA, "normal"), "category");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE case_number = ?", Integer.class,
        caseNumber(pid))).isZero();
  }

  @Test
  void everyCategoryTheFormListsIsAccepted() throws IOException {
    for (String category : listed("forms/complaint-record.form", "category")) {
      String pid = openCase("complaint", "Qian Yu");
      Task record = taskService.createTaskQuery().processInstanceId(pid).singleResult();
      ResponseEntity<JsonNode> answer = post("submit-form", record, recordVariables(category, "high"));
      assertThat(answer.getStatusCode().value()).as(category + ": " + answer.getBody()).isEqualTo(204);
      assertThat(jdbc.queryForObject("SELECT category FROM complaint WHERE case_number = ?", String.class,
          caseNumber(pid))).isEqualTo(category);
    }
  }

  @Test
  void aCategoryCannotBeSmuggledInThroughALaterTaskOfTheComplaint() {
    String pid = openCase("complaint", "Sun Li");
    Task record = taskService.createTaskQuery().processInstanceId(pid).singleResult();
    assertThat(post("complete", record, recordVariables("delivery", "normal")).getStatusCode().value()).isEqualTo(204);
    Jobs.runDue(managementService, pid);
    Task respond = taskService.createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey("Task_RespondToComplaint").singleResult();
    assertRefused("complete", respond, Map.of("responseOutcome", value("investigate"),
        "responseNote", value("Needs a look at the depot"), "category", value(FORMULA)), "category");
    assertRefused("complete", respond, Map.of("responseOutcome", value("=1+2"),
        "responseNote", value("Needs a look at the depot")), "responseOutcome");
    assertThat(runtimeService.getVariable(pid, "category")).isEqualTo("delivery");
  }

  @Test
  void aCategoryOutsideTheListCannotBeSetAsAVariableOfTheTaskOrTheCaseEither() {
    String pid = openCase("complaint", "Zhou Min");
    Task record = taskService.createTaskQuery().processInstanceId(pid).singleResult();
    TestRestTemplate mary = rest.withBasicAuth("mary", "mary");
    Map<String, Object> formula = Map.of("value", FORMULA, "type", "String");
    List<ResponseEntity<String>> answers = List.of(
        mary.exchange("/engine-rest/task/" + record.getId() + "/variables/category", HttpMethod.PUT,
            new HttpEntity<>(formula), String.class),
        mary.postForEntity("/engine-rest/task/" + record.getId() + "/variables",
            Map.of("modifications", Map.of("category", formula)), String.class),
        mary.exchange("/engine-rest/task/" + record.getId() + "/localVariables/category", HttpMethod.PUT,
            new HttpEntity<>(formula), String.class),
        rest.withBasicAuth("admin", "admin").postForEntity("/engine-rest/process-instance/" + pid + "/variables",
            Map.of("modifications", Map.of("category", formula)), String.class),
        rest.withBasicAuth("admin", "admin").exchange("/engine-rest/process-instance/" + pid + "/variables/category",
            HttpMethod.PUT, new HttpEntity<>(formula), String.class));
    for (ResponseEntity<String> answer : answers) {
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
      assertThat(answer.getBody()).contains("category must be one of ");
    }
    assertThat(runtimeService.getVariable(pid, "category")).isNull();
    assertThat(mary.exchange("/engine-rest/task/" + record.getId() + "/variables/category", HttpMethod.PUT,
        new HttpEntity<>(Map.of("value", "delivery", "type", "String")), String.class).getStatusCode().value())
        .as("a listed value is set").isEqualTo(204);
  }

  @Test
  void aPartsReviewDecisionOutsideTheRadioIsRefusedAndAListedOneAccepted() {
    String pid = openCase("parts", "Li Hua");
    Task record = taskService.createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey("Task_RecordPartsRequest").singleResult();
    String lines = "[{\"partName\":\"Headboard\",\"part\":\"bed-headboard\",\"partCategory\":\"hardware\","
        + "\"size\":\"1.8\",\"colour\":\"walnut\",\"quantity\":1,\"batchNumber\":\"B1\","
        + "\"inspectionNumber\":\"QC-1\",\"reason\":\"cracked in transport\"}]";
    assertThat(post("complete", record, Map.of("partsLines", Map.of("type", "Json", "value", lines),
        "coveredByWarranty", Map.of("value", true, "type", "Boolean"))).getStatusCode().value()).isEqualTo(204);
    Jobs.runDue(managementService, pid);
    Task review = taskService.createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey("Task_ReviewPartsRequest").singleResult();
    assertRefused("paul", "submit-form", review, Map.of("reviewDecision", value("=1+2")), "reviewDecision");
    assertThat(post("paul", "submit-form", review, Map.of("reviewDecision", value("approved"))).getStatusCode().value())
        .isEqualTo(204);
  }

  @Test
  void intakeHoldsTheChannelToTheListTheComplaintFormOffers() throws IOException {
    assertThat(ServiceRequestValidator.CHANNELS).containsExactlyInAnyOrderElementsOf(
        listed("forms/complaint-record.form", "channel"));
    int cases = jdbc.queryForObject("SELECT COUNT(*) FROM service_case", Integer.class);
    ResponseEntity<JsonNode> answer = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        request("complaint", "Zhou Bo", FORMULA), JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(answer.getBody().path("errors").toString()).contains("\"channel\"");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_case", Integer.class)).isEqualTo(cases);
  }

  // ---- helpers ----

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value, "type", "String");
  }

  private static Map<String, Object> recordVariables(String category, String severity) {
    return Map.of("channel", value("phone"), "category", value(category), "severity", value(severity),
        "keyCustomer", Map.of("value", false, "type", "Boolean"), "description", value("Door hinge broke"),
        "customerDemand", value("A new door"));
  }

  static List<String> listed(String form, String key) throws IOException {
    List<String> values = new ArrayList<>();
    for (JsonNode c : new ObjectMapper().readTree(Path.of(form).toFile()).path("components")) {
      if (key.equals(c.path("key").asText())) {
        c.path("values").forEach(v -> values.add(v.path("value").asText()));
      }
    }
    assertThat(values).as(form + " lists " + key).isNotEmpty();
    return values;
  }

  private static Map<String, Object> request(String type, String name, String channel) {
    return Map.of("type", type, "channel", channel,
        "customer", Map.of("name", name, "phone", "13700137001"),
        "product", Map.of("model", "Bed B-180", "serialNumber", "SN-FL-" + System.nanoTime(),
            "purchaseDate", "2025-06-01", "purchaseProof", true),
        "description", "Door hinge broke");
  }

  private String openCase(String type, String name) {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary")
        .postForEntity("/api/service-requests", request(type, name, "phone"), JsonNode.class);
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    String pid = created.getBody().path("processInstanceId").asText();
    Jobs.runDue(managementService, pid);
    return pid;
  }

  private String caseNumber(String pid) {
    return (String) runtimeService.getVariable(pid, "caseNumber");
  }

  private ResponseEntity<JsonNode> post(String how, Task task, Map<String, Object> variables) {
    return post("mary", how, task, variables);
  }

  private ResponseEntity<JsonNode> post(String user, String how, Task task, Map<String, Object> variables) {
    return rest.withBasicAuth(user, user).postForEntity("/engine-rest/task/" + task.getId() + "/" + how,
        Map.of("variables", variables), JsonNode.class);
  }

  private void assertRefused(String how, Task task, Map<String, Object> variables, String field) {
    assertRefused("mary", how, task, variables, field);
  }

  private void assertRefused(String user, String how, Task task, Map<String, Object> variables, String field) {
    String pid = task.getProcessInstanceId();
    int records = jdbc.queryForObject("SELECT COUNT(*) FROM service_record WHERE case_number = ?", Integer.class,
        caseNumber(pid));
    String before = String.valueOf(runtimeService.getVariables(pid)); // Spin JSON values compare by their text

    ResponseEntity<JsonNode> answer = post(user, how, task, variables);

    assertThat(answer.getStatusCode().value()).as("%s -> %s", variables, answer.getBody()).isEqualTo(400);
    assertThat(answer.getBody().path("message").asText()).contains(field + " must be one of ");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
    assertThat(String.valueOf(runtimeService.getVariables(pid))).isEqualTo(before);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pid).count()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_record WHERE case_number = ?", Integer.class,
        caseNumber(pid))).isEqualTo(records);
  }
}
