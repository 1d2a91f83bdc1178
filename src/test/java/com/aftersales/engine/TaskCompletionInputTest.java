package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Completing a task over the engine REST API with bad variables (missing, wrong type, out of range) is a 400:
 * the task stays open, nothing is recorded, no incident. Camunda 7.24's REST task completion answers 400 only
 * for a FormFieldValidationException (everything else is 500); TaskCompletionFailuresPlugin turns the delegates'
 * input errors into one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskCompletionInputTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void repairFollowUpWithSatisfactionOutOfRangeOrWrongTypeOrMissingIsRefused() {
    String pid = openCase("repair");
    Task task = moveTo(pid, "Task_FollowUpCall");
    assertRefused("mary", pid, task, Map.of("satisfaction", value(9, "Integer")), "1");
    assertRefused("mary", pid, task, Map.of("satisfaction", value(0, "Integer")), "1");
    assertRefused("mary", pid, task, Map.of("satisfaction", value("very good", "String")), "satisfaction");
    assertRefused("mary", pid, task, Map.of("satisfaction", value(3.5, "Double")), "satisfaction");
    assertRefused("mary", pid, task, Map.of(), "satisfaction");
  }

  @Test
  void repairAssessmentWithoutItsDecisionIsRefused() {
    String pid = openCase("repair");
    Task task = moveTo(pid, "Task_AssessRequest");
    assertRefused("mary", pid, task, Map.of(), "");
    assertRefused("mary", pid, task, Map.of("damageCause", value(12, "Integer")), "");
  }

  @Test
  void complaintRecordWithoutCategoryOrSeverityIsRefused() {
    String pid = openCase("complaint");
    Task task = taskService.createTaskQuery().processInstanceId(pid).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RecordComplaint");
    assertRefused("mary", pid, task, Map.of("severity", value("normal", "String"),
        "keyCustomer", value(false, "Boolean")), "category");
    assertRefused("mary", pid, task, Map.of("category", value("installation", "String"),
        "keyCustomer", value(false, "Boolean")), "severity");
  }

  @Test
  void complaintFollowUpWithSatisfactionNineIsRefused() {
    String pid = openCase("complaint");
    // The follow-up joins the responsibility review before archiving: put the review's token at the join.
    Task task = moveTo(pid, "Task_FollowUp", "Gateway_JoinReview");
    assertRefused("mary", pid, task, Map.of("satisfactionScore", value(9, "Integer"),
        "followUpChannel", value("call", "String")), "");
  }

  @Test
  void partsReviewWithoutOrWithAnUnknownDecisionIsRefused() {
    String pid = openCase("parts");
    Task task = moveTo(pid, "Task_ReviewPartsRequest");
    assertRefused("paul", pid, task, Map.of(), "reviewDecision");
    assertRefused("paul", pid, task, Map.of("reviewDecision", value("maybe", "String")), "reviewDecision");
    assertRefused("paul", pid, task, Map.of("reviewDecision", value(1, "Integer")), "reviewDecision");
  }

  // ---- helpers ----

  private static Map<String, Object> value(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private String openCase(String type) {
    Map<String, Object> request = Map.of(
        "type", type, "channel", "phone",
        "customer", Map.of("name", "Zhao Lei", "phone", "13700137001", "email", "zhao.lei@example.com"),
        "product", Map.of("model", "WM-1200", "serialNumber", "SN-TC-" + System.nanoTime(),
            "purchaseDate", "2025-06-01", "purchaseProof", true),
        "description", "Drum does not turn");
    ResponseEntity<JsonNode> created =
        rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests", request, JsonNode.class);
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    return created.getBody().path("processInstanceId").asText();
  }

  /** Straight to the task, as an administrator would with process instance modification. */
  private Task moveTo(String pid, String taskKey, String... alsoBefore) {
    var modification = runtimeService.createProcessInstanceModification(pid);
    for (Task open : taskService.createTaskQuery().processInstanceId(pid).list()) {
      modification.cancelAllForActivity(open.getTaskDefinitionKey());
    }
    for (String activity : alsoBefore) {
      modification.startBeforeActivity(activity);
    }
    modification.startBeforeActivity(taskKey).execute(true, true);
    return taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).singleResult();
  }

  private void assertRefused(String user, String pid, Task task, Map<String, Object> variables, String named) {
    String caseNumber = (String) runtimeService.getVariable(pid, "caseNumber");
    int records = count("SELECT COUNT(*) FROM service_record WHERE case_number = ?", caseNumber);
    int complaints = count("SELECT COUNT(*) FROM complaint WHERE case_number = ? AND archived_at IS NOT NULL",
        caseNumber);
    String status = jdbc.queryForObject("SELECT status FROM service_case WHERE case_number = ?", String.class,
        caseNumber);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("variables", variables);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> answer = rest.withBasicAuth(user, user).exchange(
        "/engine-rest/task/" + task.getId() + "/complete", HttpMethod.POST, new HttpEntity<>(body, headers),
        JsonNode.class);

    assertThat(answer.getStatusCode().value()).as("%s -> %s", variables, answer.getBody()).isEqualTo(400);
    assertThat(answer.getBody().path("message").asText()).as(String.valueOf(answer.getBody())).contains(named);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pid).count()).isZero();
    assertThat(count("SELECT COUNT(*) FROM service_record WHERE case_number = ?", caseNumber)).isEqualTo(records);
    assertThat(count("SELECT COUNT(*) FROM complaint WHERE case_number = ? AND archived_at IS NOT NULL",
        caseNumber)).isEqualTo(complaints);
    assertThat(jdbc.queryForObject("SELECT status FROM service_case WHERE case_number = ?", String.class,
        caseNumber)).isEqualTo(status);
  }

  private int count(String sql, String caseNumber) {
    return jdbc.queryForObject(sql, Integer.class, caseNumber);
  }
}
