package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.stock.MovementFilter;
import com.aftersales.stock.Part;
import com.aftersales.stock.StockScenario;
import com.aftersales.stock.StockService;


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
 * dispatch by a service manager, the emergency stock by the warehouse (a part drawn on the ledger, the emergency store
 * first), the arrival and two progress reports by an
 * engineer.
 */
class TasklistEmergencyBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired HistoryService historyService;
  @Autowired StockService stock;

  @Test
  @DisplayName("an emergency is worked through every emergency form in Tasklist by each group")
  @CompletesForms(en = {"emergency-arrival", "emergency-dispatch", "emergency-draw-stock", "emergency-progress"})
  void everyEmergencyFormIsCompletedInTasklist() {
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, "emergency", "Copier of the print shop dead, production stopped");
    String caseNumber = opened.caseNumber();
    Part fuser = StockScenario.stockedPart(stock, 3);
    stock.transfer("main", "emergency", fuser.code(), 1, "kate", "应急储备", null);
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
        () -> {
          tasklist.tick("", "调出配件 (逐行登记)");
          tasklist.fillText(Tasklist.group("配件 1"), "配件编码", fuser.code());
          tasklist.fillText(Tasklist.group("配件 1"), "数量", "2");
          tasklist.fillText("调出的工具和其他物资", "万用表一个");
        });
    browser.waitFor(d -> stock.movements(MovementFilter.ofCase(caseNumber)).size() == 2);
    assertThat(stock.onHand("emergency", fuser.code())).as("the emergency store first").isZero();
    assertThat(stock.onHand("main", fuser.code())).as("the main store for the rest").isEqualTo(1);

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
