package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.mail.JdbcOutbox;
import com.aftersales.selfservice.FollowUpSatisfactionMail;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The customer's pages in Chromium, without any login: the status page (opened from the acknowledgement mail's
 * link, case number filled in) and the satisfaction page (opened from the follow-up mail's link), in Chinese and in
 * English; their screens go to docs/screens/.
 */
class CustomerPagesBrowserTest extends BrowserScenario {

  private static final Pattern LINK = Pattern.compile("(/customer/[a-z]+\\.html\\?[^\\s]+)");

  @Autowired TestRestTemplate rest;
  @Autowired CaseService caseService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcOutbox outbox;

  @Test
  void aCustomerFollowsTheAcknowledgementLinkAndReadsTheStatusInChinese() {
    reopenBrowserIn("zh-CN");
    String caseNumber = acknowledgedRepair();
    openLinkOf(caseNumber, "repair-acknowledgement");
    assertThat(browser.visible(By.id("case-number")).getDomProperty("value")).isEqualTo(caseNumber);
    assertThat(browser.bodyText()).contains("查询案件进度", "电话号码后四位");

    browser.type(By.id("phone-last-four"), "1234");
    browser.click(By.id("look-up"));
    browser.visible(By.cssSelector("#status-page[data-state='not-found']"));
    assertThat(browser.visible(By.id("status-message")).getText()).contains("没有找到");

    browser.type(By.id("phone-last-four"), "8000");
    browser.click(By.id("look-up"));
    browser.visible(By.cssSelector("#status-page[data-state='shown']"));
    assertThat(browser.visible(By.id("next-step")).getAttribute("data-kind")).isEqualTo("task");
    assertThat(browser.visible(By.id("next-step-due")).getText()).endsWith("(Asia/Shanghai)");
    assertThat(browser.bodyText()).contains(caseNumber, "处理中", "下一步", "预计时间")
        .doesNotContain("Zhou Min", "13800138000", "WM-1200");
    browser.step("status shown");
    DocsScreens.save(browser, "status-zh-CN.png");
  }

  @Test
  void aCustomerReadsTheStatusInEnglish() {
    String caseNumber = acknowledgedRepair();
    openLinkOf(caseNumber, "repair-acknowledgement");
    browser.type(By.id("phone-last-four"), "8000");
    browser.click(By.id("look-up"));
    browser.visible(By.cssSelector("#status-page[data-state='shown']"));
    assertThat(browser.bodyText()).contains("Your case status", caseNumber, "in progress", "Next step", "Expected by");
    DocsScreens.save(browser, "status-en.png");
  }

  @Test
  void aCustomerAnswersTheSatisfactionQuestionInChineseAndTheFollowUpCallIsDone() {
    reopenBrowserIn("zh-CN");
    String instance = answerSatisfaction("satisfaction-zh-CN.png", "非常满意", "工程师很专业", "感谢您的评价！");
    assertThat(runtimeService.getVariable(instance, "satisfaction")).isEqualTo(5);
  }

  @Test
  void aCustomerAnswersTheSatisfactionQuestionInEnglish() {
    String instance = answerSatisfaction("satisfaction-en.png", "very satisfied", "Quick and friendly",
        "Thank you for your answer!");
    assertThat(runtimeService.getVariable(instance, "satisfaction")).isEqualTo(5);
  }

  /** Opens the follow-up mail's link of a repair at its follow-up call, answers 5 with a comment. */
  private String answerSatisfaction(String screen, String fiveLabel, String comment, String thanks) {
    String caseNumber = caseService.open(new NewCase("repair", "phone", "Zhou Min", "13800138000",
        "zhou.min@example.com", null, "WM-1200", "SN-" + UUID.randomUUID().toString().substring(0, 6), null,
        Boolean.TRUE, "Satisfaction page", null)).caseNumber();
    String instance = runtimeService.createProcessInstanceByKey("repair").businessKey(caseNumber)
        .setVariables(Map.of("caseNumber", caseNumber, "engineer", "eric"))
        .startBeforeActivity("Task_FollowUpCall").execute().getId();
    caseService.attachProcessInstance(caseNumber, instance);

    openLinkOf(caseNumber, FollowUpSatisfactionMail.TEMPLATE);
    browser.visible(By.cssSelector("#satisfaction-page[data-state='asking']"));
    assertThat(browser.bodyText()).contains(caseNumber, fiveLabel);
    browser.click(By.cssSelector("input[name='score'][value='5']"));
    browser.type(By.id("comment"), comment);
    browser.step("question answered");
    DocsScreens.save(browser, screen);
    browser.click(By.id("send"));
    browser.visible(By.cssSelector("#satisfaction-page[data-state='thanks']"));
    assertThat(browser.visible(By.id("satisfaction-message")).getText()).isEqualTo(thanks);
    return instance;
  }

  private String acknowledgedRepair() {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "repair", "channel", "phone",
            "customer", Map.of("name", "Zhou Min", "phone", "13800138000", "email", "zhou.min@example.com"),
            "product", Map.of("model", "WM-1200", "purchaseDate", "2026-06-01", "purchaseProof", true),
            "description", "Drum does not turn"),
        JsonNode.class);
    String caseNumber = created.getBody().path("caseNumber").asText();
    Jobs.runDue(managementService, created.getBody().path("processInstanceId").asText());
    return caseNumber;
  }

  /** Opens the customer page the case's mail of this template links to (on this test's server). */
  private void openLinkOf(String caseNumber, String template) {
    String body = outbox.forCase(caseNumber).stream().filter(m -> template.equals(m.template())).findFirst()
        .orElseThrow().body();
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as("a link to the customer's page in the mail").isTrue();
    browser.open(link.group(1));
  }
}
