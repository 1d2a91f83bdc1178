package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.emergency.EmergencyProcess.Elements;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

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
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "emergency", "channel", "phone",
            "customer", Map.of("name", "Han Meimei", "phone", "13600136000", "address", "Suzhou, Canal Street 5"),
            "product", Map.of("model", "CP-3000", "serialNumber", "SN-EMG-" + System.nanoTime()),
            "description", "Copier of the print shop dead, production stopped"),
        JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().path("caseNumber").asText();
    String instance = created.getBody().path("processInstanceId").asText();
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
