package com.aftersales.browser;


import com.aftersales.flows.emergency.EmergencyProcess.Elements;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every form of the emergency flow (forms/emergency-*.form) opened and completed in Tasklist by its group: the
 * dispatch by a service manager, the emergency stock by the warehouse, the arrival and two progress reports by an
 * engineer.
 */
class TasklistEmergencyBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired HistoryService historyService;

  @Test
  @DisplayName("an emergency is worked through every emergency form in Tasklist by each group")
  void everyEmergencyFormIsCompletedInTasklist() {
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, "emergency", "Copier of the print shop dead, production stopped");
    String caseNumber = opened.caseNumber();
    String instance = opened.instance();
    awaitTask(instance, Elements.CONTACT_CUSTOMER);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("sam", "sam");
    tasklist.work(groupTasks(StaffGroups.SERVICE_MANAGERS), caseNumber, "联系客户、启动应急响应并派出应急团队", true, () -> {
      tasklist.chooseRadio("突发重大故障,影响客户正常业务");
      tasklist.fillText("应急团队负责人", "Wang Qiang");
      tasklist.fillText("应急维修团队成员", "Wang Qiang, Zhao Lei");
      tasklist.fillText("与客户沟通的情况和紧急措施", "已告知客户团队马上出发");
    });
    awaitTask(instance, Elements.DRAW_EMERGENCY_STOCK);

    tasklist.login("walt", "walt");
    tasklist.work(groupTasks(StaffGroups.WAREHOUSE), caseNumber, "从应急储备库调配配件和工具", true,
        () -> tasklist.fillText("从应急储备库调出的配件和工具", "定影器一个,硒鼓组件一套"));

    tasklist.login("eric", "eric");
    tasklist.work(groupTasks(StaffGroups.ENGINEERS), caseNumber, "到达现场", true,
        () -> tasklist.fillText("到达现场时的情况", "设备无法开机,生产线停止"));
    awaitTask(instance, Elements.REPORT_PROGRESS);
    tasklist.work(groupTasks(StaffGroups.ENGINEERS), caseNumber, "抢修并汇报进展", true,
        () -> tasklist.fillText("抢修进展和采取的措施", "已更换定影器,正在测试"));
    Jobs.runDue(managementService, instance);
    awaitTask(instance, Elements.REPORT_PROGRESS);
    tasklist.work(groupTasks(StaffGroups.ENGINEERS), caseNumber, "抢修并汇报进展", true, () -> {
      tasklist.fillText("抢修进展和采取的措施", "设备已恢复运行");
      tasklist.tick("", "设备已恢复正常运行");
    });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished()
        .count() == 1);
  }
}
