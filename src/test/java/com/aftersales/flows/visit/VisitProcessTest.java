package com.aftersales.flows.visit;

import com.aftersales.testsupport.ProcessTest;
import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.Mails;
import com.aftersales.testsupport.Tasks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.cases.CaseLinks;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.customers.Classification;
import com.aftersales.customers.CustomerService;
import com.aftersales.flows.visit.VisitProcess.Elements;
import com.aftersales.flows.visit.VisitProcess.Outcomes;
import com.aftersales.flows.visit.VisitProcess.Reason;
import com.aftersales.flows.visit.VisitProcess.Status;
import com.aftersales.flows.visit.VisitProcess.Vars;
import com.aftersales.testsupport.Jobs;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Every path of return-visit on the real engine, time moved by the engine clock: a key customer's case visited in
 * the contact window after 24 hours, rest time skipped, the sample drawn twice a week, a low score or complaint
 * opening a complaint, the on-site visit's feedback form back in 12 hours and answered in 48, an unreachable
 * customer tried in three windows. Company zone Asia/Shanghai (UTC+8): 09:00 local = 01:00Z.
 */
@ProcessTest
@TestPropertySource(properties = "aftersales.quality.visit.sample-share=0.5")
class VisitProcessTest {

  /** Monday 2031-03-03 10:00 in Shanghai, a working day. */
  static final Instant MONDAY_10 = Instant.parse("2031-03-03T02:00:00Z");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CaseService caseService;
  @Autowired CustomerService customers;
  @Autowired CaseLinks links;
  @Autowired VisitRepository visits;
  @Autowired VisitService visitService;
  @Autowired JdbcTemplate jdbc;
  @Autowired com.aftersales.mail.Outbox outbox;

  @BeforeEach
  void setUp() {
    at(MONDAY_10); // @ProcessTest binds the assertions before and puts the clock back after each test
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
    AbstractAssertions.reset();
  }

  @Test
  @DisplayName("002 二(五)3.4.2 必须保证重点客户的100%的回访: a key customer's closed case is visited by phone in the first contact window 24 hours later, answer and score recorded")
  void keyCustomerCaseIsVisitedInTheNextContactWindow() {
    String caseNumber = VisitCases.closed(customers, caseService, VisitCases.KEY_PREFIX + "Li Lei", "COMPLETED");
    ProcessInstance pi = visitOf(caseNumber);
    assertThat(visits.find(VisitService.visitNumberOf(caseNumber)).orElseThrow().reason()).isEqualTo(Reason.KEY_CUSTOMER);

    Jobs.runDue(managementService, pi.getId());
    assertThat(pi).isWaitingAt(Elements.TIMER_CONTACT_WINDOW).hasPassed(Elements.PLAN_CONTACT_WINDOW);
    Instant tuesday10 = MONDAY_10.plus(Duration.ofDays(1));
    assertThat(timerDue(pi)).isEqualTo(tuesday10);

    Task visit = fireTimer(pi, tuesday10);
    assertThat(visit).hasCandidateGroup("customer-service").hasFormKey(null);
    assertThat(visit.getDueDate().toInstant()).isEqualTo(Instant.parse("2031-03-04T04:00:00Z")); // Tue 12:00
    assertThat((String) runtimeService.getVariable(pi.getId(), Vars.VISIT_WINDOW_TEXT))
        .isEqualTo("2031-03-04 10:00 (Asia/Shanghai) – 2031-03-04 12:00 (Asia/Shanghai)");

    identityService.setAuthentication("mary", List.of("customer-service"));
    complete(visit, reached("phone", "Engineer was on time, drum works, very friendly", 4L, "Call before coming", false));

    assertThat(pi).isEnded().hasPassed(Elements.RECORD_VISIT, Elements.END_VISITED)
        .hasNotPassed(Elements.OPEN_COMPLAINT, Elements.HAND_IN_FEEDBACK_FORM);
    ReturnVisit done = visits.find(VisitService.visitNumberOf(caseNumber)).orElseThrow();
    assertThat(done.status()).isEqualTo(Status.VISITED);
    assertThat(done.answer()).isEqualTo("Engineer was on time, drum works, very friendly");
    assertThat(done.satisfaction()).isEqualTo(4);
    assertThat(done.suggestions()).isEqualTo("Call before coming");
    assertThat(done.visitedBy()).isEqualTo("mary");
    assertThat(done.visitMode()).isEqualTo("phone");
    assertThat(caseService.records(caseNumber)).anySatisfy(r -> assertThat(r.note()).contains("满意度 4/5"));
  }

  @Test
  @DisplayName("002 二(五)3.4.2 必须保证重点客户的100%的回访: the archive's classification of the case's customer decides: KEY and VIP visited at once, NORMAL waits for the sample")
  void classificationComesFromTheCustomerArchive() {
    long key = VisitCases.customer(customers, "Archive Key Jiang", Classification.KEY);
    long vip = VisitCases.customer(customers, "Archive Vip Tang", Classification.VIP);
    long normal = VisitCases.customer(customers, "Archive Normal Song", Classification.NORMAL);
    String keyCase = VisitCases.closed(caseService, key, "Archive Key Jiang", "COMPLETED");
    String vipCase = VisitCases.closed(caseService, vip, "Archive Vip Tang", "COMPLETED");
    String normalCase = VisitCases.closed(caseService, normal, "Archive Normal Song", "COMPLETED");

    assertThat(visits.find(VisitService.visitNumberOf(keyCase)).orElseThrow())
        .satisfies(v -> assertThat(v.reason()).isEqualTo(Reason.KEY_CUSTOMER))
        .satisfies(v -> assertThat(v.status()).isEqualTo(Status.DUE));
    assertThat(visitOf(keyCase)).isNotNull();
    assertThat(visits.find(VisitService.visitNumberOf(vipCase)).orElseThrow().reason()).isEqualTo(Reason.KEY_CUSTOMER);
    assertThat(visitOf(vipCase)).isNotNull();
    ReturnVisit waiting = visits.find(VisitService.visitNumberOf(normalCase)).orElseThrow();
    assertThat(waiting.status()).isEqualTo(Status.CANDIDATE);
    assertThat(waiting.processInstanceId()).isNull();
  }

  @Test
  @DisplayName("002 二(五)3.4.2: the classification is read from the archive when the case closes, not from a flag on the case's process")
  void classificationIsReadWhenTheCaseCloses() {
    long customer = VisitCases.customer(customers, "Archive Later Key Fang", Classification.NORMAL);
    String caseNumber = VisitCases.open(caseService, customer, "Archive Later Key Fang");
    // the archive classifies the customer as key after the case was taken in
    jdbc.update("UPDATE customer SET classification = 'KEY' WHERE id = ?", customer);
    caseService.close(caseNumber, "COMPLETED");
    assertThat(visits.find(VisitService.visitNumberOf(caseNumber)).orElseThrow().reason()).isEqualTo(Reason.KEY_CUSTOMER);
    assertThat(visitOf(caseNumber)).isNotNull();

    // a complaint record's keyCustomer flag on a normal customer's case makes no key customer
    long normal = VisitCases.customer(customers, "Archive Flagged Normal Du", Classification.NORMAL);
    String flagged = VisitCases.open(caseService, normal, "Archive Flagged Normal Du");
    ServiceCase flaggedCase = caseService.find(flagged).orElseThrow();
    ProcessInstance complaint = runtimeService.startProcessInstanceByKey("complaint", flagged,
        CaseVariables.of(flaggedCase, Date.from(MONDAY_10.plus(Duration.ofDays(1)))));
    runtimeService.setVariable(complaint.getId(), "keyCustomer", true);
    caseService.attachProcessInstance(flagged, complaint.getId());
    caseService.close(flagged, "ARCHIVED");
    assertThat(visits.find(VisitService.visitNumberOf(flagged)).orElseThrow().status()).isEqualTo(Status.CANDIDATE);
    runtimeService.deleteProcessInstance(complaint.getId(), "test over");
  }

  @Test
  @DisplayName("never in rest time: a case closed on Friday evening is called on Monday morning, one closed before noon after the midday rest")
  void visitWindowSkipsRestTime() {
    Instant friday1730 = Instant.parse("2031-03-07T09:30:00Z");
    at(friday1730);
    ProcessInstance weekend = visitOf(VisitCases.closed(customers, caseService, VisitCases.KEY_PREFIX + "Han Mei", "COMPLETED"));
    Jobs.runDue(managementService, weekend.getId());
    // Saturday 17:30 is rest time: Monday 09:00, due at 12:00.
    assertThat(timerDue(weekend)).isEqualTo(Instant.parse("2031-03-10T01:00:00Z"));
    Task monday = fireTimer(weekend, Instant.parse("2031-03-10T01:00:00Z"));
    assertThat(monday.getDueDate().toInstant()).isEqualTo(Instant.parse("2031-03-10T04:00:00Z"));

    Instant tuesday1230 = Instant.parse("2031-03-11T04:30:00Z");
    at(tuesday1230);
    ProcessInstance midday = visitOf(VisitCases.closed(customers, caseService, VisitCases.KEY_PREFIX + "Wu Gang", "COMPLETED"));
    Jobs.runDue(managementService, midday.getId());
    // Wednesday 12:30 is the midday rest: the afternoon window 14:00-18:00.
    assertThat(timerDue(midday)).isEqualTo(Instant.parse("2031-03-12T06:00:00Z"));
    Task afternoon = fireTimer(midday, Instant.parse("2031-03-12T06:00:00Z"));
    assertThat(afternoon.getDueDate().toInstant()).isEqualTo(Instant.parse("2031-03-12T10:00:00Z"));
  }

  @Test
  @DisplayName("other closed cases wait for the sample: half of them drawn at random, the rest not sampled, one draw a day")
  void otherCasesAreVisitedBySample() {
    Instant thursday = drawDay();
    at(thursday.minus(Duration.ofDays(2)));
    List<String> closed = List.of(
        VisitCases.closed(customers, caseService, "Zhao Yi", "COMPLETED"),
        VisitCases.closed(customers, caseService, "Qian Er", "RESOLVED_BY_PHONE"),
        VisitCases.closed(customers, caseService, "Sun San", "QUOTE_DECLINED"),
        VisitCases.closed(customers, caseService, "Li Si", "PARTS_DELIVERED"));
    closed.forEach(c -> {
      ReturnVisit waiting = visits.find(VisitService.visitNumberOf(c)).orElseThrow();
      assertThat(waiting.status()).isEqualTo(Status.CANDIDATE);
      assertThat(waiting.processInstanceId()).isNull();
    });

    at(thursday);
    VisitService.Draw draw = visitService.drawSample();
    assertThat(draw.candidates()).isGreaterThanOrEqualTo(4);
    assertThat(draw.sampled()).isEqualTo((int) Math.ceil(draw.candidates() * 0.5));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_visit WHERE draw_id = ? AND status = 'DUE'",
        Integer.class, draw.drawId())).isEqualTo(draw.sampled());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_visit WHERE draw_id = ? AND status = 'NOT_SAMPLED'",
        Integer.class, draw.drawId())).isEqualTo(draw.candidates() - draw.sampled());
    for (String c : closed) {
      ReturnVisit v = visits.find(VisitService.visitNumberOf(c)).orElseThrow();
      assertThat(v.drawId()).isEqualTo(draw.drawId());
      assertThat(v.status()).isIn(Status.DUE, Status.NOT_SAMPLED);
      assertThat(v.processInstanceId() != null).isEqualTo(v.status() == Status.DUE);
      if (v.status() == Status.DUE) {
        ProcessInstance pi = visitOf(c);
        Jobs.runDue(managementService, pi.getId());
        // drawn days after the closing: the window is open now, the task is due when it closes (Thursday 12:00)
        assertThat(task(pi, Elements.CONDUCT_VISIT).getDueDate().toInstant()).isEqualTo(thursday.plus(Duration.ofHours(3)));
        assertThat(runtimeService.getVariable(pi.getId(), Vars.VISIT_REASON)).isEqualTo(Reason.SAMPLED.name());
      }
    }

    VisitService.Draw again = visitService.drawSample();
    assertThat(again.candidates()).isZero();
    assertThat(again.sampled()).isZero();
  }

  @Test
  @DisplayName("a low score opens a complaint case linked to the visited case, with the customer's answer")
  void lowScoreOpensComplaint() {
    String caseNumber = VisitCases.closed(customers, caseService, VisitCases.KEY_PREFIX + "Zhou Wu", "COMPLETED");
    ProcessInstance pi = visitOf(caseNumber);
    Task visit = visitTask(pi);
    complete(visit, reached("phone", "Still noisy after the repair, nobody called back", 2L, null, false));
    Jobs.runDue(managementService, pi.getId());

    assertThat(pi).isEnded().hasPassed(Elements.OPEN_COMPLAINT, Elements.END_VISITED);
    String complaint = visits.find(VisitService.visitNumberOf(caseNumber)).orElseThrow().complaintCaseNumber();
    assertThat(complaint).isNotNull();
    assertThat(links.findLinkedFrom(caseNumber, "complaint-of")).contains(complaint);
    ProcessInstance complaintInstance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("complaint").processInstanceBusinessKey(complaint).singleResult();
    assertThat(complaintInstance).isWaitingAt("Task_RecordComplaint");
    assertThat((String) runtimeService.getVariable(complaintInstance.getId(), "customerDemand"))
        .contains("Still noisy after the repair", "2/5");
  }

  @Test
  @DisplayName("a complaint in the answer opens a complaint even with a good score")
  void complaintInAnswerOpensComplaint() {
    String caseNumber = VisitCases.closed(customers, caseService, VisitCases.KEY_PREFIX + "Wang Liu", "COMPLETED");
    ProcessInstance pi = visitOf(caseNumber);
    complete(visitTask(pi), reached("phone", "Repair fine, but the installer was rude", 4L, null, true));
    Jobs.runDue(managementService, pi.getId());
    assertThat(pi).isEnded().hasPassed(Elements.OPEN_COMPLAINT);
    assertThat(links.findLinkedFrom(caseNumber, "complaint-of")).isPresent();
  }

  @Test
  @DisplayName("on-site visit: the written feedback form is due back in 12 hours and answered within 48 hours of its hand-in")
  void onSiteVisitFeedbackFormIsHandedInAndAnswered() {
    String caseNumber = VisitCases.closed(customers, caseService, VisitCases.KEY_PREFIX + "Chen Qi", "COMPLETED");
    ProcessInstance pi = visitOf(caseNumber);
    Task visit = visitTask(pi);
    Instant visitedAt = Instant.parse("2031-03-04T03:00:00Z");
    at(visitedAt);
    complete(visit, reached("onSite", "Cabinet doors aligned, customer checked and signed", 5L, "Bring shoe covers", false));

    assertThat(pi).isWaitingAt(Elements.HAND_IN_FEEDBACK_FORM);
    Task handIn = task(pi, Elements.HAND_IN_FEEDBACK_FORM);
    assertThat(handIn).hasCandidateGroup("customer-service");
    assertThat(handIn.getDueDate().toInstant()).isEqualTo(visitedAt.plus(Duration.ofHours(12)));

    Instant handedInAt = visitedAt.plus(Duration.ofHours(5));
    at(handedInAt);
    complete(handIn, Map.of(Vars.FEEDBACK_FORM_NUMBER, "FK-0815", Vars.CUSTOMER_SIGNED, true,
        Vars.FEEDBACK_NOTES, "Wants a maintenance visit in autumn"));
    Task answer = task(pi, Elements.ANSWER_FEEDBACK);
    assertThat(answer.getDueDate().toInstant()).isEqualTo(handedInAt.plus(Duration.ofHours(48)));

    at(handedInAt.plus(Duration.ofHours(30)));
    complete(answer, Map.of(Vars.SERVICE_COMMITMENT, "Free maintenance visit booked for October"));
    assertThat(pi).isEnded().hasPassed(Elements.RECORD_FEEDBACK_FORM, Elements.RECORD_FEEDBACK_ANSWER, Elements.END_VISITED);
    ReturnVisit v = visits.find(VisitService.visitNumberOf(caseNumber)).orElseThrow();
    assertThat(v.feedbackFormNumber()).isEqualTo("FK-0815");
    assertThat(v.feedbackHandedInAt()).isEqualTo(handedInAt);
    assertThat(v.feedbackAnsweredAt()).isEqualTo(handedInAt.plus(Duration.ofHours(30)));
    assertThat(v.serviceCommitment()).isEqualTo("Free maintenance visit booked for October");
  }

  @Test
  @DisplayName("000 第四篇 (二)2 回来后12小时内交给助理,助理根据情况48小时作出服务承诺: a late hand-in and a late answer each alert the service managers once by mail, the task stays open")
  void lateFeedbackFormAlertsTheServiceManagers() {
    String caseNumber = VisitCases.closed(customers, caseService, VisitCases.KEY_PREFIX + "Yuan Shi", "COMPLETED");
    ProcessInstance pi = visitOf(caseNumber);
    Task visit = visitTask(pi);
    Instant visitedAt = Instant.parse("2031-03-04T03:00:00Z");
    at(visitedAt);
    complete(visit, reached("onSite", "Doors fixed, customer signed the form", 4L, null, false));
    assertThat(pi).isWaitingAt(Elements.HAND_IN_FEEDBACK_FORM);

    // 11 hours later nothing is late yet
    at(visitedAt.plus(Duration.ofHours(11)));
    Jobs.runDue(managementService, pi.getId());
    assertThat(mails(caseNumber, "return-visit-hand-in-overdue")).isEmpty();

    // the 12 hours have passed: the managers are alerted, the hand-in task stays
    at(visitedAt.plus(Duration.ofHours(12)).plusSeconds(60));
    Jobs.runDue(managementService, pi.getId());
    Jobs.runDue(managementService, pi.getId());
    assertThat(pi).hasPassed(Elements.TIMER_HAND_IN_OVERDUE, Elements.ALERT_HAND_IN_OVERDUE)
        .isWaitingAt(Elements.HAND_IN_FEEDBACK_FORM);
    List<com.aftersales.mail.OutboxEntry> handInAlerts = mails(caseNumber, "return-visit-hand-in-overdue");
    assertThat(handInAlerts).isNotEmpty()
        .anySatisfy(m -> assertThat(m.recipient()).isEqualTo("sam@aftersales.example"))
        .allSatisfy(m -> assertThat(m.body()).contains(VisitService.visitNumberOf(caseNumber), "12"));
    assertThat(handInAlerts.stream().map(com.aftersales.mail.OutboxEntry::recipient).distinct().count())
        .as("one mail per manager").isEqualTo(handInAlerts.size());

    Instant handedInAt = visitedAt.plus(Duration.ofHours(14));
    at(handedInAt);
    complete(task(pi, Elements.HAND_IN_FEEDBACK_FORM), Map.of(Vars.FEEDBACK_FORM_NUMBER, "FK-4711",
        Vars.CUSTOMER_SIGNED, true, Vars.FEEDBACK_NOTES, "Asks for a second check"));
    at(handedInAt.plus(Duration.ofHours(48)).plusSeconds(60));
    Jobs.runDue(managementService, pi.getId());
    Jobs.runDue(managementService, pi.getId());
    assertThat(pi).hasPassed(Elements.TIMER_ANSWER_OVERDUE, Elements.ALERT_ANSWER_OVERDUE)
        .isWaitingAt(Elements.ANSWER_FEEDBACK);
    assertThat(mails(caseNumber, "return-visit-answer-overdue")).isNotEmpty()
        .allSatisfy(m -> assertThat(m.body()).contains("FK-4711", "48"));
    assertThat(mails(caseNumber, "return-visit-hand-in-overdue")).hasSize(handInAlerts.size());

    complete(task(pi, Elements.ANSWER_FEEDBACK), Map.of(Vars.SERVICE_COMMITMENT, "Second check on Friday"));
    assertThat(pi).isEnded().hasPassed(Elements.END_VISITED);
  }

  @Test
  @DisplayName("a customer not reached is tried in the next contact window, and after three attempts the visit ends unreached")
  void unreachedCustomerIsTriedInTheNextWindowsThenGivenUp() {
    String caseNumber = VisitCases.closed(customers, caseService, VisitCases.KEY_PREFIX + "Ma Ba", "COMPLETED");
    ProcessInstance pi = visitOf(caseNumber);
    Task first = visitTask(pi); // Tuesday 10:00-12:00
    at(Instant.parse("2031-03-04T02:30:00Z"));
    complete(first, Map.of(Vars.VISIT_CONTACT, "notReached"));
    Jobs.runDue(managementService, pi.getId());
    assertThat(pi).isWaitingAt(Elements.TIMER_CONTACT_WINDOW);
    // the next window: Tuesday 14:00-18:00
    assertThat(timerDue(pi)).isEqualTo(Instant.parse("2031-03-04T06:00:00Z"));
    Task second = fireTimer(pi, Instant.parse("2031-03-04T06:00:00Z"));
    assertThat(runtimeService.getVariable(pi.getId(), Vars.VISIT_ATTEMPT)).isEqualTo(2);
    complete(second, Map.of(Vars.VISIT_CONTACT, "notReached"));
    Jobs.runDue(managementService, pi.getId());
    // Wednesday 09:00
    Task third = fireTimer(pi, Instant.parse("2031-03-05T01:00:00Z"));
    complete(third, Map.of(Vars.VISIT_CONTACT, "notReached"));

    assertThat(pi).isEnded().hasPassed(Elements.END_UNREACHED).hasNotPassed(Elements.END_VISITED);
    ReturnVisit v = visits.find(VisitService.visitNumberOf(caseNumber)).orElseThrow();
    assertThat(v.status()).isEqualTo(Status.UNREACHED);
    assertThat(v.attempts()).isEqualTo(3);
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(pi.getId()).count()).isZero();
    assertThat(Outcomes.UNREACHED).isEqualTo("unreached");
  }

  @Test
  @DisplayName("002 二(五)1.3 处理后有回访: a repair resolved by phone, which ends without a follow-up call of its own, enters the sample when it closes")
  void repairResolvedByPhoneEntersTheSample() {
    ServiceCase opened = caseService.open(new NewCase("repair", "phone", "Gao Yi", "13800138001", null, null,
        "WM-1200", "SN-P-" + System.nanoTime(), LocalDate.parse("2030-12-01"), true, "Does not start", null));
    ProcessInstance repair = runtimeService.startProcessInstanceByKey(RepairProcess.PROCESS_KEY, opened.caseNumber(),
        CaseVariables.of(opened, Date.from(MONDAY_10.plus(Duration.ofDays(1)))));
    caseService.attachProcessInstance(opened.caseNumber(), repair.getId());
    Jobs.runDue(managementService, repair.getId());
    complete(task(repair, RepairProcess.Elements.ASSESS_REQUEST), Map.of(
        RepairProcess.Vars.RESOLUTION, RepairProcess.Resolution.PHONE.code(),
        RepairProcess.Vars.DAMAGE_CAUSE, com.aftersales.cases.DamageCause.UNKNOWN.code(),
        RepairProcess.Vars.ASSESSMENT_NOTES, "Reset the unit with the customer"));
    Jobs.runDue(managementService, repair.getId());

    assertThat(repair).isEnded();
    ReturnVisit waiting = visits.find(VisitService.visitNumberOf(opened.caseNumber())).orElseThrow();
    assertThat(waiting.status()).isEqualTo(Status.CANDIDATE);
    assertThat(waiting.caseFinalStatus()).isEqualTo("RESOLVED_BY_PHONE");
    assertThat(waiting.caseClosedAt()).isEqualTo(MONDAY_10);
  }

  @Test
  @DisplayName("a repair handed over to exchange gets no visit of its own, and closing a case twice makes one visit")
  void handOverGetsNoVisitAndClosingTwiceMakesOne() {
    String handedOver = VisitCases.closed(customers, caseService, VisitCases.KEY_PREFIX + "Xu Jiu", "HANDED_OVER_TO_EXCHANGE");
    assertThat(visits.forCase(handedOver)).isEmpty();

    String caseNumber = VisitCases.closed(customers, caseService, VisitCases.KEY_PREFIX + "He Shi", "COMPLETED");
    caseService.close(caseNumber, "COMPLETED");
    assertThat(visits.forCase(caseNumber)).hasSize(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(VisitProcess.PROCESS_KEY)
        .processInstanceBusinessKey(VisitService.visitNumberOf(caseNumber)).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("a visit answered without its answer or with a score outside 1-5 is refused and nothing is recorded")
  void incompleteAnswerIsRefused() {
    String caseNumber = VisitCases.closed(customers, caseService, VisitCases.KEY_PREFIX + "Lu Yi", "COMPLETED");
    ProcessInstance pi = visitOf(caseNumber);
    Task visit = visitTask(pi);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> taskService.complete(visit.getId(), reached("phone", " ", 4L, null, false)))
        .hasMessageContaining(Vars.VISIT_ANSWER);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> taskService.complete(visit.getId(), reached("phone", "fine", 9L, null, false)))
        .hasMessageContaining(Vars.SATISFACTION_SCORE);
    assertThat(pi).isWaitingAt(Elements.CONDUCT_VISIT);
    assertThat(visits.find(VisitService.visitNumberOf(caseNumber)).orElseThrow().answer()).isNull();
  }

  /** Thursday 09:00 in Shanghai of the sample draw: one draw a day, so a database that keeps data needs its own day. */
  Instant drawDay() {
    return Instant.parse("2031-03-13T01:00:00Z");
  }

  private static Map<String, Object> reached(String mode, String answer, Long score, String suggestions, boolean complaint) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.VISIT_CONTACT, Outcomes.REACHED);
    v.put(Vars.VISIT_MODE, mode);
    v.put(Vars.VISIT_ANSWER, answer);
    v.put(Vars.SATISFACTION_SCORE, score);
    v.put(Vars.SUGGESTIONS, suggestions);
    v.put(Vars.COMPLAINT_RAISED, complaint);
    return v;
  }

  /** The visit task of the first window (the visit started Monday 10:00, called Tuesday 10:00). */
  private Task visitTask(ProcessInstance pi) {
    Jobs.runDue(managementService, pi.getId());
    return fireTimer(pi, timerDue(pi));
  }

  private ProcessInstance visitOf(String caseNumber) {
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(VisitProcess.PROCESS_KEY)
        .processInstanceBusinessKey(VisitService.visitNumberOf(caseNumber)).singleResult();
    assertThat(pi).as("visit of " + caseNumber).isNotNull();
    return pi;
  }

  private Instant timerDue(ProcessInstance pi) {
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    return timer.getDuedate().toInstant();
  }

  private Task fireTimer(ProcessInstance pi, Instant at) {
    at(at);
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    managementService.executeJob(timer.getId());
    return task(pi, Elements.CONDUCT_VISIT);
  }

  private Task task(ProcessInstance pi, String key) {
    return Tasks.open(taskService, pi.getId(), key);
  }

  private void complete(Task task, Map<String, Object> variables) {
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<com.aftersales.mail.OutboxEntry> mails(String caseNumber, String template) {
    return Mails.of(outbox, caseNumber, template);
  }

  private static void at(Instant instant) {
    EngineClock.set(instant);
  }
}
