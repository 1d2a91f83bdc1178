package com.aftersales.browser;


import com.aftersales.flows.maintenance.MaintenanceProcess.Elements;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every form of the maintenance flow (forms/maintenance-*.form) opened and completed in Tasklist by its group: the
 * plan agreed by customer service (one visit, tomorrow, so its notice goes out at once) and the visit by an engineer.
 */
class TasklistMaintenanceBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired HistoryService historyService;

  @Test
  @DisplayName("a maintenance plan and its visit are completed in Tasklist by customer service and an engineer")
  @CompletesForms(en = {"maintenance-plan", "maintenance-visit"})
  void everyMaintenanceFormIsCompletedInTasklist() {
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, "maintenance", "Yearly servicing of the copier");
    String caseNumber = opened.caseNumber();
    String instance = opened.instance();
    awaitTask(instance, Elements.CONTACT_CUSTOMER);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "联系客户制定保养计划", true, () -> {
      tasklist.fillText("计划保养次数", "1");
      tasklist.chooseSelect("保养间隔", "每年");
      tasklist.fillDate("首次保养日期", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1));
      tasklist.fillText("与客户约定的事项", "上午上门");
    });
    awaitTask(instance, Elements.VISIT);

    tasklist.login("eric", "eric");
    tasklist.work(groupTasks(StaffGroups.ENGINEERS), caseNumber, "上门保养", true, () -> {
      tasklist.tick("", "已完成设备保养");
      tasklist.tick("", "已向客户传授使用、保养和常见故障排除方法");
      tasklist.fillText("发现的问题和用户对设计", "客户希望风扇更安静");
      tasklist.chooseRadio("不需要");
      tasklist.fillText("客户满意度", "4");
    });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished()
        .count() == 1);
  }
}
