package com.aftersales.flows.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.customers.Classification;
import com.aftersales.customers.CustomerService;
import com.aftersales.flows.visit.VisitProcess.Elements;
import com.aftersales.flows.visit.VisitProcess.Reason;
import com.aftersales.flows.visit.VisitProcess.Status;
import com.aftersales.flows.visit.VisitProcess.Vars;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Visit plans over HTTP and their visits on the real engine, time moved by the engine clock: a monthly plan of a
 * customer, a festival visit of a project, refused input and access. Company zone Asia/Shanghai.
 */
@ProcessTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class VisitPlanHttpTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** A Tuesday no other test works on; a database that keeps data gets one of its own per run. */
  LocalDate firstDay() {
    return LocalDate.parse("2033-03-01");
  }

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CustomerService customers;
  @Autowired VisitRepository visits;
  @Autowired VisitPlanScan scan;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("002 二(五)2 通过定期和不定期回访了解客户的需求: a monthly plan of a customer starts one visit on each month's day, in that day's first contact window, never twice")
  void monthlyPlanStartsOneVisitPerOccurrence() {
    LocalDate day = firstDay();
    at(day.minusDays(1), 10, 0);
    long customer = VisitCases.customer(customers, "Plan Customer Kong", Classification.NORMAL);
    ResponseEntity<JsonNode> created = post("sam", Map.of("kind", "plan", "title", "月度回访", "customerId", customer,
        "recurrence", "monthly", "firstDate", day.toString(), "untilDate", day.plusMonths(2).minusDays(1).toString()));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    long planId = created.getBody().path("id").asLong();
    assertThat(created.getBody().path("nextVisit").asText()).isEqualTo(day.toString());
    assertThat(created.getBody().path("createdBy").asText()).isEqualTo("sam");
    ResponseEntity<JsonNode> listed = rest.withBasicAuth("sam", "sam")
        .getForEntity("/api/visit-plans?customerId=" + customer, JsonNode.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(listed.getBody()).singleElement().satisfies(p -> {
      assertThat(p.path("id").asLong()).isEqualTo(planId);
      assertThat(p.path("recurrence").asText()).isEqualTo("monthly");
    });

    scan.scan();
    assertThat(visits.find(VisitPlan.visitNumber(planId, day))).isEmpty();

    at(day, 0, 30);
    scan.scan();
    scan.scan();
    String first = VisitPlan.visitNumber(planId, day);
    ProcessInstance pi = visitOf(first);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(first).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.VISIT_REASON)).isEqualTo(Reason.PLAN.name());
    assertThat((String) runtimeService.getVariable(pi.getId(), Vars.VISIT_REASON_TEXT)).isEqualTo("计划回访:月度回访");
    assertThat(runtimeService.getVariable(pi.getId(), "customerId")).isEqualTo(customer);
    assertThat(visits.find(first).orElseThrow().planId()).isEqualTo(planId);

    Jobs.runDue(managementService, pi.getId());
    Job window = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(window.getDuedate().toInstant()).isEqualTo(instant(day, 9, 0));
    at(day, 9, 0);
    managementService.executeJob(window.getId());
    Task call = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(call.getTaskDefinitionKey()).isEqualTo(Elements.CONDUCT_VISIT);
    taskService.complete(call.getId(), reached("Happy with the service this month", 5L));
    assertThat(pi).isEnded().hasPassed(Elements.END_VISITED);
    ReturnVisit done = visits.find(first).orElseThrow();
    assertThat(done.status()).isEqualTo(Status.VISITED);
    assertThat(done.reason()).isEqualTo(Reason.PLAN);
    assertThat(done.caseNumber()).isNull();

    LocalDate second = day.plusMonths(1);
    at(second, 0, 30);
    scan.scan();
    assertThat(visitOf(VisitPlan.visitNumber(planId, second))).isNotNull();
    at(day.plusMonths(2), 0, 30);
    scan.scan();
    assertThat(visits.find(VisitPlan.visitNumber(planId, day.plusMonths(2)))).isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit_plan_occurrence WHERE plan_id = ?", Integer.class,
        planId)).isEqualTo(2);
  }

  @Test
  @DisplayName("002 二(五)3.2 特定时期内可作特色回访(如节日、店庆日、促销活动期): a festival visit of a project starts once, and its low score opens a complaint case")
  void festivalVisitOfAProjectStartsOnceAndALowScoreOpensAComplaint() {
    LocalDate day = firstDay().plusDays(1);
    at(day.minusDays(3), 10, 0);
    ResponseEntity<JsonNode> created = post("sam", Map.of("kind", "festival", "title", "中秋回访",
        "project", "Lakeside Estate phase 2", "recurrence", "once", "firstDate", day.toString()));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    long planId = created.getBody().path("id").asLong();

    at(day, 8, 0);
    scan.scan();
    String visitNumber = VisitPlan.visitNumber(planId, day);
    ProcessInstance pi = visitOf(visitNumber);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.VISIT_REASON)).isEqualTo(Reason.FESTIVAL.name());
    assertThat(runtimeService.getVariable(pi.getId(), Vars.PROJECT)).isEqualTo("Lakeside Estate phase 2");
    Jobs.runDue(managementService, pi.getId());
    at(day, 9, 0);
    managementService.executeJob(
        managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId());
    Task call = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    taskService.complete(call.getId(), reached("Lift lobby tiles still cracked", 1L));
    Jobs.runDue(managementService, pi.getId());
    assertThat(pi).isEnded().hasPassed(Elements.OPEN_COMPLAINT, Elements.END_VISITED);
    String complaint = visits.find(visitNumber).orElseThrow().complaintCaseNumber();
    assertThat(complaint).isNotNull();
    ProcessInstance complaintInstance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("complaint").processInstanceBusinessKey(complaint).singleResult();
    assertThat(complaintInstance).isWaitingAt("Task_RecordComplaint");
    assertThat((String) runtimeService.getVariable(complaintInstance.getId(), "customerDemand"))
        .contains("Lift lobby tiles still cracked", "1/5", visitNumber);

    at(day.plusMonths(3), 10, 0);
    scan.scan();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_visit WHERE plan_id = ?", Integer.class, planId))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("bad input is 400 problem+json naming each field, and nothing is written")
  void badInputIsRefusedNamingEachField() {
    at(firstDay(), 10, 0);
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM visit_plan", Integer.class);
    Map<String, Object> bad = new HashMap<>();
    bad.put("kind", "birthday");
    bad.put("recurrence", "weekly");
    bad.put("firstDate", firstDay().minusDays(1).toString());
    bad.put("untilDate", "soon");
    bad.put("customerId", 987654321);
    bad.put("colour", "red");
    ResponseEntity<JsonNode> answer = post("sam", bad);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(answer.getBody().path("errors")).extracting(e -> e.path("field").asText())
        .containsExactlyInAnyOrder("kind", "recurrence", "firstDate", "untilDate", "customerId", "colour", "title");

    ResponseEntity<JsonNode> empty = post("sam", Map.of());
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody().path("errors")).extracting(e -> e.path("field").asText())
        .containsExactlyInAnyOrder("kind", "title", "customerId", "recurrence", "firstDate");

    ResponseEntity<JsonNode> reversed = post("sam", Map.of("kind", "campaign", "title", "店庆回访",
        "project", "Store anniversary", "recurrence", "once", "firstDate", firstDay().plusDays(5).toString(),
        "untilDate", firstDay().toString()));
    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reversed.getBody().path("errors")).extracting(e -> e.path("field").asText()).containsExactly("untilDate");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit_plan", Integer.class)).isEqualTo(before);
  }

  @Test
  @DisplayName("visit plans are for service managers: other staff get 403, anonymous callers 401")
  void onlyServiceManagersPlanVisits() {
    Map<String, Object> plan = Map.of("kind", "plan", "title", "季度回访", "project", "Harbour offices",
        "recurrence", "quarterly", "firstDate", LocalDate.now(ZONE).plusDays(10).toString());
    assertThat(post("mary", plan).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("mary", "mary").getForEntity("/api/visit-plans", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity("/api/visit-plans", plan, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<JsonNode> post(String user, Map<String, Object> body) {
    return rest.withBasicAuth(user, user).postForEntity("/api/visit-plans", body, JsonNode.class);
  }

  private static Map<String, Object> reached(String answer, long score) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.VISIT_CONTACT, "reached");
    v.put(Vars.VISIT_MODE, "phone");
    v.put(Vars.VISIT_ANSWER, answer);
    v.put(Vars.SATISFACTION_SCORE, score);
    v.put(Vars.COMPLAINT_RAISED, false);
    return v;
  }

  private ProcessInstance visitOf(String visitNumber) {
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(VisitProcess.PROCESS_KEY)
        .processInstanceBusinessKey(visitNumber).singleResult();
    assertThat(pi).as("visit " + visitNumber).isNotNull();
    return pi;
  }

  static Instant instant(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(ZONE).toInstant();
  }

  private static void at(LocalDate day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(instant(day, hour, minute)));
  }
}
