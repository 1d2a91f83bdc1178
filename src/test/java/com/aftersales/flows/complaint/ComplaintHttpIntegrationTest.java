package com.aftersales.flows.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.flows.complaint.ComplaintProcess.Elements;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
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

/**
 * A complaint end to end over HTTP as staff would work it: intake API (mary), tasks through the engine REST
 * API as Tasklist does, the report for a service manager (sam).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ComplaintHttpIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired WorkingDayCalendar calendar;

  @Test
  void complaintTakenByPhoneIsResolvedArchivedAndCountedInTheReport() {
    Map<String, Object> request = Map.of(
        "type", "complaint",
        "channel", "phone",
        "customer", Map.of("name", "Han Meimei", "phone", "13700137000", "email", "han.meimei@example.com"),
        "product", Map.of("model", "WM-1200", "serialNumber", "SN-HTTP-" + System.nanoTime()),
        "description", "The engineer was rude and left the kitchen flooded");
    ResponseEntity<JsonNode> created =
        rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests", request, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().path("caseNumber").asText();
    String processInstanceId = created.getBody().path("processInstanceId").asText();

    complete("mary", processInstanceId, Elements.RECORD_COMPLAINT, Map.of(
        "category", "installation", "severity", "normal", "keyCustomer", false,
        "customerDemand", "Dry the kitchen and send someone else",
        "description", "The engineer was rude and left the kitchen flooded"));
    Jobs.runDue(managementService, processInstanceId);

    // Sam (service managers) cannot see customer service's task; Mary can.
    String respondTasks = "/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + Elements.RESPOND;
    assertThat(rest.withBasicAuth("sam", "sam").getForObject(respondTasks, JsonNode.class)).isEmpty();
    complete("mary", processInstanceId, Elements.RESPOND, Map.of(
        "responseOutcome", "resolved", "resolution", "Apologised; a senior engineer dries the kitchen today",
        "causeCategory", "staff-conduct"));
    Jobs.runDue(managementService, processInstanceId);
    complete("mary", processInstanceId, Elements.CONFIRM_FEEDBACK, Map.of(
        "customerFeedback", "satisfied", "feedbackNote", "Thanks for the quick help"));
    complete("mary", processInstanceId, Elements.FOLLOW_UP, Map.of(
        "followUpChannel", "call", "satisfactionScore", 5, "followUpNote", "Kitchen dry, customer content"));
    Jobs.runDue(managementService, processInstanceId);

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getEndTime()).isNotNull();
    JsonNode view = rest.withBasicAuth("mary", "mary")
        .getForObject("/api/service-requests/" + caseNumber, JsonNode.class);
    assertThat(view.path("status").asText()).isEqualTo(ComplaintProcess.Status.ARCHIVED);

    String today = LocalDate.now(calendar.zone()).toString();
    String report = "/api/reports/complaints?from=" + today + "&to=" + today;
    ResponseEntity<JsonNode> json = rest.withBasicAuth("sam", "sam").getForEntity(report, JsonNode.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.getBody().path("complaints").asInt()).isPositive();
    assertThat(json.getBody().path("byCause").path("staff-conduct").asInt()).isPositive();
    assertThat(json.getBody().path("responseTimes").path("met").asInt()).isPositive();

    HttpHeaders csv = new HttpHeaders();
    csv.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<String> csvReport = rest.withBasicAuth("ann", "ann")
        .exchange(report, HttpMethod.GET, new HttpEntity<>(csv), String.class);
    assertThat(csvReport.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csvReport.getBody()).startsWith("section,key,value").contains("cause,staff-conduct,");

    assertThat(rest.withBasicAuth("mary", "mary").getForEntity(report, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(report, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private void complete(String user, String processInstanceId, String taskKey, Map<String, Object> values) {
    JsonNode tasks = rest.withBasicAuth(user, user).getForObject(
        "/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + taskKey, JsonNode.class);
    assertThat(tasks).as("open %s for %s", taskKey, user).hasSize(1);
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = rest.withBasicAuth(user, user).exchange(
        "/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables), headers), String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The job executor is off in tests: run the mail steps as it would. */
}
