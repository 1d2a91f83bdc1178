package com.aftersales.walkthrough;

import com.aftersales.testsupport.RepairCases;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A chargeable repair walked from intake to closure the way staff do it: every step over HTTP as the demo user
 * of the group that owns it (intake API and engine REST API, HTTP Basic). Only the job executor's part
 * (async mail steps, the 24-hour follow-up timer) is played by the test. Run on H2 and on PostgreSQL.
 */
abstract class RepairWalkthroughScenario {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired ManagementService managementService;

  private String processInstanceId;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void chargeableRepairIsWalkedThroughByEachRoleFromIntakeToClosure() throws Exception {
    // Customer service takes the call.
    ObjectNode request = json.createObjectNode()
        .put("type", "repair").put("channel", "phone")
        .put("description", "Door hinge broke after the unit was dropped while moving")
        .put("externalReference", "WALK-" + UUID.randomUUID());
    request.putObject("customer").put("name", "Wang Fang").put("phone", "13912345678")
        .put("email", "wang.fang@example.com").put("address", "18 Huaihai Road, Shanghai");
    request.putObject("product").put("model", "WM-1200").put("serialNumber", "SN-WALK-1")
        .put("purchaseDate", LocalDate.now().minusMonths(4).toString()).put("purchaseProof", true);
    ResponseEntity<JsonNode> created = call("mary", HttpMethod.POST, "/api/service-requests", request);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().get("caseNumber").asText();
    processInstanceId = created.getBody().get("processInstanceId").asText();
    assertThat(caseNumber).matches("AS-\\d{4}-\\d{6}");
    assertThat(created.getBody().get("responseDueAt").asText()).isNotBlank();
    runJobs();

    // Only customer service sees the assessment; an engineer neither sees nor completes it.
    String assess = onlyTask("mary", caseNumber, "Task_AssessRequest");
    assertThat(tasks("eric", caseNumber)).isEmpty();
    assertThat(call("eric", HttpMethod.POST, "/engine-rest/task/" + assess + "/complete", variables(Map.of()))
        .getStatusCode().is4xxClientError()).isTrue();
    assertThat(call("mary", HttpMethod.GET, "/engine-rest/task/" + assess + "/deployed-form", null)
        .getBody().get("id").asText()).isEqualTo("repair-assess-request");
    claim("mary", assess);
    complete("mary", assess, Map.of("resolution", "onSite", "damageCause", "human",
        "assessmentNotes", "Dropped while moving house"));

    // Human damage: chargeable even inside the warranty period, so a quote comes first. Labour comes from
    // labour-rate.dmn (no engineer sent yet: the default intermediate level, a simple job: 150), parts 50.
    complete("mary", onlyTask("mary", caseNumber, "Task_PrepareQuote"),
        Map.of("repairDifficulty", "simple", "partsCost", 50.0, "quoteNotes", "New hinge and fitting"));
    complete("mary", onlyTask("mary", caseNumber, "Task_ObtainQuoteAnswer"), Map.of("quoteAnswer", "accepted"));

    // A service manager dispatches an engineer; the diagnosis lands in eric's own list.
    complete("sam", onlyTask("sam", caseNumber, "Task_DispatchEngineer"),
        Map.of("engineer", "eric", "appointment", LocalDate.now().plusDays(1) + "T10:00:00Z"));
    assertThat(call("emma", HttpMethod.GET,
        "/engine-rest/task?candidateGroup=engineers&processInstanceBusinessKey=" + caseNumber, null).getBody())
        .as("the diagnosis is eric's, not in the engineers' open group list").isEmpty();
    complete("eric", onlyTask("eric", caseNumber, "Task_DiagnoseOnSite"),
        Map.of("faultsFound", "Upper hinge cracked", "damageCause", "human", "repairRoute", "onSite",
            "partsNeeded", "1x hinge H-20", "repairDifficulty", "simple"));
    complete("eric", onlyTask("eric", caseNumber, "Task_RepairOnSite"), RepairCases.repaired("Hinge replaced"));
    complete("eric", onlyTask("eric", caseNumber, "Task_WriteRepairReport"),
        Map.of("faultsFound", "Upper hinge cracked", "partsReplaced", "H-20 hinge", "oldParts", "returned",
            "reportNotes", "Door aligned and tested"));
    // The head of the department approves the report before the customer signs off (003 三.5).
    complete("sam", onlyTask("sam", caseNumber, "Task_ApproveRepairReport"), Map.of("reportApproval", "approved"));
    complete("eric", onlyTask("eric", caseNumber, "Task_ObtainSignOff"),
        RepairCases.signedOff("resolved", "Customer signed the service record"));

    // Finance records the payment; nobody else sees that task.
    assertThat(tasks("mary", caseNumber)).noneMatch(t -> t.get("taskDefinitionKey").asText().equals("Task_RecordPayment"));
    complete("fiona", onlyTask("fiona", caseNumber, "Task_RecordPayment"),
        Map.of("amountPaid", 200L, "paymentReference", "POS-88231"));

    // The follow-up call is due 24 hours after completion.
    assertThat(tasks("mary", caseNumber)).isEmpty();
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 24L * 3600 * 1000 + 60_000));
    runJobs();
    complete("mary", onlyTask("mary", caseNumber, "Task_FollowUpCall"),
        Map.of("satisfaction", 5L, "followUpComments", "Quick and tidy"));

    JsonNode closed = call("mary", HttpMethod.GET, "/api/service-requests/" + caseNumber, null).getBody();
    assertThat(closed.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(closed.get("closedAt").asText()).isNotBlank();
    assertThat(closed.get("openTasks")).isEmpty();
    List<String> history = json.convertValue(closed.get("history").findValuesAsText("name"), List.class);
    assertThat(history).isNotEmpty();
  }

  // ---- HTTP as a person ------------------------------------------------------------------------

  private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private List<JsonNode> tasks(String user, String caseNumber) {
    ResponseEntity<JsonNode> response =
        call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber, null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.convertValue(response.getBody(), json.getTypeFactory().constructCollectionType(List.class, JsonNode.class));
  }

  private String onlyTask(String user, String caseNumber, String taskDefinitionKey) {
    List<JsonNode> open = tasks(user, caseNumber).stream()
        .filter(t -> t.get("taskDefinitionKey").asText().equals(taskDefinitionKey)).toList();
    assertThat(open).as("%s's open %s tasks; the case's open tasks: %s", user, taskDefinitionKey,
        tasks("admin", caseNumber)).hasSize(1);
    assertThat(open.get(0).get("due").isNull()).as("due date of %s", taskDefinitionKey).isFalse();
    return open.get(0).get("id").asText();
  }

  private void claim(String user, String taskId) {
    ObjectNode body = json.createObjectNode().put("userId", user);
    assertThat(call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", body).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void complete(String user, String taskId, Map<String, Object> values) {
    ResponseEntity<JsonNode> response =
        call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", variables(values));
    assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskId, response.getBody())
        .isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    runJobs();
  }

  private ObjectNode variables(Map<String, Object> values) {
    Map<String, Object> typed = new LinkedHashMap<>();
    values.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", typeOf(value))));
    ObjectNode body = json.createObjectNode();
    body.set("variables", json.valueToTree(typed));
    return body;
  }

  private static String typeOf(Object value) {
    if (value instanceof Long) {
      return "Long";
    }
    if (value instanceof Double) {
      return "Double";
    }
    if (value instanceof Boolean) {
      return "Boolean";
    }
    return "String";
  }

  /** The job executor's part: async mail steps and due timers of this case. */
  private void runJobs() {
    for (int round = 0; round < 20; round++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep becoming due");
  }

  static ZoneId zone() {
    return ZoneId.systemDefault();
  }
}
