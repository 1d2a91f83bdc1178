package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.RepairCases;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A value chosen earlier in a case reads as its Chinese label where a later form shows it (in a Chinese and in an
 * English Tasklist alike: the forms have one language): the complaint's category and severity on the answer form,
 * with the commitment complaint-routing gave this very case ("8小时内答复" for a serious complaint), and the
 * warranty verdict on the dispatch form ("保修", not "warranty").
 */
class TasklistReadOnlyLabelsBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en-US"})
  @DisplayName("the complaint answer form shows category, severity and the routed commitment in Chinese words")
  void theComplaintAnswerFormShowsLabelsAndTheRoutedCommitment(String language) {
    reopenBrowserIn(language);
    String[] created = newComplaint("SN-LBL-" + System.nanoTime());
    Task record = taskService.createTaskQuery().processInstanceId(created[1]).singleResult();
    taskService.complete(record.getId(), Map.of("category", "installation", "severity", "high", "keyCustomer", false,
        "customerDemand", "Send a fitter today", "description", "The installer left the kitchen flooded"));
    Jobs.runDue(managementService, created[1]);
    awaitTask(created[1], "Task_RespondToComplaint");
    Tasklist tasklist = language.startsWith("zh") ? Tasklist.inChinese(browser) : new Tasklist(browser);

    tasklist.login("sam", "sam");
    tasklist.openFilter(groupTasks(StaffGroups.SERVICE_MANAGERS));
    tasklist.openTask(created[0], "答复投诉");
    String category = browser.visible(By.xpath(Tasklist.ownField("类别"))).getText();
    String severity = browser.visible(By.xpath(Tasklist.ownField("严重程度"))).getText();
    browser.step("answer form with labels");
    assertThat(category).contains("安装").doesNotContain("installation");
    assertThat(severity).contains("高").doesNotContain("high");
    assertThat(browser.bodyText()).contains("答复承诺").contains("8小时内答复");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en-US"})
  @DisplayName("the dispatch form shows the warranty verdict as 保修, not its code")
  void theDispatchFormShowsTheWarrantyVerdictByItsLabel(String language) {
    reopenBrowserIn(language);
    RepairCases.AtDispatch atDispatch = RepairCases.atDispatch(rest, taskService, managementService);
    Tasklist tasklist = language.startsWith("zh") ? Tasklist.inChinese(browser) : new Tasklist(browser);

    tasklist.login("sam", "sam");
    tasklist.openFilter(groupTasks(StaffGroups.SERVICE_MANAGERS));
    tasklist.openTask(atDispatch.caseNumber(), "派工并约定上门时间");
    String coverage = browser.visible(By.xpath(Tasklist.ownField("保修判定"))).getText();
    browser.step("dispatch form with the verdict's label");
    assertThat(coverage).contains("保修").doesNotContain("warranty");
  }

  private String[] newComplaint(String serial) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "complaint", "channel", "phone",
            "customer", Map.of("name", "Lin Tao", "phone", "13611136111", "email", "lin.tao@example.com"),
            "product", Map.of("model", "WM-1200", "serialNumber", serial),
            "description", "The installer left the kitchen flooded"),
        JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = response.getBody().path("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    return new String[] {response.getBody().path("caseNumber").asText(), instance};
  }
}
