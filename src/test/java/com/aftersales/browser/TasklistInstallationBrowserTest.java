package com.aftersales.browser;

import com.aftersales.flows.installation.InstallationProcess.Elements;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every form of the installation flow (forms/installation-*.form) opened and completed in Tasklist by its group: the
 * visit agreed by customer service, the team of two assigned by a service manager, the installation with its checklist
 * and the customer's signature by an engineer, and the follow-up call by customer service.
 */
class TasklistInstallationBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired HistoryService historyService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("a delivery is worked through every installation form in Tasklist by each group")
  @CompletesForms(
      en = {"installation-assign-team", "installation-commission", "installation-follow-up", "installation-schedule"})
  void everyInstallationFormIsCompletedInTasklist() {
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, "installation", "Deliver and set up the copier on the 3rd floor");
    String caseNumber = opened.caseNumber();
    String instance = opened.instance();
    Tasklist tasklist = new Tasklist(browser);
    InstallationInTasklist.visitAgreedAndTeamAssigned(this, tasklist, instance, caseNumber,
        () -> tasklist.fillText("与客户约定的事项", "上门前半小时电话通知"));

    tasklist.login("eric", "eric");
    tasklist.work(groupTasks(StaffGroups.ENGINEERS), caseNumber, "送货、开箱安装调试并请客户验收签字", true,
        () -> InstallationInTasklist.checklistTicked(tasklist));
    // the invoice request runs, then the follow-up call comes 24 hours later: move the engine clock past it
    Jobs.runDue(managementService, instance);
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(25))));
    awaitTask(instance, Elements.FOLLOW_UP_CALL);
    ClockUtil.reset();

    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "回访客户", true, () -> {
      tasklist.fillText("客户满意度", "5");
      tasklist.fillText("客户的评价", "安装整洁,运行正常");
    });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished()
        .count() == 1);
  }
}
