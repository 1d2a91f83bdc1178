package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.tasklist.StaffFilters;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.RepairCases;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Staff in Beijing (the browser runs in Asia/Shanghai) on a server in UTC: the appointment a service manager books
 * for 14:30 is 14:30 for the engineer's form and the customer's mail, labelled with the zone.
 */
class TasklistTimesBrowserTest extends BrowserScenario {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired NamedParameterJdbcTemplate jdbc;

  @Override
  String browserTimeZone() {
    return "Asia/Shanghai";
  }

  @Test
  @DisplayName("an appointment booked for 14:30 in Tasklist in Beijing reads 14:30 (Asia/Shanghai) for the engineer and the customer")
  @CompletesForms(en = {"repair-dispatch-engineer"})
  void appointmentBookedInBeijingReadsInBeijingTime() {
    RepairCases.AtDispatch atDispatch = RepairCases.atDispatch(rest, taskService, managementService);
    LocalDateTime appointment = LocalDate.now(SHANGHAI).plusDays(1).atTime(14, 30);
    String shown = appointment.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " (Asia/Shanghai)";
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("sam", "sam");
    assertThat(browser.bodyText()).contains("Date and Time displayed in local timezone: Asia/Shanghai");
    tasklist.work(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.SERVICE_MANAGERS), StaffFilters.GROUP_TASKS),
        atDispatch.caseNumber(), "派工并约定上门时间", true, () -> {
          tasklist.chooseSelect("工程师", "Eric Zhang (eric)");
          tasklist.fillDateTime("预约日期", appointment);
        });
    Jobs.runDue(managementService, atDispatch.processInstanceId());
    browser.waitFor(d -> taskService.createTaskQuery().processInstanceId(atDispatch.processInstanceId())
        .taskDefinitionKey("Task_DiagnoseOnSite").count() == 1);
    Date booked = (Date) runtimeService.getVariable(atDispatch.processInstanceId(), "appointmentAt");
    assertThat(booked.toInstant()).isEqualTo(appointment.atZone(SHANGHAI).toInstant());

    tasklist.login("eric", "eric");
    tasklist.openFilter(StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.ENGINEERS), StaffFilters.MY_TASKS));
    tasklist.openTask(atDispatch.caseNumber(), "上门检测");
    String field = browser.visible(By.xpath(Tasklist.ownField("预约上门时间") + "//input")).getDomProperty("value");
    browser.step("engineer sees the appointment");
    assertThat(field).isEqualTo(shown);

    List<String> bodies = jdbc.queryForList(
        "SELECT body FROM mail_outbox WHERE case_number = :c AND template = 'repair-appointment'",
        Map.of("c", atDispatch.caseNumber()), String.class);
    assertThat(bodies).singleElement().asString().contains(shown);
  }
}
