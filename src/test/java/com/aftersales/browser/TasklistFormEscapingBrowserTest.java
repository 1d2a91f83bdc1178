package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.tasklist.StaffFilters;
import com.aftersales.security.StaffGroups;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a customer typed is shown in Tasklist as the text it is: a name or description with HTML neither renders
 * an image or a link nor runs anything inside the task form, and the form stays completable.
 */
class TasklistFormEscapingBrowserTest extends BrowserScenario {

  static final String NAME = "<img src=x onerror=alert(1)><a href=\"http://evil.example\">x</a>";
  static final String DESCRIPTION = "<div id=\"injected\">Door broken</div><a href=\"http://evil.example\">see</a>";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;

  @Test
  @CompletesForms(en = {"complaint-record"})
  void aCustomerNameWithHtmlIsShownAsTextAndTheComplaintFormsStayCompletable() {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "complaint", "channel", "phone",
            "customer", Map.of("name", NAME, "phone", "13700137000"),
            "product", Map.of("model", "WM-1200", "serialNumber", "SN-ESCAPE-" + System.nanoTime()),
            "description", DESCRIPTION), JsonNode.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().path("caseNumber").asText();
    String instanceId = created.getBody().path("processInstanceId").asText();
    runJobs(instanceId);
    Task record = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(record.getTaskDefinitionKey()).isEqualTo("Task_RecordComplaint");
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    tasklist.openFilter(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.CUSTOMER_SERVICE),
        StaffFilters.GROUP_TASKS));
    tasklist.openTask(caseNumber, "登记投诉");
    tasklist.claim();
    browser.visible(By.xpath("//*[contains(@class,'fjs-form')]//h4[normalize-space()='投诉 " + caseNumber + "']"));
    assertNoMarkupFromTheCase();
    assertShownAsText("客户", NAME);
    assertThat(textOf("客户投诉的内容")).isEqualTo(DESCRIPTION);

    tasklist.chooseSelect("类别", "产品质量");
    tasklist.chooseRadio("一般");
    tasklist.fillText("客户的诉求", "A working door");
    tasklist.complete();
    tasklist.awaitCompleted();
    browser.waitFor(d -> {
      runJobs(instanceId);
      return taskService.createTaskQuery().processInstanceId(instanceId)
          .taskDefinitionKey("Task_RespondToComplaint").count() == 1;
    });
    assertThat(runtimeService.getVariable(instanceId, "category")).isEqualTo("product-quality");
    assertThat(runtimeService.getVariable(instanceId, "customerName")).isEqualTo(NAME);

    // the next form shows the complaint and the demand from the case, as text as well
    tasklist.openFilter(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.CUSTOMER_SERVICE),
        StaffFilters.GROUP_TASKS));
    tasklist.openTask(caseNumber, "答复投诉");
    assertShownAsText("客户", NAME);
    assertShownAsText("投诉内容", DESCRIPTION);
    assertThat(browser.driver().findElement(By.cssSelector(".fjs-form")).getText()).contains("产品质量")
        .doesNotContain("product-quality").doesNotContain("<b>");
    assertNoMarkupFromTheCase();
  }

  private void assertShownAsText(String label, String text) {
    WebElement field = browser.visible(By.xpath(Tasklist.field(label) + "//*[self::input or self::textarea]"));
    browser.waitFor(d -> text.equals(field.getAttribute("value")));
    assertThat(field.getAttribute("readonly")).as(label + " read-only").isNotNull();
  }

  private String textOf(String label) {
    WebElement field = browser.visible(By.xpath(Tasklist.field(label) + "//*[self::input or self::textarea]"));
    browser.waitFor(d -> !field.getAttribute("value").isEmpty());
    return field.getAttribute("value");
  }

  private void assertNoMarkupFromTheCase() {
    browser.step("case shown");
    List<WebElement> form = browser.driver().findElements(By.cssSelector(".fjs-form"));
    assertThat(form).hasSize(1);
    assertThat(form.get(0).findElements(By.cssSelector("img, a:not(.fjs-powered-by-link):not([href^='/api/customers/']), #injected")))
        .extracting(e -> e.getAttribute("outerHTML")).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("img[src='x'], a[href='http://evil.example'], #injected")))
        .isEmpty();
  }

  private void runJobs(String instanceId) {
    managementService.createJobQuery().processInstanceId(instanceId).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }
}
