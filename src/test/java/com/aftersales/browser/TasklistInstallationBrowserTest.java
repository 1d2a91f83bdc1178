package com.aftersales.browser;


import com.aftersales.flows.installation.InstallationProcess.Elements;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
  void everyInstallationFormIsCompletedInTasklist() {
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, "installation", "Deliver and set up the copier on the 3rd floor");
    String caseNumber = opened.caseNumber();
    String instance = opened.instance();
    awaitTask(instance, Elements.CONTACT_CUSTOMER);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "联系客户预约上门", true, () -> {
      tasklist.chooseSelect("安装类型", "零星仪器:送货后直接开箱调试");
      tasklist.fillDate("上门日期", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2));
      tasklist.fillText("与客户约定的事项", "上门前半小时电话通知");
    });
    awaitTask(instance, Elements.ASSIGN_TEAM);

    tasklist.login("sam", "sam");
    tasklist.work(groupTasks(StaffGroups.SERVICE_MANAGERS), caseNumber, "安排安装小组(不少于二人)", true, () -> {
      tasklist.fillText("负责人", "Wang Qiang");
      tasklist.fillText("安装人员", "Wang Qiang, Zhao Lei");
    });
    awaitTask(instance, Elements.INSTALL_AND_COMMISSION);

    tasklist.login("eric", "eric");
    tasklist.work(groupTasks(StaffGroups.ENGINEERS), caseNumber, "送货、开箱安装调试并请客户验收签字", true, () -> {
      tasklist.tick("", "已检查所有关键部位(螺丝孔、铰链、轨道、玻璃门等)符合质量要求");
      tasklist.tick("", "调试完成,运行正常");
      tasklist.tick("", "产品和现场已清洁");
      tasklist.tick("", "已向客户讲解保养知识和售后服务规定");
      tasklist.tick("", "客户已在服务记录上验收签字");
      tasklist.chooseRadio("没有");
    });
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
