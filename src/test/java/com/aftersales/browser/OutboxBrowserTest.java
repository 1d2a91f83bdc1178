package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The managers' outbox view in Chromium, signed in to Tasklist: a case's mails with recipient, subject and status,
 * a mail still owed with its retry button (the test server has no SMTP host, so the retry is refused with the reason
 * shown), and customer service kept out. In Chinese and English; the screens go to docs/screens/.
 */
class OutboxBrowserTest extends BrowserScenario {

  static final String OUTBOX = "/desk/outbox.html";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aServiceManagerSeesTheMailsOfACaseAndRetriesAnOwedOneInChinese() {
    reopenBrowserIn("zh-CN");
    String caseNumber = caseWithMails();
    DeskBrowserTest.signInToTasklist(browser, "sam");
    browser.open(OUTBOX);
    browser.visible(By.cssSelector("#outbox[data-state='ready']"));
    browser.type(By.id("filter-case"), caseNumber);
    browser.click(By.id("filter-button"));
    browser.visible(By.cssSelector("#outbox-table tr.as-mail[data-status='KEPT']"));
    browser.visible(By.cssSelector("#outbox-table tr.as-mail[data-status='PENDING'] button.as-retry"));
    assertThat(browser.bodyText()).contains("邮件发件箱", "已保存（未配置邮件服务器）", "待发送", "wang.lei@example.com",
        "connection refused");
    DocsScreens.save(browser, "outbox-zh-CN.png");

    browser.click(By.cssSelector("button.as-retry"));
    browser.visible(By.cssSelector("#outbox-message[data-result='failed']"));
    assertThat(browser.visible(By.id("outbox-message")).getText()).contains("重试失败", "SMTP");
  }

  @Test
  void aServiceManagerSeesTheOutboxInEnglishAndCustomerServiceIsKeptOut() {
    String caseNumber = caseWithMails();
    DeskBrowserTest.signInToTasklist(browser, "sam");
    browser.open(OUTBOX + "?lang=en");
    browser.visible(By.cssSelector("#outbox[data-state='ready']"));
    browser.type(By.id("filter-case"), caseNumber);
    browser.click(By.id("filter-button"));
    browser.visible(By.cssSelector("#outbox-table tr.as-mail[data-status='PENDING']"));
    assertThat(browser.bodyText()).contains("Outbox", "kept (no mail server configured)", "pending", "Retry");
    DocsScreens.save(browser, "outbox-en.png");

    browser.driver().manage().deleteAllCookies();
    DeskBrowserTest.signInToTasklist(browser, "mary");
    browser.open(OUTBOX + "?lang=en");
    browser.visible(By.cssSelector("#outbox[data-state='denied']"));
    assertThat(browser.bodyText()).contains("service-managers");
  }

  /**
   * A case whose acknowledgement is kept in the outbox (no SMTP host here), plus a mail the mail server refused
   * once, written as the outbox writes such a row (PENDING, one attempt, the server's error).
   */
  private String caseWithMails() {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "repair", "channel", "phone",
            "customer", Map.of("name", "Wang Lei", "phone", "13900139000", "email", "wang.lei@example.com"),
            "product", Map.of("model", "WM-1200", "purchaseDate", "2026-06-01", "purchaseProof", true),
            "description", "Door does not close"),
        JsonNode.class);
    String caseNumber = created.getBody().path("caseNumber").asText();
    String instance = created.getBody().path("processInstanceId").asText();
    com.aftersales.testsupport.Jobs.runDue(managementService, instance);
    jdbc.update("INSERT INTO mail_outbox (dedup_key, case_number, template, recipient, subject, body, status,"
            + " attempts, last_error, created_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 1, ?, ?)",
        instance + ":Task_SendAppointment:1:wang.lei@example.com", caseNumber, "repair-appointment",
        "wang.lei@example.com", "Case " + caseNumber + ": your appointment", "Appointment body",
        "Mail server connection refused", Timestamp.from(Instant.now()));
    return caseNumber;
  }
}
