package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.tasklist.StaffFilters;
import com.aftersales.security.StaffGroups;
import com.aftersales.tasklist.DueDateMoves;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.RepairCases;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
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

/**
 * Follow-up and due dates in Tasklist's task header, on tasks whose form is bound with camunda:formRef (Tasklist
 * sends the whole task back with PUT /task/{id}): staff set their follow-up dates; only managers move a due date,
 * and the move is recorded.
 */
class TasklistTaskDatesBrowserTest extends BrowserScenario {

  static final By SET_FOLLOW_UP = By.xpath("//*[contains(@class,'followup-date')]//a[normalize-space()='Set follow-up date']");
  static final By RESET_DUE_DATE = By.cssSelector("a.reset-due-date");
  static final By UPDATE_FAILED = By.xpath("//*[contains(@class,'alert')][contains(normalize-space(.),'The task could not be saved')]");

  @Autowired TestRestTemplate rest;
  @Autowired DueDateMoves moves;

  @Test
  @DisplayName("customer service sets a follow-up date on a parts task in Tasklist, and cannot remove its due date")
  void staffSetAFollowUpDateButCannotRemoveTheDueDate() {
    String[] created = newPartsCase();
    Task task = taskService.createTaskQuery().processInstanceId(created[1])
        .taskDefinitionKey("Task_RecordPartsRequest").singleResult();
    Date due = task.getDueDate();
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    tasklist.openFilter(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.CUSTOMER_SERVICE), StaffFilters.GROUP_TASKS));
    tasklist.openTask(created[0], "录入补件申请（补件汇总表）");
    tasklist.claim();
    browser.click(SET_FOLLOW_UP);
    browser.step("follow-up date being edited");
    clickVisible(By.xpath("//button[.//span[contains(@class,'glyphicon-ok')]]"));
    browser.waitFor(d -> taskService.createTaskQuery().taskId(task.getId()).singleResult().getFollowUpDate() != null);
    browser.step("follow-up date set");
    assertThat(browser.driver().findElements(UPDATE_FAILED)).isEmpty();

    browser.click(RESET_DUE_DATE);
    browser.visible(UPDATE_FAILED);
    browser.step("due date removal refused");
    Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(after.getDueDate()).isEqualTo(due);
    assertThat(after.getFollowUpDate()).isNotNull();
    assertThat(moves.of(task.getId())).isEmpty();
  }

  @Test
  @DisplayName("a service manager removes the due date of the group's dispatch task in Tasklist, and it is recorded")
  void managerRemovesADueDateInTasklist() {
    RepairCases.AtDispatch atDispatch = RepairCases.atDispatch(rest, taskService, managementService);
    Date due = atDispatch.dispatch().getDueDate();
    assertThat(due).isNotNull();
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("sam", "sam");
    tasklist.openFilter(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.SERVICE_MANAGERS), StaffFilters.GROUP_TASKS));
    tasklist.openTask(atDispatch.caseNumber(), "派工并约定上门时间");
    browser.click(RESET_DUE_DATE);
    browser.waitFor(d -> taskService.createTaskQuery().taskId(atDispatch.dispatch().getId()).singleResult().getDueDate() == null);
    browser.step("due date removed");
    assertThat(browser.driver().findElements(UPDATE_FAILED)).isEmpty();

    List<DueDateMoves.Move> recorded = moves.of(atDispatch.dispatch().getId());
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).movedBy()).isEqualTo("sam");
    assertThat(recorded.get(0).from()).isEqualTo(due.toInstant());
    assertThat(recorded.get(0).to()).isNull();
    assertThat(recorded.get(0).caseNumber()).isEqualTo(atDispatch.caseNumber());
  }

  /** The inline editor's buttons are moved next to the page; of several such buttons only the open one shows. */
  private void clickVisible(By by) {
    WebElement button = browser.waitFor(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    button.click();
  }

  private String[] newPartsCase() {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "parts", "channel", "phone",
            "customer", Map.of("name", "Zhao Min", "phone", "13700001111"),
            "product", Map.of("model", "Bed B-180"),
            "description", "Headboard cracked in transport"),
        JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = response.getBody().path("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    return new String[] {response.getBody().path("caseNumber").asText(), instance};
  }
}
