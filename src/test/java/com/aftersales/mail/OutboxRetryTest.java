package com.aftersales.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The managers' outbox over HTTP against a real SMTP server (GreenMail): a mail the server refused until its step
 * ran out of retries is listed as owed, a manager's retry sends it once and releases the stuck step, which then
 * finds it sent and does not send it again; others may not look or retry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@ActiveProfiles("test")
@Import(OutboxSmtpIntegrationTest.Config.class)
class OutboxRetryTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired com.aftersales.customers.CustomerService customers;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcOutbox outbox;

  @Test
  void aManagersRetrySendsAnOwedMailOnceAndTheStuckMailStepMovesOnWithoutSendingAgain() {
    repositoryService.createDeployment().name("mail-retry-test").enableDuplicateFiltering(false)
        .addClasspathResource("bpmn/mail-retry-test.bpmn").deploy();
    String caseNumber = "AS-RETRY-" + System.nanoTime();
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseNumber", caseNumber);
    variables.put("customerName", "Zhang Wei");
    // as intake starts a flow: the case carries the customer's archive id, the mail step reads the address there
    variables.put("customerId", customers.create(com.aftersales.customers.NewCustomer.atIntake(
        com.aftersales.customers.CustomerKind.PERSON, "Zhang Wei", null, null, "zhang.wei@example.com", null,
        java.time.LocalDate.now()), "mail-test", "mail test").id());
    String instance = runtimeService.startProcessInstanceByKey("mail-retry-test", caseNumber, variables).getId();

    smtp.stop();
    try {
      for (int attempt = 1; attempt <= 3; attempt++) {
        Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(MailDeliveryFailedException.class);
      }
    } finally {
      smtp.start();
    }
    assertThat(managementService.createJobQuery().processInstanceId(instance).noRetriesLeft().count()).isEqualTo(1);

    TestRestTemplate sam = rest.withBasicAuth("sam", "sam");
    JsonNode listed = sam.getForEntity("/api/desk/outbox?caseNumber={c}", JsonNode.class, caseNumber).getBody();
    assertThat(listed).hasSize(1);
    JsonNode owed = listed.get(0);
    assertThat(owed.path("status").asText()).isEqualTo(OutboxEntry.PENDING);
    assertThat(owed.path("attempts").asInt()).isEqualTo(3);
    assertThat(owed.path("retryable").asBoolean()).isTrue();
    assertThat(owed.path("recipient").asText()).isEqualTo("zhang.wei@example.com");
    assertThat(owed.path("lastError").asText()).isNotBlank();
    assertThat(owed.path("createdAt").path("text").asText()).endsWith("(Asia/Shanghai)");
    long id = owed.path("id").asLong();

    ResponseEntity<JsonNode> retried = sam.postForEntity("/api/desk/outbox/{id}/retry", null, JsonNode.class, id);
    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(retried.getBody().path("mail").path("status").asText()).isEqualTo(OutboxEntry.SENT);
    assertThat(retried.getBody().path("releasedJobs").asInt()).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);

    Job released = managementService.createJobQuery().processInstanceId(instance).singleResult();
    assertThat(released.getRetries()).isEqualTo(1);
    managementService.executeJob(released.getId());
    assertThat(smtp.getReceivedMessages()).as("the step found its mail sent").hasSize(1);
    assertThat(runtimeService.createExecutionQuery().processInstanceId(instance).activityId("Task_Wait").count())
        .isEqualTo(1);

    ResponseEntity<JsonNode> again = sam.postForEntity("/api/desk/outbox/{id}/retry", null, JsonNode.class, id);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(sam.postForEntity("/api/desk/outbox/{id}/retry", null, JsonNode.class, 999_999_999L)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<JsonNode> badId = sam.postForEntity("/api/desk/outbox/abc/retry", null, JsonNode.class);
    assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badId.getBody().path("errors").get(0).path("field").asText()).isEqualTo("id");
  }

  @Test
  void theOutboxIsForManagersAndAdministratorsAndNamesBadFilters() {
    for (String user : new String[] {"sam", "grace", "admin"}) {
      assertThat(rest.withBasicAuth(user, user).getForEntity("/api/desk/outbox", JsonNode.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.OK);
    }
    for (String user : new String[] {"mary", "eric", "fiona"}) {
      ResponseEntity<JsonNode> denied = rest.withBasicAuth(user, user).getForEntity("/api/desk/outbox", JsonNode.class);
      assertThat(denied.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(rest.withBasicAuth(user, user).postForEntity("/api/desk/outbox/1/retry", null, JsonNode.class)
          .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<JsonNode> bad = rest.withBasicAuth("sam", "sam")
        .getForEntity("/api/desk/outbox?status=LOST&limit=0", JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().path("errors")).extracting(e -> e.path("field").asText())
        .containsExactlyInAnyOrder("status", "limit");
  }
}
