package com.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.RepairCases;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The server runs in UTC (as containers do unless told otherwise); customers and staff are in Beijing. A repair
 * appointment booked for 14:30 Beijing time reads 14:30 (Asia/Shanghai) in the customer's mail, the case history,
 * the engineer's form and the complaint forms' deadline, and the SLA report names the zone its dashboard uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TimesInCompanyZoneTest {

  static final String AT_1430_BEIJING = "2026-12-07T14:30:00+08:00";
  static final String SHOWN = "2026-12-07 14:30 (Asia/Shanghai)";

  private static TimeZone machineZone;

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired NamedParameterJdbcTemplate jdbc;

  @BeforeAll
  static void serverInUtc() {
    machineZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
  }

  @AfterAll
  static void machineZoneAgain() {
    TimeZone.setDefault(machineZone);
  }

  @Test
  @DisplayName("an appointment at 14:30 in Beijing reads 14:30 (Asia/Shanghai) in the mail, case history and form context")
  void appointmentReadsInBeijingTimeEverywhere() {
    RepairCases.AtDispatch atDispatch = RepairCases.atDispatch(rest, taskService, managementService);
    taskService.complete(atDispatch.dispatch().getId(), Map.of("engineer", "eric", "appointment", AT_1430_BEIJING));
    Jobs.runDue(managementService, atDispatch.processInstanceId());

    List<Map<String, Object>> mails = jdbc.queryForList(
        "SELECT subject, body FROM mail_outbox WHERE case_number = :c AND template = 'repair-appointment'",
        Map.of("c", atDispatch.caseNumber()));
    assertThat(mails).hasSize(1);
    assertThat((String) mails.get(0).get("subject")).contains(SHOWN);
    assertThat((String) mails.get(0).get("body")).contains(SHOWN).doesNotContain("06:30");

    ResponseEntity<JsonNode> view = rest.withBasicAuth("mary", "mary")
        .getForEntity("/api/service-requests/" + atDispatch.caseNumber(), JsonNode.class);
    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(view.getBody().toString()).contains("预约上门时间 " + SHOWN);

    assertThat(runtimeService.getVariable(atDispatch.processInstanceId(), "appointmentAtText")).isEqualTo(SHOWN);
    assertThat(((Date) runtimeService.getVariable(atDispatch.processInstanceId(), "appointmentAt")).toInstant())
        .isEqualTo(Instant.parse("2026-12-07T06:30:00Z"));
  }

  @Test
  @DisplayName("a complaint's answer deadline is shown to its handlers in company time, labelled")
  void complaintDeadlineIsShownInCompanyTime() {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "complaint", "channel", "phone",
            "customer", Map.of("name", "Han Meimei", "phone", "13700137000"),
            "product", Map.of("model", "WM-1200"),
            "description", "The engineer left the kitchen flooded"),
        JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = created.getBody().path("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    Task record = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    taskService.complete(record.getId(), Map.of("category", "installation", "severity", "normal", "keyCustomer", false,
        "customerDemand", "Dry the kitchen", "description", "The engineer left the kitchen flooded"));
    Jobs.runDue(managementService, instance);

    Date due = (Date) runtimeService.getVariable(instance, "responseTimerDue");
    assertThat(runtimeService.getVariable(instance, "responseTimerDueText"))
        .isEqualTo(StaffTimes.in(ZoneId.of("Asia/Shanghai")).format(due));
  }

  @Test
  @DisplayName("the SLA report names the company zone its dashboard shows times in")
  void slaReportNamesTheCompanyZone() {
    ResponseEntity<JsonNode> report = rest.withBasicAuth("sam", "sam").getForEntity("/api/reports/sla", JsonNode.class);
    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(report.getBody().path("zone").asText()).isEqualTo("Asia/Shanghai");
  }
}
