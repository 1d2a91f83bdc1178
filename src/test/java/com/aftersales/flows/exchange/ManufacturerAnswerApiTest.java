package com.aftersales.flows.exchange;

import com.aftersales.flows.exchange.api.ManufacturerAnswerController;
import static com.aftersales.flows.exchange.ExchangeProcess.Ids;
import static com.aftersales.flows.exchange.ExchangeProcess.Vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.ServiceCase;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sales office's narrow door for the manufacturer's answer, {@code POST /api/exchanges/{caseNumber}/manufacturer-answer},
 * and the wide one it replaces: the sales office no longer holds UPDATE_INSTANCE on the exchange definition, so it
 * cannot modify, suspend, set variables on or correlate messages to exchange instances through /engine-rest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ManufacturerAnswerApiTest {

  /** One demo user of every group but the sales office. */
  static final Map<String, String> OTHER_GROUPS = new LinkedHashMap<>();

  static {
    OTHER_GROUPS.put("customer-service", "mary");
    OTHER_GROUPS.put("engineers", "eric");
    OTHER_GROUPS.put("service-managers", "sam");
    OTHER_GROUPS.put("regional-managers", "rita");
    OTHER_GROUPS.put("sales", "sally");
    OTHER_GROUPS.put("general-manager", "grace");
    OTHER_GROUPS.put("planning", "paul");
    OTHER_GROUPS.put("production", "pete");
    OTHER_GROUPS.put("warehouse", "walt");
    OTHER_GROUPS.put("marketing-managers", "mark");
    OTHER_GROUPS.put("finance", "fiona");
    OTHER_GROUPS.put("analysts", "ann");
    OTHER_GROUPS.put("camunda-admin", "admin");
  }

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ExchangeAuthorizations exchangeAuthorizations;
  @Autowired CaseService cases;

  @Test
  @DisplayName("the sales office's answer moves the waiting case on and records who entered it")
  void anAcceptedAnswerMovesTheCaseAndRecordsTheSalesOfficeUser() {
    ProcessInstance pi = waitingForTheAnswer();
    String caseNumber = pi.getBusinessKey();

    ResponseEntity<JsonNode> entered = answer("oscar", caseNumber,
        Map.of("decision", "accepted", "note", "Pickup booked", "pickupDate", "2026-12-01"));

    assertThat(entered.getStatusCode()).as("%s", entered.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(entered.getBody().path("status").asText()).isEqualTo("RETURNING_TO_MANUFACTURER");
    assertThat(entered.getBody().path("enteredBy").asText()).isEqualTo("oscar");
    assertThat(runtimeService.createExecutionQuery().processInstanceId(pi.getId())
        .activityId(Ids.MAIL_CUSTOMER_EXCHANGE_CONFIRMED).count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Ids.ENTER_MANUFACTURER_ANSWER).count()).isZero();
    assertThat(runtimeService.getVariable(pi.getId(), Vars.MANUFACTURER_DECISION)).isEqualTo("accepted");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.PICKUP_DATE)).isEqualTo("2026-12-01");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.MANUFACTURER_ANSWER_ENTERED_BY)).isEqualTo("oscar");
    assertThat(cases.find(caseNumber).orElseThrow().status()).isEqualTo("RETURNING_TO_MANUFACTURER");
    assertThat(cases.records(caseNumber)).filteredOn(r -> "MANUFACTURER_ANSWER".equals(r.action())).singleElement()
        .satisfies(r -> {
          assertThat(r.recordedBy()).isEqualTo("oscar");
          assertThat(r.note()).contains("Pickup booked").contains("2026-12-01").contains("由 oscar 录入");
        });
  }

  @Test
  @DisplayName("a refusal (also spelt 'rejected') sends the case to negotiation")
  void aRefusalSendsTheCaseToNegotiation() {
    ProcessInstance pi = waitingForTheAnswer();

    ResponseEntity<JsonNode> entered = answer("oscar", pi.getBusinessKey(),
        Map.of("decision", "rejected", "note", "Damage not covered"));

    assertThat(entered.getStatusCode()).as("%s", entered.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(entered.getBody().path("decision").asText()).isEqualTo("refused");
    assertThat(entered.getBody().path("status").asText()).isEqualTo("NEGOTIATION");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.REJECTED_BY)).isEqualTo("厂方");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.REJECTION_REASON)).isEqualTo("Damage not covered");
  }

  @Test
  @DisplayName("bad input is answered 400 problem+json naming every bad field, and changes nothing")
  void badInputIsRefusedNamingTheFields() {
    ProcessInstance pi = waitingForTheAnswer();
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("decision", "perhaps");
    bad.put("note", 42);
    bad.put("pickupDate", "next Friday");
    bad.put("processVariables", Map.of("generalManagerDecision", Map.of("value", "approved")));

    ResponseEntity<JsonNode> refused = answer("oscar", pi.getBusinessKey(), bad);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(fields(refused.getBody())).containsExactlyInAnyOrder("decision", "note", "pickupDate", "processVariables");

    ResponseEntity<JsonNode> empty = answer("oscar", pi.getBusinessKey(), Map.of());
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(empty.getBody())).containsExactly("decision");

    ResponseEntity<JsonNode> tooLong = answer("oscar", pi.getBusinessKey(),
        Map.of("decision", "accepted", "note", "x".repeat(ManufacturerAnswerController.NOTE_MAX + 1)));
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(tooLong.getBody())).containsExactly("note");

    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Ids.ENTER_MANUFACTURER_ANSWER).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.MANUFACTURER_DECISION)).isNull();
    assertThat(cases.records(pi.getBusinessKey())).noneMatch(r -> "MANUFACTURER_ANSWER".equals(r.action()));
  }

  @Test
  @DisplayName("every group but the sales office is refused 403, anonymous 401")
  void otherGroupsAreRefused() {
    ProcessInstance pi = waitingForTheAnswer();
    Map<String, Object> accepted = Map.of("decision", "accepted");
    List<String> mismatches = new ArrayList<>();
    OTHER_GROUPS.forEach((group, user) -> {
      ResponseEntity<JsonNode> answer = answer(user, pi.getBusinessKey(), accepted);
      if (answer.getStatusCode() != HttpStatus.FORBIDDEN
          || !answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
        mismatches.add(group + ": " + answer.getStatusCode());
      }
    });
    assertThat(mismatches).isEmpty();
    assertThat(rest.postForEntity(path(pi.getBusinessKey()), accepted, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.MANUFACTURER_DECISION)).isNull();
  }

  @Test
  @DisplayName("a second answer to the same case is a conflict (409) and records nothing")
  void aDuplicateAnswerIsAConflict() {
    ProcessInstance pi = waitingForTheAnswer();
    assertThat(answer("oscar", pi.getBusinessKey(), Map.of("decision", "accepted")).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> again = answer("oscar", pi.getBusinessKey(), Map.of("decision", "refused"));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(again.getBody().path("detail").asText()).contains(pi.getBusinessKey());
    assertThat(runtimeService.getVariable(pi.getId(), Vars.MANUFACTURER_DECISION)).isEqualTo("accepted");
    assertThat(cases.records(pi.getBusinessKey())).filteredOn(r -> "MANUFACTURER_ANSWER".equals(r.action())).hasSize(1);
  }

  @Test
  @DisplayName("an unknown case or a non-exchange case is 404; an exchange not yet waiting for the answer is 409")
  void unknownAndNotWaitingCases() {
    Map<String, Object> accepted = Map.of("decision", "accepted");
    ResponseEntity<JsonNode> unknown = answer("oscar", "AS-1999-999999", accepted);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();

    ServiceCase complaint = ExchangeTestFlows.openCase(cases, "complaint", LocalDate.now().minusMonths(1), true);
    assertThat(answer("oscar", complaint.caseNumber(), accepted).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ProcessInstance early = ExchangeTestFlows.startExchange(cases, runtimeService, LocalDate.now().minusMonths(2), true,
        Map.of());
    assertThat(answer("oscar", early.getBusinessKey(), accepted).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(runtimeService.getVariable(early.getId(), Vars.MANUFACTURER_DECISION)).isNull();
    runtimeService.deleteProcessInstance(early.getId(), "test finished");
  }

  @Test
  @DisplayName("the sales office's Tasklist task for the answer still works, and the endpoint then answers 409")
  void theSalesOfficeTaskStillWorks() {
    ProcessInstance pi = waitingForTheAnswer();
    String taskId = rest.withBasicAuth("oscar", "oscar").getForObject(
        "/engine-rest/task?processInstanceId=" + pi.getId() + "&taskDefinitionKey=" + Ids.ENTER_MANUFACTURER_ANSWER,
        JsonNode.class).get(0).path("id").asText();
    assertThat(rest.withBasicAuth("oscar", "oscar").postForEntity("/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "oscar"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> completed = rest.withBasicAuth("oscar", "oscar").postForEntity(
        "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of(Vars.MANUFACTURER_DECISION, Map.of("value", "accepted"))), String.class);
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(cases.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("RETURNING_TO_MANUFACTURER");

    assertThat(answer("oscar", pi.getBusinessKey(), Map.of("decision", "refused")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  @DisplayName("the sales office cannot modify, suspend, set variables on or correlate to an exchange via /engine-rest")
  void theSalesOfficeCannotChangeExchangeInstancesThroughTheEngineRestApi() {
    ProcessInstance pi = waitingForTheAnswer();
    String instance = "/engine-rest/process-instance/" + pi.getId();
    Map<String, Object> modification = Map.of("skipCustomListeners", true, "instructions", List.of(
        Map.of("type", "cancel", "activityId", Ids.AWAIT_MANUFACTURER_ANSWER),
        Map.of("type", "startBeforeActivity", "activityId", Ids.SHIP_UNIT_TO_MANUFACTURER)));
    Map<String, Object> variable = Map.of("value", "approved", "type", "String");

    assertThat(oscar(HttpMethod.POST, instance + "/modification", modification)).isEqualTo(403);
    assertThat(oscar(HttpMethod.PUT, instance + "/suspended", Map.of("suspended", true))).isEqualTo(403);
    assertThat(oscar(HttpMethod.PUT, instance + "/variables/generalManagerDecision", variable)).isEqualTo(403);
    assertThat(oscar(HttpMethod.POST, instance + "/variables",
        Map.of("modifications", Map.of("generalManagerDecision", variable)))).isEqualTo(403);
    assertThat(oscar(HttpMethod.PUT, "/engine-rest/process-instance/suspended",
        Map.of("processDefinitionKey", ExchangeProcess.PROCESS_KEY, "suspended", true))).isEqualTo(403);
    assertThat(oscar(HttpMethod.POST, "/engine-rest/message", Map.of(
        "messageName", ExchangeProcess.MESSAGE_MANUFACTURER_ANSWER, "businessKey", pi.getBusinessKey(),
        "processVariables", Map.of(Vars.MANUFACTURER_DECISION, Map.of("value", "accepted", "type", "String")))))
        .isEqualTo(403);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).active().count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(pi.getId(), "generalManagerDecision")).isNull();
    assertThat(runtimeService.getVariable(pi.getId(), Vars.MANUFACTURER_DECISION)).isNull();
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Ids.ENTER_MANUFACTURER_ANSWER).count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Ids.SHIP_UNIT_TO_MANUFACTURER).count()).isZero();
    // still looks exchange cases up
    assertThat(rest.withBasicAuth("oscar", "oscar").getForObject(
        "/engine-rest/process-instance?processInstanceIds=" + pi.getId(), JsonNode.class)).hasSize(1);
  }

  @Test
  @DisplayName("a database from before loses the sales office's UPDATE_INSTANCE on exchange at start")
  void aGrantFromBeforeLosesUpdateInstanceAtStart() {
    Authorization grant = salesOfficeOnExchange();
    grant.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
    authorizationService.saveAuthorization(grant);
    assertThat(salesOfficeOnExchange().isPermissionGranted(ProcessDefinitionPermissions.UPDATE_INSTANCE)).isTrue();

    exchangeAuthorizations.afterSingletonsInstantiated();

    Authorization after = salesOfficeOnExchange();
    assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_INSTANCE)).isFalse();
    assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.READ)).isTrue();
    assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE)).isTrue();
    assertThat(authorizationService.isUserAuthorized("oscar", List.of("sales-office"),
        ProcessDefinitionPermissions.UPDATE_INSTANCE, Resources.PROCESS_DEFINITION, ExchangeProcess.PROCESS_KEY))
        .isFalse();
  }

  private Authorization salesOfficeOnExchange() {
    return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn("sales-office").resourceType(Resources.PROCESS_DEFINITION).resourceId(ExchangeProcess.PROCESS_KEY)
        .singleResult();
  }

  /** An exchange case whose request went to the manufacturer: the message subscription and the office's task. */
  private ProcessInstance waitingForTheAnswer() {
    ServiceCase c = ExchangeTestFlows.openCase(cases, ExchangeProcess.CASE_TYPE, LocalDate.now().minusMonths(2), true);
    ProcessInstance pi = runtimeService.createProcessInstanceByKey(ExchangeProcess.PROCESS_KEY)
        .businessKey(c.caseNumber())
        .setVariable(CaseVariables.CASE_NUMBER, c.caseNumber())
        .setVariable(CaseVariables.CASE_TYPE, c.type())
        .setVariable(CaseVariables.CUSTOMER_NAME, c.customerName())
        .setVariable(CaseVariables.PRODUCT_MODEL, c.productModel())
        .startBeforeActivity(Ids.AWAIT_MANUFACTURER_ANSWER)
        .execute();
    cases.attachProcessInstance(c.caseNumber(), pi.getId());
    return pi;
  }

  private static String path(String caseNumber) {
    return "/api/exchanges/" + caseNumber + "/manufacturer-answer";
  }

  private ResponseEntity<JsonNode> answer(String user, String caseNumber, Map<String, Object> body) {
    return rest.withBasicAuth(user, user).postForEntity(path(caseNumber), body, JsonNode.class);
  }

  private int oscar(HttpMethod method, String path, Object body) {
    return rest.withBasicAuth("oscar", "oscar").exchange(path, method, new HttpEntity<>(body), String.class)
        .getStatusCode().value();
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }
}
