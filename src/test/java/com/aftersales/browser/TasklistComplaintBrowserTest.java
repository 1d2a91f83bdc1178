package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every form of the complaint flow (forms/complaint-*.form) opened and completed in Tasklist by its group: a repeat
 * complaint recorded, its responsibility reviewed, the customer asked for information and their answer entered,
 * the complaint answered, judged, investigated and solved, the customer's satisfaction confirmed and followed up.
 */
class TasklistComplaintBrowserTest extends BrowserScenario {

  static final String PHONE = "13600136000";

  @Autowired TestRestTemplate rest;
  @Autowired HistoryService historyService;

  @Test
  @DisplayName("a repeat complaint is worked through every complaint form in Tasklist by each group")
  @CompletesForms(
      en = {"complaint-customer-answer", "complaint-feedback", "complaint-follow-up", "complaint-investigate",
          "complaint-judge", "complaint-record", "complaint-respond", "complaint-responsibility-review",
          "complaint-solution"})
  void everyComplaintFormIsCompletedInTasklist() {
    String serial = "SN-CMP-" + System.nanoTime();
    String earlier = recordedComplaint(serial);
    String[] created = newComplaint(serial);
    String caseNumber = created[0];
    String instance = created[1];
    String customerService = groupTasks(StaffGroups.CUSTOMER_SERVICE);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    tasklist.work(customerService, caseNumber, "登记投诉", true, () -> {
      tasklist.chooseSelect("", "投诉渠道", "电话");
      tasklist.chooseSelect("", "类别", "安装");
      tasklist.chooseRadio("一般");
      tasklist.fillText("客户投诉的内容", "The installer left the kitchen flooded again");
      tasklist.fillText("客户的诉求", "Dry the kitchen and send someone else");
      tasklist.fillText("同一问题的早前案件", earlier);
    });
    awaitTask(instance, "Task_RespondToComplaint");
    awaitTask(instance, "Task_ReviewResponsibility");

    tasklist.work(customerService, caseNumber, "答复投诉", true, () -> {
      tasklist.chooseRadio("需先向客户了解情况（计时暂停）");
      tasklist.fillText("需要客户告知的信息", "When was the unit installed and by whom?");
    });
    awaitTask(instance, "Task_EnterCustomerAnswer");
    tasklist.work(customerService, caseNumber, "录入客户的答复", true,
        () -> tasklist.fillText("客户的答复", "Installed on 2 May by the dealer's fitter"));
    awaitTask(instance, "Task_RespondToComplaint");
    tasklist.work(customerService, caseNumber, "答复投诉", true, () -> {
      tasklist.chooseRadio("已答复；需调查并提出解决方案");
      tasklist.fillText("已告知客户的内容", "We apologised and will investigate the installation");
    });
    awaitTask(instance, "Task_JudgeComplaint");
    tasklist.work(customerService, caseNumber, "判定投诉是否成立", true, () -> {
      tasklist.tick("", "投诉成立");
      tasklist.tick("", "客户诉求合理");
      tasklist.fillText("判定理由", "The hose was not fastened: the installer's fault");
    });
    awaitTask(instance, "Task_InvestigateCause");
    tasklist.work(customerService, caseNumber, "调查原因", true, () -> {
      tasklist.chooseSelect("", "原因", "维修或安装质量");
      tasklist.fillText("调查结果", "Drain hose clamp missing; fitter not trained on this model");
    });
    awaitTask(instance, "Task_ProposeSolution");
    tasklist.work(customerService, caseNumber, "提出解决方案", true, () -> {
      tasklist.chooseSelect("", "解决方案", "道歉");
      tasklist.fillText("解决方案详情", "We apologise; a trained fitter refits the hose this week");
    });
    awaitTask(instance, "Task_ConfirmFeedback");
    tasklist.work(customerService, caseNumber, "询问客户是否满意", true, () -> {
      tasklist.chooseRadio("满意");
      tasklist.fillText("客户的意见", "Fine, as long as the fitter comes this week");
    });
    awaitTask(instance, "Task_FollowUp");
    tasklist.work(customerService, caseNumber, "电话或上门回访", true, () -> {
      tasklist.chooseRadio("电话回访");
      tasklist.fillText("满意度", "4");
      tasklist.fillText("回访记录", "Hose refitted, kitchen dry, customer content");
    });

    tasklist.login("sam", "sam");
    tasklist.work(groupTasks(StaffGroups.SERVICE_MANAGERS), caseNumber,
        "认定重复投诉的责任人", true, () -> {
          tasklist.fillText("责任人", "Wang Fang");
          tasklist.fillText("区域市场负责人", "Liu Yang");
          tasklist.fillText("认定结果及处理", "The first complaint was closed without a fix; retraining");
        });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);
  }

  /** An earlier complaint of the same customer about the same unit, recorded over the Java API. */
  private String recordedComplaint(String serial) {
    String[] created = newComplaint(serial);
    Task record = taskService.createTaskQuery().processInstanceId(created[1]).singleResult();
    taskService.complete(record.getId(), Map.of("category", "installation", "severity", "normal", "keyCustomer", false,
        "customerDemand", "Dry the kitchen", "description", "The installer left the kitchen flooded"));
    Jobs.runDue(managementService, created[1]);
    return created[0];
  }

  private String[] newComplaint(String serial) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "complaint", "channel", "phone",
            "customer", Map.of("name", "Han Meimei", "phone", PHONE, "email", "han.meimei@example.com"),
            "product", Map.of("model", "WM-1200", "serialNumber", serial),
            "description", "The installer left the kitchen flooded"),
        JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = response.getBody().path("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    return new String[] {response.getBody().path("caseNumber").asText(), instance};
  }
}
