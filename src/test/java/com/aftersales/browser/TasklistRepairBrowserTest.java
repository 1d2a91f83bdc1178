package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.tasklist.StaffFilters;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;


import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.client.TestRestTemplate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;


class TasklistRepairBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;

  @Test
  @CompletesForms(en = {"repair-assess-request"})
  void customerServiceFindsClaimsAndAssessesANewRepairThenAServiceManagerSeesTheDispatch() {
    String[] created = newRepairCase();
    String caseNumber = created[0];
    String instanceId = created[1];
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    tasklist.openFilter(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.CUSTOMER_SERVICE), StaffFilters.GROUP_TASKS));
    tasklist.openTaskOfCase(caseNumber);
    tasklist.claim();
    tasklist.chooseRadio("工程师上门维修");
    tasklist.chooseSelect("损坏原因", "产品质量故障");
    tasklist.fillText("沟通记录", "Drum does not turn; unit in warranty, engineer visit agreed");
    tasklist.complete();

    Task dispatch = browser.waitFor(d -> taskService.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("Task_DispatchEngineer").singleResult());
    assertThat(dispatch).isNotNull();

    tasklist.login("sam", "sam");
    tasklist.openFilter(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.SERVICE_MANAGERS), StaffFilters.GROUP_TASKS));
    tasklist.openTaskOfCase(caseNumber);
    assertThat(browser.bodyText()).contains("派工并约定上门时间");
  }

  @Test
  @CompletesForms(
      en = {"repair-approve-report", "repair-assess-request", "repair-diagnose", "repair-dispatch-engineer",
          "repair-follow-up", "repair-on-site", "repair-report", "repair-sign-off"})
  void aWarrantyRepairIsWorkedFromAssessmentToFollowUpInTasklistByEachRole() {
    String[] created = newRepairCase();
    String caseNumber = created[0];
    String instanceId = created[1];
    Tasklist tasklist = new Tasklist(browser);
    String customerService = StaffGroups.STAFF.get(StaffGroups.CUSTOMER_SERVICE);
    String engineers = StaffGroups.STAFF.get(StaffGroups.ENGINEERS);

    tasklist.login("mary", "mary");
    work(tasklist, StaffFilters.filterName(customerService, StaffFilters.GROUP_TASKS), caseNumber,
        "与客户确认报修内容", true, () -> {
      tasklist.chooseRadio("工程师上门维修");
      tasklist.chooseSelect("损坏原因", "产品质量故障");
      tasklist.fillText("沟通记录", "Drum does not turn; in warranty, engineer visit agreed");
    });
    awaitTask(instanceId, "Task_DispatchEngineer");

    tasklist.login("sam", "sam");
    work(tasklist, StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.SERVICE_MANAGERS), StaffFilters.GROUP_TASKS),
        caseNumber, "派工并约定上门时间", true, () -> {
          tasklist.chooseSelect("工程师", "Eric Zhang (eric)");
          tasklist.fillDateTime("预约日期", java.time.LocalDate.now().plusDays(1).atTime(10, 0));
        });
    awaitTask(instanceId, "Task_DiagnoseOnSite");

    tasklist.login("eric", "eric");
    String mine = StaffFilters.filterName(engineers, StaffFilters.MY_TASKS);
    work(tasklist, mine, caseNumber, "上门检测", false, () -> {
      tasklist.fillText("检测到的故障", "Drive belt torn");
      tasklist.chooseSelect("损坏原因", "产品质量故障");
      tasklist.chooseRadio("现场维修，无需新配件");
      tasklist.chooseSelect("维修难度", "简单");
    });
    awaitTask(instanceId, "Task_RepairOnSite");
    work(tasklist, mine, caseNumber, "上门维修", false, () -> {
      tasklist.fillText("维修内容", "Belt replaced from the van stock");
      tasklist.fillText("向客户说明的内容(故障原因、维修方法、使用注意事项)", "Belt worn; replaced; do not overload the drum");
      tasklist.fillText("修后试机(怎样试的、结果)", "Ran a full wash, belt runs true");
      tasklist.tick("", "已自检维修质量(紧固、外观、功能),可交客户验收");
    });
    awaitTask(instanceId, "Task_WriteRepairReport");
    work(tasklist, mine, caseNumber, "填写维修报告", false, () -> {
      tasklist.fillText("检测到的故障", "Drive belt torn");
      tasklist.chooseRadio("已交还客户");
    });
    awaitTask(instanceId, "Task_ApproveRepairReport");

    // 003 三.5: the head of the department approves the report before the customer signs off.
    tasklist.login("sam", "sam");
    work(tasklist, StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.SERVICE_MANAGERS), StaffFilters.GROUP_TASKS),
        caseNumber, "审核维修报告", true, () -> tasklist.chooseRadio("通过，存档"));
    awaitTask(instanceId, "Task_ObtainSignOff");
    tasklist.login("eric", "eric");
    String report = "/api/cases/" + caseNumber + "/documents/service-report.pdf";
    work(tasklist, mine, caseNumber, "客户签字确认", false, () -> {
      // the service report the customer signs, printed from the repair report just recorded
      org.openqa.selenium.WebElement link = browser.visible(org.openqa.selenium.By.xpath(
          "//*[contains(@class,'fjs-form')]//a[starts-with(normalize-space(),'维修服务报告')]"));
      assertThat(link.getAttribute("href")).endsWith(report);
      ResponseEntity<byte[]> pdf = rest.withBasicAuth("eric", "eric").getForEntity(report, byte[].class);
      assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
      tasklist.chooseRadio("已解决：客户已签字确认");
      tasklist.tick("", "已把保修条款(维修服务报告上的保修说明)交给客户,并重申保修承诺");
    });

    // The follow-up call is due 24 hours after the sign-off: the test plays the job executor.
    browser.waitFor(d -> taskService.createTaskQuery().processInstanceId(instanceId).count() == 0);
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date(System.currentTimeMillis() + 25L * 3600 * 1000));
    try {
      Jobs.runDue(managementService, instanceId);
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    awaitTask(instanceId, "Task_FollowUpCall");

    tasklist.login("mary", "mary");
    work(tasklist, StaffFilters.filterName(customerService, StaffFilters.GROUP_TASKS), caseNumber,
        "回访：了解客户满意度", true, () -> tasklist.fillText("满意度", "5"));
    Jobs.runDue(managementService, instanceId);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .finished().count() == 1);
  }

  /** Opens the case's task from the filter, claims it when it is a group task, fills the form and completes it. */
  private void work(Tasklist tasklist, String filter, String caseNumber, String task, boolean claim, Runnable fill) {
    tasklist.work(filter, caseNumber, task, claim, fill);
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
    browser.visible(org.openqa.selenium.By.xpath("//*[contains(normalize-space(text()),'登记投诉')]"));
    browser.step("mary sees the complaint task");

    tasklist.login("eric", "eric");
    tasklist.openFilter(StaffFilters.ALL_TASKS);
    assertThat(browser.driver().findElements(tasklist.taskOfCase(caseNumber))).isEmpty();
    tasklist.openFilter(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.ENGINEERS), StaffFilters.GROUP_TASKS));
    assertThat(browser.driver().findElements(tasklist.taskOfCase(caseNumber))).isEmpty();
    tasklist.openTaskById(record.getId());
    tasklist.awaitTaskNotShown();
    browser.step("eric at the complaint task's address");
    assertThat(browser.bodyText()).doesNotContain("登记投诉").doesNotContain(caseNumber);
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
