package com.aftersales.reports.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.flows.visit.VisitProcess;
import com.aftersales.flows.visit.VisitService;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The staff report over HTTP with figures made for it: emma records four complaints of key customers (three within
 * the two-hour due date, one after three hours), the cases close, mary makes their return visits (three in the
 * contact window, one after it closed; scores 5, 4, 1, 3, the 1 opening a complaint). Period: a Monday and Tuesday
 * ({@link #firstDay}), company zone Asia/Shanghai.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class StaffReportHttpTest {

  /** The Monday the figures are made on; 10:00 in Shanghai is {@code t0}. */
  LocalDate monday;
  Instant t0;
  String period;

  /** A Monday no other test works on: 2032-05-10 on H2 (new each run); a database that keeps data gets another. */
  LocalDate firstDay() {
    return LocalDate.parse("2032-05-10");
  }

  @Autowired TestRestTemplate rest;
  @Autowired CaseService caseService;
  @Autowired CustomerService customers;
  Long keyCustomerId;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  @BeforeAll
  void workFourCases() {
    monday = firstDay();
    t0 = monday.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    period = "from=" + monday + "&to=" + monday.plusDays(1);
    List<Integer> scores = List.of(5, 4, 1, 3);
    String[] cases = new String[4];
    for (int i = 0; i < 4; i++) {
      Instant start = t0.plus(Duration.ofMinutes(10L * i));
      at(start);
      ProcessInstance complaint = complaint();
      cases[i] = complaint.getBusinessKey();
      Task record = taskService.createTaskQuery().processInstanceId(complaint.getId()).singleResult();
      taskService.setAssignee(record.getId(), "emma");
      at(start.plus(Duration.ofHours(i == 3 ? 3 : 1)));
      taskService.complete(record.getId(), Map.of("category", "delivery", "severity", "normal", "keyCustomer", true,
          "customerDemand", "Deliver the missing part"));
    }
    // 003 四.2: one of emma's repairs failed a spot check in the period, another on the Wednesday after it
    caseService.addRecord(cases[0], new ServiceRecord(RepairProcess.Actions.SPOT_CHECK_FAILED, "emma", null, null,
        "Repair failed the spot check", "emma", t0.plus(Duration.ofHours(2))));
    caseService.addRecord(cases[1], new ServiceRecord(RepairProcess.Actions.SPOT_CHECK_FAILED, "emma", null, null,
        "Repair failed the spot check", "emma", t0.plus(Duration.ofDays(2))));
    // closed on Monday 15:00: the visits are called on Tuesday 15:00, in the 14:00-18:00 window
    at(t0.plus(Duration.ofHours(5)));
    for (String c : cases) {
      caseService.close(c, "ARCHIVED");
    }
    ProcessInstance[] visits = new ProcessInstance[4];
    for (int i = 0; i < 4; i++) {
      visits[i] = runtimeService.createProcessInstanceQuery().processDefinitionKey(VisitProcess.PROCESS_KEY)
          .processInstanceBusinessKey(VisitService.visitNumberOf(cases[i])).singleResult();
      Jobs.runDue(managementService, visits[i].getId());
    }
    Instant tuesday15 = t0.plus(Duration.ofHours(29));
    for (int i = 0; i < 4; i++) {
      ProcessInstance visit = visits[i];
      at(tuesday15);
      Job window = managementService.createJobQuery().processInstanceId(visit.getId()).timers().singleResult();
      managementService.executeJob(window.getId());
      Task call = taskService.createTaskQuery().processInstanceId(visit.getId()).singleResult();
      taskService.setAssignee(call.getId(), "mary");
      at(tuesday15.plus(Duration.ofHours(i == 3 ? 4 : 1)));
      taskService.complete(call.getId(), Map.of("visitContact", "reached", "visitMode", "phone",
          "visitAnswer", "Answer of visit " + i, "satisfactionScore", (long) scores.get(i), "complaintRaised", false));
      Jobs.runDue(managementService, visit.getId());
    }
    workMovedDueDates();
    ClockUtil.reset();
  }

  /**
   * oscar records three complaints on Monday from 11:00: one within its due date; one after it, its due date moved a
   * day later by sam beforehand; one after it, its due date removed by sam beforehand.
   */
  private void workMovedDueDates() {
    for (int i = 0; i < 3; i++) {
      Instant start = t0.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(10L * i));
      at(start);
      ProcessInstance complaint = complaint();
      Task record = taskService.createTaskQuery().processInstanceId(complaint.getId()).singleResult();
      taskService.setAssignee(record.getId(), "oscar");
      Instant due = record.getDueDate().toInstant();
      if (i == 1) {
        moveDueDate(record.getId(), "\"" + due.plus(Duration.ofDays(1)) + "\"");
      } else if (i == 2) {
        moveDueDate(record.getId(), "null");
      }
      at(i == 0 ? due.minus(Duration.ofMinutes(30)) : due.plus(Duration.ofHours(1)));
      taskService.complete(record.getId(), Map.of("category", "delivery", "severity", "normal", "keyCustomer", false,
          "customerDemand", "Deliver the missing part"));
    }
  }

  private void moveDueDate(String taskId, String dueJson) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> moved = rest.withBasicAuth("sam", "sam").exchange("/api/tasks/" + taskId + "/due-date",
        HttpMethod.PUT, new HttpEntity<>("{\"dueDate\": " + dueJson + ", \"reason\": \"Customer away this week\"}",
            headers), String.class);
    assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("a service manager sees each engineer's tasks, on-time share, time per task type, satisfaction and complaints")
  void managerSeesFiguresOfTheirGroups() {
    JsonNode report = get("sam", "?" + period + "&group=engineers").getBody();
    JsonNode emma = person(report, "emma");
    assertThat(emma.path("name").asText()).isEqualTo("Emma Li");
    JsonNode f = emma.path("figures");
    assertThat(f.path("tasksHandled").asLong()).isEqualTo(4);
    assertThat(f.path("casesHandled").asLong()).isEqualTo(4);
    assertThat(f.path("tasksWithDueDate").asLong()).isEqualTo(4);
    assertThat(f.path("tasksOnTime").asLong()).isEqualTo(3);
    assertThat(f.path("onTimeShare").asDouble()).isEqualTo(0.75);
    assertThat(f.path("averageMinutes").asDouble()).isEqualTo(90.0);
    assertThat(f.path("visitsScored").asLong()).isEqualTo(4);
    assertThat(f.path("averageSatisfaction").asDouble()).isEqualTo(3.25);
    assertThat(f.path("complaintsAttributed").asLong()).isEqualTo(1);
    assertThat(f.path("spotChecksFailed").asLong()).as("003 四.2: failed spot checks in the period").isEqualTo(1);
    assertThat(emma.path("taskTypes")).singleElement().satisfies(t -> {
      assertThat(t.path("processKey").asText()).isEqualTo("complaint");
      assertThat(t.path("taskKey").asText()).isEqualTo("Task_RecordComplaint");
      assertThat(t.path("tasks").asLong()).isEqualTo(4);
      assertThat(t.path("averageMinutes").asDouble()).isEqualTo(90.0);
    });
    assertThat(person(report, "eric").path("figures").path("tasksHandled").asLong()).isZero();
    assertThat(report.path("people")).extracting(p -> p.path("userId").asText()).doesNotContain("mary");
    JsonNode engineers = group(report, "engineers");
    assertThat(engineers.path("members")).extracting(JsonNode::asText).contains("emma", "eric");
    assertThat(engineers.path("figures").path("tasksHandled").asLong()).isEqualTo(4);
    assertThat(engineers.path("figures").path("onTimeShare").asDouble()).isEqualTo(0.75);
  }

  @Test
  @DisplayName("003 二.3 考核与激励(响应速度): the on-time share is measured against the original due date; a due date a manager moved later or removed does not make a late task on time")
  void onTimeShareIsMeasuredAgainstTheOriginalDueDate() {
    JsonNode f = person(get("grace", "?" + period + "&user=oscar").getBody(), "oscar").path("figures");
    assertThat(f.path("tasksHandled").asLong()).isEqualTo(3);
    assertThat(f.path("tasksWithDueDate").asLong()).isEqualTo(3);
    assertThat(f.path("tasksOnTime").asLong()).isEqualTo(1);
    assertThat(f.path("onTimeShare").asDouble()).isEqualTo(StaffReport.round(1.0 / 3));
  }

  @Test
  @DisplayName("a staff member sees only their own figures; asking for a colleague's is 403")
  void staffSeeOnlyThemselves() {
    JsonNode report = get("mary", "?" + period).getBody();
    assertThat(report.path("people")).extracting(p -> p.path("userId").asText()).containsExactly("mary");
    JsonNode f = person(report, "mary").path("figures");
    assertThat(f.path("tasksHandled").asLong()).isEqualTo(4);
    assertThat(f.path("tasksOnTime").asLong()).isEqualTo(3);
    assertThat(f.path("averageMinutes").asDouble()).isEqualTo(105.0);
    assertThat(person(report, "mary").path("taskTypes")).singleElement()
        .satisfies(t -> assertThat(t.path("taskKey").asText()).isEqualTo("Task_ConductVisit"));

    ResponseEntity<JsonNode> colleague = get("mary", "?" + period + "&user=emma");
    assertThat(colleague.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("emma", "?" + period + "&user=mary").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName("days=30 is the last 30 days up to today in the company zone")
  void lastDaysInTheCompanyZone() {
    JsonNode report = get("mary", "?days=30").getBody();
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    assertThat(report.path("to").asText()).isEqualTo(today.toString());
    assertThat(report.path("from").asText()).isEqualTo(today.minusDays(29).toString());
  }

  @Test
  @DisplayName("the general manager sees everyone")
  void generalManagerSeesEveryone() {
    JsonNode report = get("grace", "?" + period).getBody();
    assertThat(report.path("people")).extracting(p -> p.path("userId").asText()).contains("mary", "emma", "sam", "grace");
  }

  @Test
  @DisplayName("the same figures as CSV when asked for text/csv")
  void csvByContentNegotiation() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<String> csv = rest.withBasicAuth("sam", "sam").exchange(
        "/api/reports/staff?" + period + "&user=emma", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
    assertThat(csv.getBody()).startsWith("section,id,name,taskType,casesHandled,tasksHandled,tasksWithDueDate,tasksOnTime");
    assertThat(csv.getBody()).contains("person,emma,Emma Li,,4,4,4,3,0.75,90.0,4,3.25,1,0,1,0," + monday + "," + monday.plusDays(1));
    assertThat(csv.getBody()).contains("taskType,emma,");
  }

  @Test
  @DisplayName("a missing or impossible period is answered 400 problem+json naming each field")
  void badPeriodIsRefused() {
    ResponseEntity<JsonNode> bad = get("sam", "?to=2032-13-01&group=nobody");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(bad.getBody().path("errors")).extracting(e -> e.path("field").asText())
        .containsExactlyInAnyOrder("from", "to", "group");
    ResponseEntity<JsonNode> zeroDays = get("sam", "?days=0");
    assertThat(zeroDays.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(zeroDays.getBody().path("errors").get(0).path("field").asText()).isEqualTo("days");
    ResponseEntity<JsonNode> reversed = get("sam", "?from=" + monday.plusDays(1) + "&to=" + monday);
    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.getForEntity("/api/reports/staff?" + period, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<JsonNode> get(String user, String query) {
    return rest.withBasicAuth(user, user).getForEntity("/api/reports/staff" + query, JsonNode.class);
  }

  private static JsonNode person(JsonNode report, String id) {
    for (JsonNode p : report.path("people")) {
      if (p.path("userId").asText().equals(id)) {
        return p;
      }
    }
    throw new AssertionError("no " + id + " in " + report);
  }

  private static JsonNode group(JsonNode report, String id) {
    for (JsonNode g : report.path("groups")) {
      if (g.path("groupId").asText().equals(id)) {
        return g;
      }
    }
    throw new AssertionError("no group " + id + " in " + report);
  }

  private ProcessInstance complaint() {
    // a key customer of the archive: every case of theirs is visited (002 二(五)3.4.2)
    ServiceCase c = caseService.open(new NewCase("complaint", "phone", "Staff Report", null, null, null,
        "WM-1200", "SN-SR-" + System.nanoTime(), LocalDate.parse("2031-01-10"), true, "Part missing", null, null,
        keyCustomer(), null));
    Map<String, Object> v = new HashMap<>(CaseVariables.of(c, Date.from(c.openedAt().plusSeconds(24 * 3600))));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("complaint", c.caseNumber(), v);
    caseService.attachProcessInstance(c.caseNumber(), instance.getId());
    return instance;
  }

  private long keyCustomer() {
    if (keyCustomerId == null) {
      keyCustomerId = customers.create(new NewCustomer(CustomerKind.PERSON, "Staff Report", null, null, null,
          null, null, null, Classification.KEY, CreditGrade.C, java.math.BigDecimal.ZERO, null, SecrecyLevel.SECRET),
          "staff-report-test", "staff report test").id();
    }
    return keyCustomerId;
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
