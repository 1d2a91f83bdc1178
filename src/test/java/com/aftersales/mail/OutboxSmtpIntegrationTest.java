package com.aftersales.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

/** The outbox and the mail step against a real SMTP server (GreenMail) inside the test JVM. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@ActiveProfiles("test")
class OutboxSmtpIntegrationTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired RuntimeService runtimeService;
  @Autowired com.aftersales.customers.CustomerService customers;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired JdbcOutbox outbox;
  @Autowired FlakyStep flakyStep;

  private static final AtomicInteger CASES = new AtomicInteger();

  @TestConfiguration
  static class Config {
    @Bean
    FlakyStep flakyStep() {
      return new FlakyStep();
    }
  }

  /** Fails as often as told, after the mail step of the same transaction has run. */
  public static class FlakyStep {
    final AtomicInteger failures = new AtomicInteger();

    public void run() {
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new IllegalStateException("database hiccup after the mail was sent");
      }
    }
  }

  @BeforeEach
  void deployTestProcess() {
    repositoryService.createDeployment().name("mail-retry-test").enableDuplicateFiltering(false)
        .addClasspathResource("bpmn/mail-retry-test.bpmn").deploy();
  }

  @Test
  void retriedJobDoesNotSendTheSameMailTwiceButTheNextLoopPassSendsAgain() throws Exception {
    String caseNumber = newCaseNumber();
    ProcessInstance instance = start(caseNumber, "li.lei@example.com");
    flakyStep.failures.set(1);

    Job job = onlyJob(instance);
    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .hasMessageContaining("database hiccup");
    assertThat(smtp.getReceivedMessages()).hasSize(1);

    managementService.executeJob(job.getId());
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    List<OutboxEntry> mails = outbox.forCase(caseNumber);
    assertThat(mails).singleElement().satisfies(mail -> {
      assertThat(mail.status()).isEqualTo(OutboxEntry.SENT);
      assertThat(mail.attempts()).isEqualTo(1);
      assertThat(mail.subject()).isEqualTo("Case " + caseNumber + ": test notice");
    });

    runtimeService.createMessageCorrelation("again").processInstanceId(instance.getId()).correlate();
    managementService.executeJob(onlyJob(instance).getId());
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(outbox.forCase(caseNumber)).extracting(OutboxEntry::status)
        .containsExactly(OutboxEntry.SENT, OutboxEntry.SENT);

    MimeMessage received = smtp.getReceivedMessages()[1];
    assertThat(received.getAllRecipients()[0].toString()).isEqualTo("li.lei@example.com");
    assertThat(received.getFrom()[0].toString()).isEqualTo("service@aftersales.example");
    assertThat((String) received.getContent()).contains(caseNumber);
  }

  @Test
  void mailServerDownFailsTheJobAndTheRetrySendsItOnceWhenBack() {
    String caseNumber = newCaseNumber();
    ProcessInstance instance = start(caseNumber, "han.meimei@example.com");
    Job job = onlyJob(instance);

    smtp.stop();
    try {
      assertThatThrownBy(() -> managementService.executeJob(job.getId()))
          .isInstanceOf(MailDeliveryFailedException.class);
    } finally {
      smtp.start();
    }
    assertThat(outbox.forCase(caseNumber)).singleElement().satisfies(mail -> {
      assertThat(mail.status()).isEqualTo(OutboxEntry.PENDING);
      assertThat(mail.attempts()).isEqualTo(1);
      assertThat(mail.lastError()).isNotBlank();
    });
    Job retry = onlyJob(instance);
    assertThat(retry.getRetries()).isEqualTo(2);

    managementService.executeJob(retry.getId());
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(outbox.forCase(caseNumber)).singleElement()
        .satisfies(mail -> assertThat(mail.status()).isEqualTo(OutboxEntry.SENT));
  }

  @Test
  void failedMailStepWaitsForTheModelledRetryIntervalInsteadOfRetryingAtOnce() {
    // R3/PT1M: the engine's default would be three attempts at once
    Date now = Date.from(Instant.parse("2026-03-02T02:00:00Z"));
    ClockUtil.setCurrentTime(now);
    try {
      String caseNumber = newCaseNumber();
      ProcessInstance instance = start(caseNumber, "wei.hua@example.com");
      Job job = onlyJob(instance);
      smtp.stop();
      try {
        assertThatThrownBy(() -> managementService.executeJob(job.getId()))
            .isInstanceOf(MailDeliveryFailedException.class);
      } finally {
        smtp.start();
      }
      Job retry = onlyJob(instance);
      assertThat(retry.getRetries()).isEqualTo(2);
      assertThat(retry.getDuedate()).isEqualTo(Date.from(now.toInstant().plus(Duration.ofMinutes(1))));
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void customerWithoutEmailIsRecordedAsUndeliverableAndTheStepCompletes() {
    String caseNumber = newCaseNumber();
    ProcessInstance instance = start(caseNumber, null);

    managementService.executeJob(onlyJob(instance).getId());

    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(outbox.forCase(caseNumber)).singleElement()
        .satisfies(mail -> assertThat(mail.status()).isEqualTo(OutboxEntry.NO_ADDRESS));
    assertThat(runtimeService.createExecutionQuery().processInstanceId(instance.getId()).activityId("Task_Wait").count())
        .isEqualTo(1);
  }

  @Test
  void groupRecipientsAreEveryMemberWithAnAddress() {
    Group group = identityService.newGroup("mail-test-group");
    identityService.saveGroup(group);
    try {
      for (String id : List.of("mt-a", "mt-b", "mt-c")) {
        User user = identityService.newUser(id);
        user.setEmail(id.equals("mt-c") ? null : id + "@aftersales.example");
        identityService.saveUser(user);
        identityService.createMembership(id, "mail-test-group");
      }
      MailRecipients recipients = new MailRecipients(identityService);
      assertThat(recipients.resolve("mail-test-group", Map.of()))
          .containsExactly("mt-a@aftersales.example", "mt-b@aftersales.example");
      assertThat(recipients.resolve("boss@example.com", Map.of())).containsExactly("boss@example.com");
      assertThatThrownBy(() -> recipients.resolve("no-such-group", Map.of()))
          .isInstanceOf(IllegalArgumentException.class);
    } finally {
      for (String id : List.of("mt-a", "mt-b", "mt-c")) {
        identityService.deleteUser(id);
      }
      identityService.deleteGroup("mail-test-group");
    }
  }

  @Test
  void groupAddressesAreRememberedForTheirTimeToLiveAndThenAskedAgain() {
    Group group = identityService.newGroup("mail-ttl-group");
    identityService.saveGroup(group);
    List<String> ids = List.of("mt-first", "mt-joiner");
    try {
      User first = identityService.newUser("mt-first");
      first.setEmail("mt-first@aftersales.example");
      identityService.saveUser(first);
      identityService.createMembership("mt-first", "mail-ttl-group");
      Instant[] now = {Instant.parse("2026-11-23T08:00:00Z")};
      Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now[0]; }
      };
      MailRecipients recipients = new MailRecipients(identityService, Duration.ofSeconds(60), clock);
      assertThat(recipients.resolve("mail-ttl-group", Map.of())).containsExactly("mt-first@aftersales.example");

      User joiner = identityService.newUser("mt-joiner");
      joiner.setEmail("mt-joiner@aftersales.example");
      identityService.saveUser(joiner);
      identityService.createMembership("mt-joiner", "mail-ttl-group");
      now[0] = now[0].plusSeconds(59);
      assertThat(recipients.resolve("mail-ttl-group", Map.of())).containsExactly("mt-first@aftersales.example");
      now[0] = now[0].plusSeconds(2);
      assertThat(recipients.resolve("mail-ttl-group", Map.of()))
          .containsExactly("mt-first@aftersales.example", "mt-joiner@aftersales.example");
      // an unknown group is never remembered as empty: it fails every time
      assertThatThrownBy(() -> recipients.resolve("no-such-group", Map.of()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> recipients.resolve("no-such-group", Map.of()))
          .isInstanceOf(IllegalArgumentException.class);
    } finally {
      ids.forEach(identityService::deleteUser);
      identityService.deleteGroup("mail-ttl-group");
    }
  }

  private ProcessInstance start(String caseNumber, String email) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseNumber", caseNumber);
    variables.put("customerName", "Test Customer");
    // as intake starts a flow: the case carries the customer's archive id, the mail step reads the address there
    variables.put("customerId", archived("Test Customer", email));
    return runtimeService.startProcessInstanceByKey("mail-retry-test", caseNumber, variables);
  }

  private long archived(String name, String email) {
    return customers.create(com.aftersales.customers.NewCustomer.atIntake(com.aftersales.customers.CustomerKind.PERSON,
        name, null, null, email, null, java.time.LocalDate.now()), "mail-test", "mail test").id();
  }

  private Job onlyJob(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  private static String newCaseNumber() {
    return "AS-TEST-" + System.nanoTime() + "-" + CASES.incrementAndGet();
  }
}
