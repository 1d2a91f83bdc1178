package com.aftersales.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.mail.JdbcOutbox;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.aftersales.testsupport.Jobs;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The customer's own pages over HTTP, without any login: the status page shows a case's status and next step for
 * its number and the phone's last four digits, nothing personal, and throttles guessing; the acknowledgement mail
 * links to it; the follow-up mail's satisfaction link feeds the same score the follow-up call records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CustomerPagesHttpTest {

  private static final Pattern SATISFACTION_LINK =
      Pattern.compile("/customer/satisfaction\\.html\\?case=(AS-\\d{4}-\\d{6})&token=([A-Za-z0-9_-]+)");

  @Autowired TestRestTemplate rest;
  @Autowired CaseService caseService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcOutbox outbox;
  @Autowired ManagementService managementService;

  @Test
  void statusPagesAreServedWithoutLogin() {
    for (String page : List.of("status.html", "satisfaction.html", "status.js", "satisfaction.js", "customer.js")) {
      ResponseEntity<String> answer = rest.getForEntity("/customer/" + page, String.class);
      assertThat(answer.getStatusCode()).as(page).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).doesNotContain("https://", "innerHTML");
    }
  }

  @Test
  void caseNumberAndLastFourPhoneDigitsShowStatusAndNextStepWithItsDateAndNothingPersonal() {
    String caseNumber = registerRepair("13800138000");
    Map<String, String> right = Map.of("caseNumber", caseNumber, "phoneLastFour", "8000");
    ResponseEntity<JsonNode> status = rest.postForEntity("/api/customer/status", right, JsonNode.class);
    assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = status.getBody();
    assertThat(body.path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(body.path("open").asBoolean()).isTrue();
    // the acknowledgement job is due first: the process waits for it, the assessment task comes after
    assertThat(body.path("nextStep").path("kind").asText()).isIn("task", "scheduled", "none");
    assertThat(body.toString()).doesNotContain("Chen Jing", "13800138000", "chen.jing@example.com", "Pudong",
        "Drum", "WM-1200");

    Jobs.runDue(managementService, caseService.find(caseNumber).orElseThrow().processInstanceId());
    JsonNode next = rest.postForEntity("/api/customer/status", right, JsonNode.class).getBody().path("nextStep");
    Task assess = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(next.path("kind").asText()).isEqualTo("task");
    assertThat(next.path("name").asText()).isEqualTo(assess.getName());
    assertThat(next.path("due").path("text").asText()).endsWith("(Asia/Shanghai)");

    // the acknowledgement mail links to the page with the case number filled in
    OutboxEntry ack = outbox.forCase(caseNumber).get(0);
    assertThat(ack.body()).contains("/customer/status.html?case=" + caseNumber);
  }

  @Test
  void wrongDigitsAndUnknownCasesGetTheSameAnswerBadInputNamesTheFieldAndGuessingIsThrottled() {
    String caseNumber = registerRepair("021-6666 1234");
    ResponseEntity<JsonNode> wrong =
        rest.postForEntity("/api/customer/status", Map.of("caseNumber", caseNumber, "phoneLastFour", "0000"),
            JsonNode.class);
    ResponseEntity<JsonNode> unknown = rest.postForEntity("/api/customer/status",
        Map.of("caseNumber", "AS-1999-000001", "phoneLastFour", "1234"), JsonNode.class);
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(wrong.getBody().path("detail")).isEqualTo(unknown.getBody().path("detail"));
    assertThat(wrong.getHeaders().getContentType().toString()).startsWith("application/problem+json");

    ResponseEntity<JsonNode> invalid = rest.postForEntity("/api/customer/status",
        Map.of("caseNumber", "12345", "phoneLastFour", "12a4"), JsonNode.class);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(invalid.getBody().path("errors")).extracting(e -> e.path("field").asText())
        .containsExactlyInAnyOrder("caseNumber", "phoneLastFour");

    // five wrong answers for one case from one client: then even the right one waits
    for (int i = 1; i < 5; i++) {
      assertThat(rest.postForEntity("/api/customer/status",
          Map.of("caseNumber", caseNumber, "phoneLastFour", String.format("%04d", i)), JsonNode.class)
          .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
    ResponseEntity<JsonNode> throttled = rest.postForEntity("/api/customer/status",
        Map.of("caseNumber", caseNumber, "phoneLastFour", "1234"), JsonNode.class);
    assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("[0-9]+");
    assertThat(throttled.getHeaders().getContentType().toString()).startsWith("application/problem+json");
  }

  @Test
  void theFollowUpMailLinksToTheSatisfactionPageWhoseScoreCompletesTheFollowUpCallLikeTheCall() {
    Started repair = atFollowUpCall("repair");
    String link = satisfactionLink(repair.caseNumber());
    Matcher m = SATISFACTION_LINK.matcher(link);
    assertThat(m.find()).isTrue();
    String token = m.group(2);

    assertThat(rest.getForEntity("/api/customer/satisfaction?caseNumber={c}&token={t}", JsonNode.class,
        repair.caseNumber(), token).getBody().path("answered").asBoolean()).isFalse();
    ResponseEntity<JsonNode> wrongToken = rest.postForEntity("/api/customer/satisfaction",
        Map.of("caseNumber", repair.caseNumber(),
            "token", (token.charAt(0) == 'x' ? "y" : "x") + token.substring(1), "score", 2), JsonNode.class);
    assertThat(wrongToken.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<JsonNode> noScore = rest.postForEntity("/api/customer/satisfaction",
        Map.of("caseNumber", repair.caseNumber(), "token", token, "score", 9), JsonNode.class);
    assertThat(noScore.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noScore.getBody().path("errors").get(0).path("field").asText()).isEqualTo("score");

    ResponseEntity<Void> answered = rest.postForEntity("/api/customer/satisfaction",
        Map.of("caseNumber", repair.caseNumber(), "token", token, "score", 2, "comment", "技师迟到了"), Void.class);
    assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // the same score as the call: recorded on the case, and a low one goes to the managers' review
    assertThat(taskService.createTaskQuery().processInstanceId(repair.instance())
        .taskDefinitionKey("Task_FollowUpCall").count()).isZero();
    assertThat(runtimeService.getVariable(repair.instance(), SatisfactionAnswers.SCORE)).isEqualTo(2);
    assertThat(taskService.createTaskQuery().processInstanceId(repair.instance())
        .taskDefinitionKey("Task_ReviewDissatisfaction").count()).isEqualTo(1);
    assertThat(caseService.records(repair.caseNumber())).extracting(ServiceRecord::note)
        .anyMatch(note -> note.contains("2/5") && note.contains("(online) 技师迟到了"));

    ResponseEntity<JsonNode> again = rest.postForEntity("/api/customer/satisfaction",
        Map.of("caseNumber", repair.caseNumber(), "token", token, "score", 5), JsonNode.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().path("reason").asText()).isEqualTo("answered");
  }

  @Test
  void anExchangeCustomerAnswersTooAndAnAnswerAfterThePhoneCallIsRefused() {
    Started exchange = atFollowUpCall("exchange");
    Matcher m = SATISFACTION_LINK.matcher(satisfactionLink(exchange.caseNumber()));
    assertThat(m.find()).isTrue();
    Task call = taskService.createTaskQuery().processInstanceId(exchange.instance())
        .taskDefinitionKey("Task_FollowUpCall").singleResult();
    taskService.complete(call.getId(), Map.of("satisfaction", 4, "followUpComments", "Happy with the new unit"));

    ResponseEntity<JsonNode> late = rest.postForEntity("/api/customer/satisfaction",
        Map.of("caseNumber", exchange.caseNumber(), "token", m.group(2), "score", 1), JsonNode.class);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody().path("reason").asText()).isEqualTo("called");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(exchange.instance()).count() == 0
        || Integer.valueOf(4).equals(runtimeService.getVariable(exchange.instance(), "satisfaction"))).isTrue();
  }

  record Started(String caseNumber, String instance) {}

  /** A case of the flow whose process starts right at its follow-up call (the steps before are other tests'). */
  private Started atFollowUpCall(String processKey) {
    String caseNumber = caseService.open(new NewCase(processKey, "phone", "Sun Li", "13700001111",
        "sun.li+" + UUID.randomUUID().toString().substring(0, 6) + "@example.com", null, "WM-1200", "SN-SAT", null,
        Boolean.TRUE, "Follow-up test", null)).caseNumber();
    String instance = runtimeService.createProcessInstanceByKey(processKey).businessKey(caseNumber)
        .setVariables(Map.of("caseNumber", caseNumber, "engineer", "eric", "newSerialNumber", "SN-NEW"))
        .startBeforeActivity("Task_FollowUpCall").execute().getId();
    caseService.attachProcessInstance(caseNumber, instance);
    return new Started(caseNumber, instance);
  }

  private String satisfactionLink(String caseNumber) {
    OutboxEntry mail = outbox.forCase(caseNumber).stream()
        .filter(e -> FollowUpSatisfactionMail.TEMPLATE.equals(e.template())).findFirst().orElseThrow();
    assertThat(mail.recipient()).startsWith("sun.li+");
    return mail.body();
  }

  private String registerRepair(String phone) {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "repair", "channel", "phone",
            "customer", Map.of("name", "Chen Jing", "phone", phone, "email", "chen.jing@example.com",
                "address", "Pudong, Shanghai"),
            "product", Map.of("model", "WM-1200", "serialNumber", "SN-STATUS", "purchaseDate", "2026-06-01",
                "purchaseProof", true),
            "description", "Drum does not turn"),
        JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().path("caseNumber").asText();
  }
}
