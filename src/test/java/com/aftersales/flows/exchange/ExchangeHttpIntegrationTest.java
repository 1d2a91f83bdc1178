package com.aftersales.flows.exchange;

import static com.aftersales.flows.exchange.ExchangeProcess.Ids;
import static com.aftersales.flows.exchange.ExchangeProcess.Vars;
import static com.aftersales.testsupport.EngineRestTasks.complete;
import static com.aftersales.testsupport.EngineRestTasks.taskId;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
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
 * The exchange through the real HTTP stack: intake starts it ({@code POST /api/service-requests}), staff
 * work their tasks over {@code /engine-rest} with HTTP Basic, and a sales-office user enters the manufacturer's
 * answer with {@code POST /api/exchanges/{caseNumber}/manufacturer-answer}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExchangeHttpIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired CaseService cases;
  @Autowired com.aftersales.mail.Outbox outbox;

  @Test
  void exchangeRequestedOverTheApiIsAnsweredByTheManufacturerThroughTheSalesOfficesEndpoint() {
    Map<String, Object> request = Map.of(
        "type", "exchange",
        "channel", "dealer",
        "customer", Map.of("name", "Chen Jie", "phone", "+86 135 0000 1234", "email", "chen.jie@example.com"),
        "product", Map.of("model", "Centrifuge C-200", "serialNumber", "SN-HTTP-1",
            "purchaseDate", LocalDate.now().minusMonths(2).toString(), "purchaseProof", true),
        "description", "Lid lock fails after a week of use");
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary")
        .postForEntity("/api/service-requests", request, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().path("caseNumber").asText();
    String instanceId = created.getBody().path("processInstanceId").asText();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId)
        .processDefinitionKey(ExchangeProcess.PROCESS_KEY).processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);

    // Staff work the tasks in Tasklist's way: find, fetch the form, claim, complete.
    String confirm = taskId(rest, "sally", instanceId, Ids.CONFIRM_QUALITY_PROBLEM);
    ResponseEntity<String> form = rest.withBasicAuth("sally", "sally")
        .getForEntity("/engine-rest/task/" + confirm + "/deployed-form", String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("exchange-confirm-quality-problem");
    complete(rest, "sally", confirm,
        Map.of(Vars.DAMAGE_CAUSE, "quality", Vars.QUALITY_FINDINGS, "Lid lock spring broken"));
    complete(rest, "sally", taskId(rest, "sally", instanceId, Ids.FILL_EXCHANGE_FORM),
        Map.of(Vars.EXCHANGE_REASON, "Lid lock spring breaks repeatedly; the unit cannot be used safely"));
    complete(rest, "rita", taskId(rest, "rita", instanceId, Ids.SIGN_AS_REGIONAL_MANAGER),
        Map.of("regionalManagerDecision", "approved", "regionalManagerComment", "Agreed"));
    complete(rest, "oscar", taskId(rest, "oscar", instanceId, Ids.CHECK_RETURNED_PRODUCT),
        Map.of("salesOfficeDecision", "approved", "salesOfficeComment", "Unit checked, complete"));
    complete(rest, "grace", taskId(rest, "grace", instanceId, Ids.DECIDE_AS_GENERAL_MANAGER),
        Map.of("generalManagerDecision", "approved", "generalManagerComment", "Exchange"));
    complete(rest, "walt", taskId(rest, "walt", instanceId, Ids.STORE_RETURNED_UNIT),
        Map.of(Vars.STORAGE_LOCATION, "B-01-02", Vars.EXCHANGE_FORM_ENCLOSED, true));
    Job mail = managementService.createJobQuery().processInstanceId(instanceId)
        .activityId(Ids.MAIL_MANUFACTURER_REQUEST).singleResult();
    managementService.executeJob(mail.getId());
    assertThat(outbox.forCase(caseNumber)).anySatisfy(m -> {
      assertThat(m.template()).isEqualTo("exchange-manufacturer-request");
      assertThat(m.recipient()).isEqualTo("manufacturer@example.com");
    });

    // The sales office enters the answer through its own endpoint; /engine-rest/message is closed to staff.
    Map<String, Object> message = Map.of(
        "messageName", ExchangeProcess.MESSAGE_MANUFACTURER_ANSWER,
        "businessKey", caseNumber,
        "processVariables", Map.of(Vars.MANUFACTURER_DECISION, Map.of("value", "accepted", "type", "String")));
    assertThat(rest.withBasicAuth("oscar", "oscar").postForEntity("/engine-rest/message", message, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Object> answer = Map.of(
        "decision", "accepted",
        "note", "Replacement ships Friday",
        "pickupDate", LocalDate.now().plusDays(5).toString());
    String answerPath = "/api/exchanges/" + caseNumber + "/manufacturer-answer";
    assertThat(rest.postForEntity(answerPath, answer, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("mary", "mary").postForEntity(answerPath, answer, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("oscar", "oscar").postForEntity(answerPath, answer, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    Job confirmation = managementService.createJobQuery().processInstanceId(instanceId)
        .activityId(Ids.MAIL_CUSTOMER_EXCHANGE_CONFIRMED).singleResult();
    managementService.executeJob(confirmation.getId());
    assertThat(taskId(rest, "walt", instanceId, Ids.SHIP_UNIT_TO_MANUFACTURER)).isNotBlank();
    ResponseEntity<JsonNode> view = rest.withBasicAuth("mary", "mary")
        .getForEntity("/api/service-requests/" + caseNumber, JsonNode.class);
    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(view.getBody().path("status").asText()).isEqualTo("RETURNING_TO_MANUFACTURER");
    assertThat(cases.records(caseNumber)).anySatisfy(r -> {
      assertThat(r.action()).isEqualTo("MANUFACTURER_ANSWER");
      assertThat(r.note()).contains("Replacement ships Friday");
    });
  }

  @Test
  void theLedgerEndpointAsksForCredentialsAndChecksTheGroup() {
    assertThat(rest.getForEntity("/api/exchange-ledger", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("mary", "mary").getForEntity("/api/exchange-ledger", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    HttpHeaders csv = new HttpHeaders();
    csv.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<String> ledger = rest.withBasicAuth("grace", "grace").exchange(
        "/api/exchange-ledger?from=2026-01-01&to=2026-12-31", HttpMethod.GET, new HttpEntity<>(csv), String.class);
    assertThat(ledger.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ledger.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
    assertThat(ledger.getBody()).startsWith("exchange_date,case_number,");
    ResponseEntity<JsonNode> bad = rest.withBasicAuth("grace", "grace")
        .getForEntity("/api/exchange-ledger?from=yesterday", JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(bad.getBody().path("errors").get(0).path("field").asText()).isEqualTo("from");
  }
}
