package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.security.StaffFilters;
import com.aftersales.security.StaffGroups;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@BrowserTest
@ExtendWith(Screenshots.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistRepairBrowserTest implements Screenshots.HasBrowser {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;

  private Browser browser;

  @Override
  public Browser browser() {
    return browser;
  }

  @BeforeEach
  void openBrowser() {
    browser = new Browser("http://localhost:" + port);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void customerServiceFindsClaimsAndAssessesANewRepairThenAServiceManagerSeesTheDispatch() {
    String[] created = newRepairCase();
    String caseNumber = created[0];
    String instanceId = created[1];
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    tasklist.openFilter(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.CUSTOMER_SERVICE), StaffFilters.GROUP_TASKS));
    tasklist.openTaskOfCase(caseNumber);
    tasklist.claim();
    tasklist.chooseRadio("On-site repair by an engineer");
    tasklist.chooseSelect("Cause of the damage", "Product quality fault");
    tasklist.fillText("Assessment notes", "Drum does not turn; unit in warranty, engineer visit agreed");
    tasklist.complete();

    Task dispatch = browser.waitFor(d -> taskService.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("Task_DispatchEngineer").singleResult());
    assertThat(dispatch).isNotNull();

    tasklist.login("sam", "sam");
    tasklist.openFilter(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.SERVICE_MANAGERS), StaffFilters.GROUP_TASKS));
    tasklist.openTaskOfCase(caseNumber);
    assertThat(browser.bodyText()).contains("Dispatch an engineer");
  }

  @Test
  void anEngineerNeitherListsNorOpensAComplaintTask() {
    String[] created = newCase(complaintRequest());
    String caseNumber = created[0];
    Task record = taskService.createTaskQuery().processInstanceId(created[1]).singleResult();
    assertThat(record.getTaskDefinitionKey()).isEqualTo("Task_RecordComplaint");
    Tasklist tasklist = new Tasklist(browser);

    // Customer service opens it by its address: the address works.
    tasklist.login("mary", "mary");
    tasklist.openTaskById(record.getId());
    browser.visible(org.openqa.selenium.By.xpath("//*[contains(normalize-space(text()),'Record the complaint')]"));
    browser.step("mary sees the complaint task");

    tasklist.login("eric", "eric");
    tasklist.openFilter(StaffFilters.ALL_TASKS);
    assertThat(browser.driver().findElements(tasklist.taskOfCase(caseNumber))).isEmpty();
    tasklist.openFilter(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.ENGINEERS), StaffFilters.GROUP_TASKS));
    assertThat(browser.driver().findElements(tasklist.taskOfCase(caseNumber))).isEmpty();
    tasklist.openTaskById(record.getId());
    tasklist.awaitTaskNotShown();
    browser.step("eric at the complaint task's address");
    assertThat(browser.bodyText()).doesNotContain("Record the complaint").doesNotContain(caseNumber);
  }

  private static java.util.Map<String, Object> complaintRequest() {
    return java.util.Map.of(
        "type", "complaint",
        "channel", "phone",
        "customer", java.util.Map.of("name", "Han Meimei", "phone", "13700137000", "email", "han.meimei@example.com"),
        "product", java.util.Map.of("model", "WM-1200", "serialNumber", "SN-BROWSER-" + System.nanoTime()),
        "description", "The engineer was rude and left the kitchen flooded");
  }

  private String[] newRepairCase() {
    ObjectNode request = json.createObjectNode()
        .put("type", "repair").put("channel", "phone")
        .put("description", "Drum does not turn")
        .put("externalReference", "BROWSER-" + UUID.randomUUID());
    request.putObject("customer").put("name", "Zhao Min").put("phone", "13700137000")
        .put("email", "zhao.min@example.com").put("address", "9 Yan'an Road, Shanghai");
    request.putObject("product").put("model", "WM-1200").put("serialNumber", "SN-BROWSER")
        .put("purchaseDate", LocalDate.now().minusMonths(3).toString()).put("purchaseProof", true);
    return newCase(request);
  }

  /** Opens a case through the intake API as customer service and runs its first asynchronous steps. */
  private String[] newCase(Object request) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests", request, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instanceId = response.getBody().path("processInstanceId").asText();
    managementService.createJobQuery().processInstanceId(instanceId).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    return new String[] {response.getBody().path("caseNumber").asText(), instanceId};
  }
}
