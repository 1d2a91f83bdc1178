package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.reports.sla.ComplaintResponseCommitment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.client.TestRestTemplate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;


/**
 * A service manager reads the SLA dashboard in Cockpit: the page shows the report's figures and their cases; the
 * breached cases with their current task, assignee and lateness in English and Chinese (both screens go to
 * docs/screens/).
 */
class CockpitSlaBrowserTest extends BrowserScenario {

  static final String COCKPIT = "/camunda/app/cockpit/default/";
  static final List<String> OPEN_BUCKETS = List.of("open", "dueSoon", "breached");

  @Autowired TestRestTemplate rest;

  @Test
  void serviceManagerReadsTheSlaFiguresAndTheCasesBehindThemInCockpit() {
    String caseNumber = newRecordedComplaint();
    String bucket = bucketOf(ComplaintResponseCommitment.ID, caseNumber);

    browser.open(COCKPIT);
    browser.type(By.cssSelector("input[placeholder='Username']"), "sam");
    browser.type(By.cssSelector("input[placeholder='Password']"), "sam");
    browser.step("cockpit login");
    browser.click(By.cssSelector("button[type='submit']"));
    browser.visible(By.cssSelector("#sla-dashboard[data-state='ready']"));
    browser.step("dashboard ready");

    // Every figure on the page is the report's figure (read as sam over the API right after the page loaded).
    JsonNode report = rest.withBasicAuth("sam", "sam").getForObject("/api/reports/sla", JsonNode.class);
    Map<String, String> page = new HashMap<>();
    for (WebElement figure : browser.driver().findElements(By.cssSelector("#sla-dashboard a.sla-figure"))) {
      page.put(figure.getAttribute("data-commitment") + "/" + figure.getAttribute("data-bucket"), figure.getText().trim());
    }
    Map<String, String> api = new HashMap<>();
    for (JsonNode row : report.path("commitments")) {
      for (String b : List.of("open", "dueSoon", "breached", "met", "missed", "moved")) {
        api.put(row.path("id").asText() + "/" + b, row.path(b).asText());
      }
    }
    assertThat(page).isNotEmpty().isEqualTo(api);
    assertThat(Integer.parseInt(page.get(ComplaintResponseCommitment.ID + "/" + bucket))).isPositive();

    // The figure opens its cases; the new complaint is among them.
    browser.click(By.cssSelector("#sla-dashboard a.sla-figure[data-commitment='" + ComplaintResponseCommitment.ID
        + "'][data-bucket='" + bucket + "']"));
    browser.visible(By.cssSelector("#sla-cases[data-showing-bucket='" + bucket + "'] tr.sla-case[data-case-number='"
        + caseNumber + "']"));
    browser.step("cases of " + ComplaintResponseCommitment.ID + "/" + bucket);

    // Times show in the company zone, labelled, whatever zone the browser runs in.
    JsonNode listed = rest.withBasicAuth("sam", "sam").getForObject(
        "/api/reports/sla/" + ComplaintResponseCommitment.ID + "/cases?bucket=" + bucket, JsonNode.class);
    String dueAt = null;
    for (JsonNode c : listed.path("cases")) {
      if (caseNumber.equals(c.path("caseNumber").asText())) {
        dueAt = c.path("dueAt").asText();
      }
    }
    WebElement due = browser.visible(By.cssSelector("#sla-cases tr.sla-case[data-case-number='" + caseNumber
        + "'] time[datetime='" + dueAt + "']"));
    assertThat(due.getText()).isEqualTo(com.aftersales.calendar.StaffTimes.in(java.time.ZoneId.of("Asia/Shanghai"))
        .format(java.time.Instant.parse(dueAt)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en|Username|Password|1 h 30 min|cockpit-sla-cases-en.png",
      "zh-CN|用户名|密码|1 小时 30 分钟|cockpit-sla-cases-zh-CN.png"})
  void theSlaSectionIsOnTopAndItsCasesShowTheCurrentTaskItsAssigneeAndHowLateTheyAre(String language,
      String usernamePlaceholder, String passwordPlaceholder, String lateText, String screen) {
    String caseNumber = newRecordedComplaint();
    String instanceId = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult()
        .getProcessInstanceId();
    Task respond = taskService.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("Task_RespondToComplaint").singleResult();
    taskService.claim(respond.getId(), "mary");
    java.time.Instant due = dueAt(ComplaintResponseCommitment.ID, bucketOf(ComplaintResponseCommitment.ID, caseNumber), caseNumber);
    // 1 h 30 min past the response commitment (the engine clock is the report's clock)
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(due.plusSeconds(90 * 60)));
    try {
      reopenBrowserIn(language);
      browser.open(COCKPIT);
      browser.type(By.cssSelector("input[placeholder='" + usernamePlaceholder + "']"), "sam");
      browser.type(By.cssSelector("input[placeholder='" + passwordPlaceholder + "']"), "sam");
      browser.click(By.cssSelector("button[type='submit']"));
      browser.visible(By.cssSelector("#sla-dashboard[data-state='ready']"));
      browser.visible(By.cssSelector("section.deprecate[data-sla-on-top='true']"));
      browser.step("dashboard ready");
      Object onTop = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
          "const s = document.querySelector('#sla-dashboard').closest('section.deprecate');"
              + "return s.parentNode.firstElementChild === s"
              + " && !!(s.compareDocumentPosition(document.querySelector('.dashboard section:not(.deprecate)'))"
              + " & Node.DOCUMENT_POSITION_FOLLOWING);");
      assertThat(onTop).as("SLA section above Cockpit's own figures").isEqualTo(Boolean.TRUE);

      browser.click(By.cssSelector("#sla-dashboard a.sla-figure[data-commitment='" + ComplaintResponseCommitment.ID
          + "'][data-bucket='breached']"));
      String row = "#sla-cases[data-showing-bucket='breached'] tr.sla-case[data-case-number='" + caseNumber + "'] ";
      browser.visible(By.cssSelector(row + "td.sla-late-by"));
      browser.step("breached cases with their current task");
      assertThat(browser.driver().findElement(By.cssSelector(row + "td.sla-current-task")).getText()).isEqualTo("答复投诉");
      assertThat(browser.driver().findElement(By.cssSelector(row + "td.sla-assignee")).getText()).isEqualTo("mary");
      WebElement late = browser.driver().findElement(By.cssSelector(row + "td.sla-late-by"));
      assertThat(late.getAttribute("data-late-by-minutes")).isEqualTo("90");
      assertThat(late.getText()).isEqualTo(lateText);
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
          "arguments[0].scrollIntoView({block: 'center'});", late);
      DocsScreens.save(browser, screen);
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }

  /** A complaint recorded by customer service: its response commitment is running. */
  private String newRecordedComplaint() {
    Map<String, Object> request = Map.of(
        "type", "complaint",
        "channel", "phone",
        "customer", Map.of("name", "Han Meimei", "phone", "13700137000", "email", "han.meimei@example.com"),
        "product", Map.of("model", "WM-1200", "serialNumber", "SN-SLA-" + System.nanoTime()),
        "description", "Nobody called back about the leaking door seal");
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests", request, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instanceId = created.getBody().path("processInstanceId").asText();
    Task record = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_RecordComplaint").singleResult();
    taskService.complete(record.getId(), Map.of(
        "category", "service-attitude", "severity", "normal", "keyCustomer", false,
        "customerDemand", "A call back today", "description", "Nobody called back about the leaking door seal"));
    for (int round = 0; round < 5; round++) {
      managementService.createJobQuery().processInstanceId(instanceId).executable().list()
          .forEach(job -> managementService.executeJob(job.getId()));
    }
    return created.getBody().path("caseNumber").asText();
  }

  /** The deadline the report judges the case against. */
  private java.time.Instant dueAt(String commitment, String bucket, String caseNumber) {
    JsonNode cases = rest.withBasicAuth("sam", "sam")
        .getForObject("/api/reports/sla/" + commitment + "/cases?bucket=" + bucket, JsonNode.class);
    for (JsonNode c : cases.path("cases")) {
      if (caseNumber.equals(c.path("caseNumber").asText())) {
        return java.time.Instant.parse(c.path("dueAt").asText());
      }
    }
    throw new AssertionError(caseNumber + " is not in " + commitment + "/" + bucket);
  }

  /** The open bucket (open, due soon or breached) the report puts the case in. */
  private String bucketOf(String commitment, String caseNumber) {
    for (String bucket : OPEN_BUCKETS) {
      JsonNode cases = rest.withBasicAuth("sam", "sam")
          .getForObject("/api/reports/sla/" + commitment + "/cases?bucket=" + bucket, JsonNode.class);
      for (JsonNode c : cases.path("cases")) {
        if (caseNumber.equals(c.path("caseNumber").asText())) {
          return bucket;
        }
      }
    }
    throw new AssertionError(caseNumber + " is in no open bucket of " + commitment);
  }
}
