package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.repeatrepair.RepeatRepairReview;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A service manager reads the staff performance view in Cockpit: the page shows the API's figures, chart included. */
class CockpitStaffBrowserTest extends BrowserScenario {

  static final String COCKPIT = "/camunda/app/cockpit/default/";

  @Autowired TestRestTemplate rest;
  @Autowired CaseService cases;

  @Test
  @DisplayName("the staff view next to the SLA section shows exactly the staff report's figures for the manager's"
      + " groups, repair-quality faults included (003 四3: 属于维修质量问题的，应按照规定进行处理)")
  void serviceManagerSeesTheStaffReportInCockpit() {
    String caseNumber = recordComplaintAs("emma");
    // a repeat repair a service manager judged a repair-quality fault of emma's earlier repair, recorded just now
    cases.addRecord(caseNumber, new ServiceRecord(RepeatRepairReview.Actions.REPAIR_QUALITY_FAULT, "emma", null, null,
        "Repeat repair judged a repair-quality fault", "sam", Instant.now()));

    browser.open(COCKPIT);
    // a cold Cockpit on a busy machine takes longer than the browser's usual wait to show its login
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(120)).until(
        org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("input[placeholder='Username']")));
    browser.type(By.cssSelector("input[placeholder='Username']"), "sam");
    browser.type(By.cssSelector("input[placeholder='Password']"), "sam");
    browser.click(By.cssSelector("button[type='submit']"));
    WebElement section = browser.visible(By.cssSelector("#staff-performance[data-state='ready']"));
    browser.visible(By.cssSelector("#sla-dashboard"));
    browser.step("staff view ready");

    String query = "?from=" + section.getAttribute("data-from") + "&to=" + section.getAttribute("data-to");
    JsonNode report = rest.withBasicAuth("sam", "sam").getForObject("/api/reports/staff" + query, JsonNode.class);
    Map<String, Double> api = new HashMap<>();
    for (JsonNode p : report.path("people")) {
      p.path("figures").fields().forEachRemaining(f ->
          api.put(p.path("userId").asText() + "/" + f.getKey(), f.getValue().isNull() ? null : f.getValue().asDouble()));
    }
    Map<String, Double> page = new HashMap<>();
    List<WebElement> people = browser.driver().findElements(By.cssSelector("#staff-table tr.staff-person"));
    assertThat(people).extracting(r -> r.getAttribute("data-user-id")).contains("emma", "mary", "sam");
    for (WebElement person : people) {
      for (WebElement cell : person.findElements(By.cssSelector("td.staff-figure"))) {
        String text = cell.getText().trim();
        page.put(person.getAttribute("data-user-id") + "/" + cell.getAttribute("data-figure"),
            "–".equals(text) ? null : Double.valueOf(text));
      }
    }
    page.forEach((key, value) -> assertThat(value).as(key).isEqualTo(api.get(key)));
    assertThat(page.get("emma/tasksHandled")).isGreaterThanOrEqualTo(1.0);
    assertThat(page.get("emma/repairQualityFaults")).isGreaterThanOrEqualTo(1.0);
    assertThat(browser.driver().findElements(By.cssSelector("#staff-table thead th")))
        .extracting(WebElement::getText).endsWith("Failed spot checks", "Repair-quality faults");

    for (JsonNode g : report.path("groups")) {
      WebElement bar = browser.driver().findElement(
          By.cssSelector("#staff-chart g.staff-bar[data-chart-group='" + g.path("groupId").asText() + "']"));
      JsonNode share = g.path("figures").path("onTimeShare");
      assertThat(bar.getAttribute("data-value")).isEqualTo(share.isMissingNode() || share.isNull() ? "–" : String.valueOf(share.asDouble())
          .replaceAll("\\.0$", ""));
    }
  }

  @Test
  @DisplayName("in Chinese the staff view labels the repair-quality faults 维修质量问题 (003 四3)")
  void theRepairQualityFaultsColumnIsLabelledInChinese() {
    reopenBrowserIn("zh-CN");
    browser.open(COCKPIT);
    browser.logIn("sam", "sam");
    browser.visible(By.cssSelector("#staff-performance[data-state='ready']"));
    List<String> headings = browser.driver().findElements(By.cssSelector("#staff-table thead th")).stream()
        .map(WebElement::getText).toList();
    assertThat(headings).endsWith("抽检不合格", "维修质量问题");
    assertThat(browser.driver().findElements(By.cssSelector("#staff-table tr.staff-person")))
        .allSatisfy(r -> assertThat(r.findElements(By.cssSelector("td.staff-figure[data-figure='repairQualityFaults']")))
            .hasSize(1));
  }

  /** A complaint recorded by {@code who} just now, so the view has a task of theirs to show; its case number. */
  private String recordComplaintAs(String who) {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "complaint", "channel", "phone",
            "customer", Map.of("name", "Cockpit Staff", "phone", "13600136001"),
            "product", Map.of("model", "WM-1200", "serialNumber", "SN-CS-" + System.nanoTime()),
            "description", "Installer late"),
        JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Task record = taskService.createTaskQuery()
        .processInstanceId(created.getBody().path("processInstanceId").asText()).singleResult();
    taskService.setAssignee(record.getId(), who);
    taskService.complete(record.getId(), Map.of("category", "installation", "severity", "normal", "keyCustomer", false,
        "customerDemand", "Come on time"));
    return created.getBody().path("caseNumber").asText();
  }
}
