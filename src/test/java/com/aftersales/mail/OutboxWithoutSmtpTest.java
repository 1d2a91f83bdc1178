package com.aftersales.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The embedded default: no SMTP host, so mails are kept in the outbox (and logged), once per key. */
@SpringBootTest
@ActiveProfiles("test")
class OutboxWithoutSmtpTest {

  @Autowired JdbcOutbox outbox;

  @Test
  void mailIsKeptOnceWhenNoSmtpServerIsConfigured() {
    String caseNumber = "AS-KEEP-" + System.nanoTime();
    Map<String, Object> model = Map.of("caseNumber", caseNumber, "customerName", "Zhang Wei");

    OutboxEntry first = outbox.sendOnce(caseNumber + ":ack", "zhang.wei@example.com", "test-notice", model);
    OutboxEntry second = outbox.sendOnce(caseNumber + ":ack", "zhang.wei@example.com", "test-notice", model);

    assertThat(first.status()).isEqualTo(OutboxEntry.KEPT);
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(outbox.forCase(caseNumber)).singleElement().satisfies(mail -> {
      assertThat(mail.recipient()).isEqualTo("zhang.wei@example.com");
      assertThat(mail.body()).contains("Dear Zhang Wei,");
    });
  }
}
