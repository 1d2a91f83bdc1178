package com.aftersales.browser;


import com.aftersales.flows.consultation.ConsultationProcess.Elements;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every form of the consultation flow (forms/consultation-*.form) opened and completed in Tasklist by its group: a
 * suggestion answered by customer service, reported by the sales office, instructed by the general manager and its
 * follow-through tracked by the sales office until done.
 */
class TasklistConsultationBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired HistoryService historyService;

  @Test
  @DisplayName("a suggestion is worked through every consultation form in Tasklist by each group")
  @CompletesForms(
      en = {"consultation-answer", "consultation-compile", "consultation-follow-through", "consultation-instruction"})
  void everyConsultationFormIsCompletedInTasklist() {
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, "consultation", "The paper tray should hold 1000 sheets");
    String caseNumber = opened.caseNumber();
    String instance = opened.instance();
    awaitTask(instance, Elements.CONTACT_CUSTOMER);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "联系客户并答复", true, () -> {
      tasklist.chooseRadio("建议(转销售办公室)");
      tasklist.fillText("给客户的答复", "感谢您的建议,我们会转报总经理。");
    });
    awaitTask(instance, Elements.COMPILE_FEEDBACK);

    tasklist.login("oscar", "oscar");
    tasklist.work(groupTasks(StaffGroups.SALES_OFFICE), caseNumber, "整理反馈并报总经理", true,
        () -> tasklist.fillText("整理后的书面反馈", "客户建议纸盒容量增加到1000张。"));
    awaitTask(instance, Elements.GIVE_INSTRUCTION);

    tasklist.login("grace", "grace");
    tasklist.work(groupTasks(StaffGroups.GENERAL_MANAGER), caseNumber, "总经理批示", true, () -> {
      tasklist.fillText("批示", "请工程部研究加大纸盒。");
      tasklist.tick("", "需要相关部门整改(由销售办公室追踪落实)");
      tasklist.fillText("负责整改的部门", "工程部");
    });
    awaitTask(instance, Elements.TRACK_FOLLOW_THROUGH);

    tasklist.login("oscar", "oscar");
    tasklist.work(groupTasks(StaffGroups.SALES_OFFICE), caseNumber, "追踪整改落实", true, () -> {
      tasklist.fillText("落实情况", "新纸盒已投产。");
      tasklist.tick("", "已落实完成(不勾选则继续追踪)");
    });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished()
        .count() == 1);
  }
}
