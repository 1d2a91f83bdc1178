package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The managers' outbox lists the campaign SMS beside the mails: each row says its channel (短信 / 邮件, SMS / mail),
 * and an SMS still owed has no retry button, because the outbox API refuses to retry it (its campaign sends it
 * again). Written as the outbox writes such rows: a campaign SMS without a case number that the gateway refused once,
 * and a mail owed the same way.
 */
class OutboxSmsBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anOwedSmsShowsItsChannelAndNoRetryAndTheApiRefusesItsRetry() {
    String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    long mail = owed("mail", "owed-mail-" + phone, "li.na@example.com", "repair-appointment");
    long sms = owed("sms", "campaign-990-sms-" + phone, phone, "campaign-free-service-sms");

    ResponseEntity<JsonNode> listed = rest.withBasicAuth("sam", "sam").getForEntity("/api/desk/outbox?status=PENDING",
        JsonNode.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode smsRow = row(listed.getBody(), sms);
    assertThat(smsRow.path("channel").asText()).isEqualTo("sms");
    assertThat(smsRow.path("recipient").asText()).isEqualTo(phone);
    assertThat(smsRow.path("retryable").asBoolean()).isFalse();
    assertThat(row(listed.getBody(), mail).path("channel").asText()).isEqualTo("mail");
    assertThat(row(listed.getBody(), mail).path("retryable").asBoolean()).isTrue();
    ResponseEntity<JsonNode> refused = rest.withBasicAuth("sam", "sam")
        .postForEntity("/api/desk/outbox/" + sms + "/retry", null, JsonNode.class);
    assertThat(refused.getStatusCode()).as("an SMS is sent again by its campaign").isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().path("detail").asText()).contains("not a mail");

    reopenBrowserIn("zh-CN");
    DeskBrowserTest.signInToTasklist(browser, "sam");
    browser.open(OutboxBrowserTest.OUTBOX);
    browser.visible(By.cssSelector("#outbox[data-state='ready']"));
    assertThat(browser.visible(By.cssSelector("tr.as-mail[data-mail-id='" + sms + "'][data-channel='sms']"))
        .getText()).contains("短信", phone, "待发送", "gateway refused");
    assertThat(browser.visible(By.cssSelector("tr.as-mail[data-mail-id='" + mail + "'][data-channel='mail']"))
        .getText()).contains("邮件", "li.na@example.com");
    assertThat(browser.driver().findElements(By.cssSelector("tr[data-mail-id='" + sms + "'] button.as-retry")))
        .as("no retry for an SMS").isEmpty();
    browser.visible(By.cssSelector("tr[data-mail-id='" + mail + "'] button.as-retry"));

    browser.open(OutboxBrowserTest.OUTBOX + "?lang=en");
    browser.visible(By.cssSelector("#outbox[data-state='ready']"));
    assertThat(browser.visible(By.cssSelector("tr.as-mail[data-mail-id='" + sms + "']")).getText())
        .contains("SMS", phone, "pending");
    assertThat(browser.driver().findElements(By.cssSelector("tr[data-mail-id='" + sms + "'] button.as-retry")))
        .isEmpty();
  }

  private long owed(String channel, String dedupKey, String recipient, String template) {
    jdbc.update("INSERT INTO mail_outbox (dedup_key, template, recipient, subject, body, status, attempts, last_error,"
            + " created_at, channel) VALUES (?, ?, ?, ?, ?, 'PENDING', 1, ?, ?, ?)",
        dedupKey, template, recipient, "免费服务月", "十二月免费保养", channel + " gateway refused",
        Timestamp.from(Instant.now()), channel);
    return jdbc.queryForObject("SELECT id FROM mail_outbox WHERE dedup_key = ?", Long.class, dedupKey);
  }

  private static JsonNode row(JsonNode rows, long id) {
    for (JsonNode row : rows) {
      if (row.path("id").asLong() == id) {
        return row;
      }
    }
    throw new AssertionError("outbox row " + id + " not listed: " + rows);
  }
}
