package com.aftersales.flows.complaint;

import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.ProcessTest;
import com.aftersales.testsupport.Tasks;
import static com.aftersales.flows.complaint.ComplaintCases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.CaseLinks;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.LinkedCaseStarter;
import com.aftersales.cases.ServiceCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.complaint.ComplaintProcess.Actions;
import com.aftersales.flows.complaint.ComplaintProcess.Elements;
import com.aftersales.flows.complaint.ComplaintProcess.ResponseOutcome;
import com.aftersales.flows.complaint.ComplaintProcess.Status;
import com.aftersales.flows.complaint.ComplaintProcess.Vars;
import com.aftersales.mail.Outbox;
import com.aftersales.mail.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the complaint flow on the real engine, with the engine clock moved to fire the commitment
 * timers. Its runs must walk at least 90 % of the flow nodes and sequence flows of {@code complaint}
 * (testsupport.ProcessCoverage).
 */
@ProcessTest
class ComplaintProcessTest {

  /** Monday 09:00 in Shanghai, outside every configured holiday. */
  static final Instant T0 = Instant.parse("2031-03-03T01:00:00Z");
  private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime());

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;
  @Autowired CaseService caseService;
  @Autowired ComplaintRepository complaints;
  @Autowired Outbox outbox;
  @Autowired LinkedCaseStarter linkedCaseStarter;
  @Autowired CaseLinks links;
  @Autowired StaffTimes staffTimes;

  ComplaintCases cases;

  @BeforeEach
  void setUp() {
    EngineClock.set(T0);
    cases = new ComplaintCases(caseService, runtimeService, taskService, managementService);
  }

  @AfterEach
  void tearDown() {
    AbstractAssertions.reset();
  }

  @Test
  void complaintResolvedOnTheSpotIsFollowedUpAndArchivedWithItsCause() {
    ProcessInstance pi = cases.start(phone(), serial());
    String caseNumber = pi.getBusinessKey();
    cases.record(pi, "delivery", "normal", false, null);

    assertThat(pi).hasPassed(Elements.DECIDE_ROUTING, Elements.REGISTER_COMPLAINT, Elements.SEND_ACKNOWLEDGEMENT);
    Task respond = cases.task(pi, Elements.RESPOND);
    assertThat(respond).hasCandidateGroup("customer-service");
    assertThat(respond.getDueDate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(24))));
    // the forms show the routed commitment in words, not the bare hours
    assertThat(runtimeService.getVariable(pi.getId(), Vars.RESPONSE_COMMITMENT_TEXT)).isEqualTo("24小时内答复");
    assertThat(mailTemplates(caseNumber)).filteredOn(t -> !t.equals("complaint-head-report"))
        .containsExactly("complaint-acknowledgement");
    assertThat(outbox.forCase(caseNumber).get(0).body()).contains(caseNumber);

    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofHours(2))));
    cases.complete(pi, Elements.RESPOND, vars(
        Vars.RESPONSE_OUTCOME, ResponseOutcome.RESOLVED.code(),
        Vars.RESOLUTION, "Courier re-delivers the missing drawer tomorrow morning",
        Vars.CAUSE_CATEGORY, "logistics"));
    assertThat(pi).hasPassed(Elements.RECORD_RESPONSE, Elements.SEND_SOLUTION).hasNotPassed(Elements.JUDGE);
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.RESOLVED_ON_THE_SPOT);

    cases.complete(pi, Elements.CONFIRM_FEEDBACK, vars(
        Vars.CUSTOMER_FEEDBACK, "satisfied", Vars.FEEDBACK_NOTE, "Fine, thanks"));
    assertThat(cases.task(pi, Elements.FOLLOW_UP)).hasCandidateGroup("customer-service");
    cases.complete(pi, Elements.FOLLOW_UP, vars(
        Vars.FOLLOW_UP_CHANNEL, "call", Vars.SATISFACTION_SCORE, 5L, Vars.FOLLOW_UP_NOTE, "Drawer arrived"));

    assertThat(pi).isEnded().hasPassed(Elements.ARCHIVE, Elements.END_ARCHIVED);
    Complaint c = complaints.find(caseNumber).orElseThrow();
    assertThat(c.respondedAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
    assertThat(c.responseDueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
    assertThat(c.causeCategory()).isEqualTo("logistics");
    assertThat(c.resolution()).contains("drawer");
    assertThat(c.escalationLevel()).isZero();
    assertThat(c.archivedAt()).isNotNull();
    assertThat(c.satisfactionScore()).isEqualTo(5);
    ServiceCase closed = caseService.find(caseNumber).orElseThrow();
    assertThat(closed.status()).isEqualTo(Status.ARCHIVED);
    assertThat(closed.closedAt()).isNotNull();
    assertThat(mailTemplates(caseNumber)).filteredOn(t -> !t.equals("complaint-head-report"))
        .containsExactly("complaint-acknowledgement", "complaint-solution");
    assertThat(actions(caseNumber)).contains(Actions.REGISTERED, Actions.RESPONDED, Actions.ARCHIVED);
  }

  @Test
  @DisplayName("003 七1, 000 第三条: every complaint is reported to the head of after-sales at once, one mail per manager"
      + " however often the step runs; 002 四1.1: the customer is told when the problem will be solved")
  void everyComplaintIsReportedToTheHeadOfAfterSalesAndTheCustomerToldTheSolutionDate() {
    // Friday 09:00 in Shanghai: 24 hours on the working-day calendar end on Monday 09:00, not on Saturday.
    Instant friday = Instant.parse("2031-03-07T01:00:00Z");
    ClockUtil.setCurrentTime(Date.from(friday));
    ProcessInstance pi = cases.start(phone(), serial());
    String caseNumber = pi.getBusinessKey();
    cases.record(pi, "delivery", "normal", false, null);

    assertThat(pi).hasPassed(Elements.SEND_ACKNOWLEDGEMENT, Elements.REPORT_TO_HEAD, Elements.END_HEAD_INFORMED);
    Instant monday = Instant.parse("2031-03-10T01:00:00Z");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.SOLUTION_DUE_AT)).isEqualTo(Date.from(monday));
    OutboxEntry acknowledgement = outbox.forCase(caseNumber).stream()
        .filter(m -> m.template().equals("complaint-acknowledgement")).findFirst().orElseThrow();
    assertThat(acknowledgement.body()).contains(staffTimes.format(monday)).contains("Asia/Shanghai");

    List<String> managers = memberEmails("service-managers");
    assertThat(managers).isNotEmpty();
    assertThat(mailRecipients(caseNumber, "complaint-head-report")).containsExactlyInAnyOrderElementsOf(managers);
    OutboxEntry report = outbox.forCase(caseNumber).stream()
        .filter(m -> m.template().equals("complaint-head-report")).findFirst().orElseThrow();
    assertThat(report.subject()).contains(caseNumber);
    assertThat(report.body()).contains(staffTimes.format(monday));
    cases.runDueJobs(pi);
    assertThat(mailRecipients(caseNumber, "complaint-head-report")).hasSameSizeAs(managers);
  }

  @Test
  @DisplayName("000 第三条: what cannot be solved on the spot is reported to the company at once; the general manager"
      + " investigates and proposes the solution")
  void complaintThatCannotBeSolvedAtOurLevelGoesUpToTheGeneralManager() {
    ProcessInstance pi = cases.start(phone(), serial());
    String caseNumber = pi.getBusinessKey();
    cases.record(pi, "product-quality", "normal", false, null);
    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofHours(3))));
    cases.complete(pi, Elements.RESPOND, vars(
        Vars.RESPONSE_OUTCOME, ResponseOutcome.REPORT_TO_COMPANY.code(),
        Vars.RESPONSE_NOTE, "Told the customer the company itself will look into it"));

    assertThat(pi).hasPassed(Elements.RECORD_RESPONSE, Elements.REPORT_TO_COMPANY, Elements.NOTIFY_COMPANY);
    Task judge = cases.task(pi, Elements.JUDGE);
    assertThat(judge).hasCandidateGroup("general-manager");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.ESCALATION_LEVEL)).isEqualTo(2);
    assertThat(mailRecipients(caseNumber, "complaint-company-report"))
        .containsExactlyInAnyOrderElementsOf(memberEmails("general-manager"));
    assertThat(actions(caseNumber)).contains(Actions.REPORTED_TO_COMPANY);
    assertThat(complaints.escalations(caseNumber)).extracting(Complaint.Escalation::reason, Complaint.Escalation::toGroup)
        .containsExactly(tuple(Complaint.Escalation.REPORTED_TO_COMPANY, "general-manager"));

    investigateAndPropose(pi, "compensation", "The company refunds the repair and pays for the water damage");
    assertThat(pi).hasPassed(Elements.SEND_SOLUTION);
    satisfiedAndFollowedUp(pi);
    assertThat(pi).isEnded().hasPassed(Elements.END_ARCHIVED);
    assertThat(complaints.find(caseNumber).orElseThrow().escalationLevel()).isEqualTo(2);
  }

  @Test
  void overdueResponseMovesTheSameTaskToTheServiceManagersOnce() {
    ProcessInstance pi = cases.start(phone(), serial());
    String caseNumber = pi.getBusinessKey();
    cases.record(pi, "product-quality", "normal", false, null);
    Task before = cases.task(pi, Elements.RESPOND);
    taskService.claim(before.getId(), "mary");

    cases.advanceTo(T0.plus(Duration.ofHours(24)).plusSeconds(60), pi);

    Task after = cases.task(pi, Elements.RESPOND);
    assertThat(after.getId()).isEqualTo(before.getId());
    assertThat(Tasks.candidateGroups(taskService, after)).containsExactly("service-managers");
    assertThat(after.getAssignee()).isNull();
    // Tasklist shows the task to the managers and no longer to customer service.
    assertThat(taskAuthorizations(after, "service-managers")).isPositive();
    assertThat(taskAuthorizations(after, "customer-service")).isZero();
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(after.getId()).userIdIn("mary").count()).isZero();
    assertThat(after.getDueDate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(48)).plusSeconds(60)));
    assertThat(taskService.getTaskComments(after.getId()))
        .singleElement()
        .satisfies(comment -> assertThat(comment.getFullMessage()).contains("第 1 级", "service-managers"));
    assertThat(pi).hasPassed(Elements.ESCALATE, Elements.NOTIFY_ESCALATION).isWaitingAt(
        Elements.RESPOND, Elements.TIMER_NEXT_LEVEL_OVERDUE);
    assertThat(mailRecipients(caseNumber, "complaint-escalated"))
        .contains("sam@aftersales.example").containsExactlyInAnyOrderElementsOf(memberEmails("service-managers"));
    Complaint escalated = complaints.find(caseNumber).orElseThrow();
    assertThat(escalated.escalationLevel()).isEqualTo(1);
    assertThat(escalated.currentGroup()).isEqualTo("service-managers");
    assertThat(complaints.escalations(caseNumber)).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(Complaint.Escalation.RESPONSE_OVERDUE));

    // The manager answers in time: the second-level timer goes away with the response.
    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofHours(30))));
    cases.complete(pi, Elements.RESPOND, vars(
        Vars.RESPONSE_OUTCOME, ResponseOutcome.INVESTIGATE.code(), Vars.RESPONSE_NOTE, "Technician will inspect"));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
    assertThat(cases.task(pi, Elements.JUDGE)).hasCandidateGroup("service-managers");
    investigateAndPropose(pi, "apology", "We apologise for the late answer and the leak");
    satisfiedAndFollowedUp(pi);

    assertThat(pi).isEnded();
    Complaint done = complaints.find(caseNumber).orElseThrow();
    assertThat(done.escalationLevel()).isEqualTo(1);
    assertThat(done.respondedAt()).isAfter(done.responseDueAt());
    assertThat(done.solutionType()).isEqualTo("apology");
    assertThat(done.causeCategory()).isEqualTo("product-defect");
  }

  @Test
  void managerSilentForAnotherDayEscalatesToTheGeneralManagerAndNoFurther() {
    ProcessInstance pi = cases.start(phone(), serial());
    String caseNumber = pi.getBusinessKey();
    cases.record(pi, "installation", "normal", true, null);
    // Key customer: 12 hours.
    assertThat(cases.task(pi, Elements.RESPOND).getDueDate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(12))));

    cases.advanceTo(T0.plus(Duration.ofHours(12)), pi);
    cases.advanceTo(T0.plus(Duration.ofHours(36)), pi);

    Task task = cases.task(pi, Elements.RESPOND);
    assertThat(Tasks.candidateGroups(taskService, task)).containsExactly("general-manager");
    assertThat(taskService.getTaskComments(task.getId())).hasSize(2);
    assertThat(pi).hasPassed(Elements.END_ESCALATED_TO_TOP).isWaitingAt(Elements.RESPOND);
    List<String> managersThenGeneralManager = new ArrayList<>(memberEmails("service-managers"));
    managersThenGeneralManager.addAll(memberEmails("general-manager"));
    assertThat(mailRecipients(caseNumber, "complaint-escalated"))
        .contains("sam@aftersales.example", "grace@aftersales.example")
        .containsExactlyInAnyOrderElementsOf(managersThenGeneralManager);
    assertThat(complaints.escalations(caseNumber)).extracting(Complaint.Escalation::toLevel).containsExactly(1, 2);

    // At the top, the general manager asks the customer; after the answer the deadline passes again:
    // nothing escalates any more, the task stays with the general manager.
    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofHours(40))));
    cases.complete(pi, Elements.RESPOND, vars(
        Vars.RESPONSE_OUTCOME, ResponseOutcome.NEED_INFO.code(), Vars.INFO_REQUEST, "Photos of the installation"));
    cases.complete(pi, Elements.ENTER_CUSTOMER_ANSWER, vars(Vars.CUSTOMER_ANSWER, "Photos sent"));
    assertThat(Tasks.candidateGroups(taskService, cases.task(pi, Elements.RESPOND))).containsExactly("general-manager");
    cases.advanceTo(T0.plus(Duration.ofDays(5)), pi);
    assertThat(pi).hasPassed(Elements.END_ALREADY_AT_TOP).isWaitingAt(Elements.RESPOND);
    assertThat(complaints.find(caseNumber).orElseThrow().escalationLevel()).isEqualTo(2);
    assertThat(complaints.escalations(caseNumber)).hasSize(2);

    cases.complete(pi, Elements.RESPOND, vars(
        Vars.RESPONSE_OUTCOME, ResponseOutcome.RESOLVED.code(), Vars.RESOLUTION, "Installer re-mounts the unit",
        Vars.CAUSE_CATEGORY, "workmanship"));
    satisfiedAndFollowedUp(pi);
    assertThat(pi).isEnded();
  }

  @Test
  void waitingForTheCustomerPausesTheClockAndTheRemainingTimeCarriesOver() {
    ProcessInstance pi = cases.start(phone(), serial());
    String caseNumber = pi.getBusinessKey();
    cases.record(pi, "price", "low", false, null);

    // 10 of 24 hours used, then the customer owes us the invoice.
    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofHours(10))));
    cases.complete(pi, Elements.RESPOND, vars(
        Vars.RESPONSE_OUTCOME, ResponseOutcome.NEED_INFO.code(), Vars.INFO_REQUEST, "A copy of the invoice"));
    assertThat(pi).isWaitingAt(Elements.ENTER_CUSTOMER_ANSWER).hasPassed(Elements.REQUEST_CUSTOMER_INFORMATION);
    assertThat(mailTemplates(caseNumber)).contains("complaint-info-request");
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.WAITING_FOR_CUSTOMER);
    assertThat(complaints.find(caseNumber).orElseThrow().pausedAt()).isEqualTo(T0.plus(Duration.ofHours(10)));

    // Two days of waiting: no timer runs meanwhile.
    cases.advanceTo(T0.plus(Duration.ofHours(58)), pi);
    assertThat(complaints.escalations(caseNumber)).isEmpty();
    cases.complete(pi, Elements.ENTER_CUSTOMER_ANSWER, vars(Vars.CUSTOMER_ANSWER, "Invoice 4711 attached"));

    Task respond = cases.task(pi, Elements.RESPOND);
    Instant resumedDeadline = T0.plus(Duration.ofHours(58 + 14));
    assertThat(respond.getDueDate()).isEqualTo(Date.from(resumedDeadline));
    assertThat(respond).hasCandidateGroup("customer-service");
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Elements.TIMER_RESPONSE_OVERDUE).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(resumedDeadline));
    Complaint resumed = complaints.find(caseNumber).orElseThrow();
    assertThat(resumed.pausedSeconds()).isEqualTo(48 * 3600);
    assertThat(resumed.pausedAt()).isNull();
    assertThat(resumed.responseDueAt()).isEqualTo(T0.plus(Duration.ofHours(24 + 48)));
    assertThat(runtimeService.getVariable(pi.getId(), CaseVariables.RESPONSE_DUE_AT))
        .isEqualTo(Date.from(T0.plus(Duration.ofHours(72))));

    // One minute before the carried-over deadline nothing escalates; the answer comes in time.
    cases.advanceTo(resumedDeadline.minusSeconds(60), pi);
    assertThat(complaints.escalations(caseNumber)).isEmpty();
    cases.complete(pi, Elements.RESPOND, vars(
        Vars.RESPONSE_OUTCOME, ResponseOutcome.RESOLVED.code(), Vars.RESOLUTION, "Price difference refunded",
        Vars.CAUSE_CATEGORY, "pricing"));
    Complaint answered = complaints.find(caseNumber).orElseThrow();
    assertThat(answered.respondedAt()).isBefore(answered.responseDueAt());
    assertThat(ResponseClock.netResponseHours(answered.receivedAt(), answered.respondedAt(), answered.pausedSeconds()))
        .isCloseTo(24.0 - 1 / 60.0, org.assertj.core.data.Offset.offset(0.001));
    satisfiedAndFollowedUp(pi);
    assertThat(pi).isEnded();
    assertThat(actions(caseNumber)).contains(Actions.CLOCK_PAUSED, Actions.CLOCK_RESUMED);
  }

  @Test
  void dissatisfiedCustomerReopensTheComplaintOneLevelHigher() {
    ProcessInstance pi = cases.start(phone(), serial());
    String caseNumber = pi.getBusinessKey();
    cases.record(pi, "product-quality", "high", false, null);
    // High severity: service managers, 8 hours.
    Task respond = cases.task(pi, Elements.RESPOND);
    assertThat(respond).hasCandidateGroup("service-managers");
    assertThat(respond.getDueDate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(8))));

    cases.complete(pi, Elements.RESPOND, vars(Vars.RESPONSE_OUTCOME, ResponseOutcome.INVESTIGATE.code()));
    investigateAndPropose(pi, "refund", "We refund the purchase price");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.SOLUTION_SUMMARY)).asString().contains("refund");

    cases.complete(pi, Elements.CONFIRM_FEEDBACK, vars(
        Vars.CUSTOMER_FEEDBACK, "not-satisfied", Vars.FEEDBACK_NOTE, "I want compensation for the floor"));
    assertThat(pi).hasPassed(Elements.REOPEN, Elements.NOTIFY_REOPENED).isWaitingAt(Elements.JUDGE);
    // Level 0 was already the service managers (routing), one level higher is the general manager? No:
    // level 1 is the service managers, so the complaint stays with them at level 1.
    assertThat(cases.task(pi, Elements.JUDGE)).hasCandidateGroup("service-managers");
    assertThat(mailRecipients(caseNumber, "complaint-reopened"))
        .contains("sam@aftersales.example").containsExactlyInAnyOrderElementsOf(memberEmails("service-managers"));

    investigateAndPropose(pi, "compensation", "Compensation for the floor damage");
    cases.complete(pi, Elements.CONFIRM_FEEDBACK, vars(
        Vars.CUSTOMER_FEEDBACK, "not-satisfied", Vars.FEEDBACK_NOTE, "Not enough"));
    assertThat(cases.task(pi, Elements.JUDGE)).hasCandidateGroup("general-manager");
    investigateAndPropose(pi, "compensation", "Compensation raised by the general manager");
    satisfiedAndFollowedUp(pi);

    assertThat(pi).isEnded();
    Complaint c = complaints.find(caseNumber).orElseThrow();
    assertThat(c.reopenCount()).isEqualTo(2);
    assertThat(c.escalationLevel()).isEqualTo(2);
    assertThat(c.customerSatisfied()).isTrue();
    assertThat(c.compensationAmount()).isEqualByComparingTo("150");
    assertThat(complaints.escalations(caseNumber)).extracting(Complaint.Escalation::reason)
        .containsOnly(Complaint.Escalation.CUSTOMER_NOT_SATISFIED);
    assertThat(actions(caseNumber)).filteredOn(Actions.REOPENED::equals).hasSize(2);
  }

  @Test
  void repeatComplaintAboutAnUnresolvedIssueOpensAResponsibilityReview() {
    String phone = phone();
    String serial = serial();
    ProcessInstance first = cases.start(phone, serial);
    cases.record(first, "product-quality", "normal", false, null);

    // Same customer and machine while the first complaint is still open: a repeat complaint.
    ProcessInstance repeat = cases.start(phone, serial);
    cases.record(repeat, "product-quality", "normal", false, null);
    assertThat(runtimeService.getVariable(repeat.getId(), Vars.REPEAT_OF_CASE_NUMBER))
        .isEqualTo(first.getBusinessKey());
    assertThat(repeat).isWaitingAt(Elements.RESPOND, Elements.REVIEW_RESPONSIBILITY);
    assertThat(cases.task(repeat, Elements.REVIEW_RESPONSIBILITY)).hasCandidateGroup("service-managers");

    cases.complete(repeat, Elements.RESPOND, vars(
        Vars.RESPONSE_OUTCOME, ResponseOutcome.RESOLVED.code(), Vars.RESOLUTION, "Seal replaced on the spot",
        Vars.CAUSE_CATEGORY, "workmanship"));
    satisfiedAndFollowedUp(repeat);
    // Archiving waits for the review.
    assertThat(repeat).isNotEnded().isWaitingAt(Elements.REVIEW_RESPONSIBILITY);

    cases.complete(repeat, Elements.REVIEW_RESPONSIBILITY, vars(
        Vars.EARLIER_UNREPORTED, true,
        Vars.RESPONSIBLE_PERSON, "mary",
        Vars.REGIONAL_HEAD, "rita",
        Vars.RESPONSIBILITY_FINDING, "First complaint neither solved nor reported; written warning"));
    assertThat(repeat).isEnded().hasPassed(Elements.RECORD_RESPONSIBILITY_REVIEW, Elements.ARCHIVE);
    Complaint c = complaints.find(repeat.getBusinessKey()).orElseThrow();
    assertThat(c.repeatOfCaseNumber()).isEqualTo(first.getBusinessKey());
    assertThat(c.responsiblePerson()).isEqualTo("mary");
    assertThat(c.regionalHead()).isEqualTo("rita");
    assertThat(c.responsibilityFinding()).contains("written warning");
    assertThat(actions(repeat.getBusinessKey())).contains(Actions.RESPONSIBILITY_REVIEWED);

    // A complaint naming the earlier case is a repeat too, whatever phone it comes from.
    ProcessInstance named = cases.start(phone(), serial());
    cases.record(named, "service-attitude", "normal", false, first.getBusinessKey());
    assertThat(named).isWaitingAt(Elements.RESPOND, Elements.REVIEW_RESPONSIBILITY);
    runtimeService.deleteProcessInstance(named.getId(), "test done");
    runtimeService.deleteProcessInstance(first.getId(), "test done");
  }

  @Test
  void repairOrExchangeAsTheSolutionStartsALinkedCaseOnce() {
    ProcessInstance pi = cases.start(phone(), serial());
    String caseNumber = pi.getBusinessKey();
    cases.record(pi, "product-quality", "normal", false, null);
    cases.complete(pi, Elements.RESPOND, vars(Vars.RESPONSE_OUTCOME, ResponseOutcome.INVESTIGATE.code()));
    investigateAndPropose(pi, "repair", "Free repair of the pump");

    String repairCase = (String) runtimeService.getVariable(pi.getId(), Vars.LINKED_CASE_NUMBER);
    assertThat(repairCase).isNotNull().isNotEqualTo(caseNumber);
    ServiceCase linked = caseService.find(repairCase).orElseThrow();
    assertThat(linked.type()).isEqualTo("repair");
    assertThat(linked.customerPhone()).isEqualTo(caseService.find(caseNumber).orElseThrow().customerPhone());
    assertThat(linked.serialNumber()).isEqualTo(caseService.find(caseNumber).orElseThrow().serialNumber());
    ProcessInstance repair = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(repairCase)
        .singleResult();
    assertThat(repair.getProcessDefinitionId()).startsWith("repair:");
    assertThat(runtimeService.getVariable(repair.getId(), LinkedCaseStarter.ORIGIN_CASE_NUMBER))
        .isEqualTo(caseNumber);
    assertThat(linked.processInstanceId()).isEqualTo(repair.getId());
    // Asking again (a job running twice) gives the same case.
    assertThat(linkedCaseStarter.start(caseNumber, "repair", "repair")).isEqualTo(repairCase);
    assertThat(links.linksOf(repairCase)).singleElement().satisfies(l -> {
      assertThat(l.caseNumber()).isEqualTo(repairCase);
      assertThat(l.relatedCaseNumber()).isEqualTo(caseNumber);
      assertThat(l.relation()).isEqualTo(CaseLinks.REPAIR_OF);
    });
    assertThat(complaints.find(caseNumber).orElseThrow().linkedCaseNumber()).isEqualTo(repairCase);
    assertThat(outbox.forCase(caseNumber).stream().filter(m -> m.template().equals("complaint-solution")))
        .singleElement().satisfies(m -> assertThat(m.body()).contains(repairCase));

    // Not satisfied with a repair: the next level proposes an exchange.
    cases.complete(pi, Elements.CONFIRM_FEEDBACK, vars(
        Vars.CUSTOMER_FEEDBACK, "not-satisfied", Vars.FEEDBACK_NOTE, "Third repair, I want a new machine"));
    investigateAndPropose(pi, "exchange", "Exchange for a new machine");
    String exchangeCase = (String) runtimeService.getVariable(pi.getId(), Vars.LINKED_CASE_NUMBER);
    assertThat(exchangeCase).isNotIn(repairCase, caseNumber);
    assertThat(caseService.find(exchangeCase).orElseThrow().type()).isEqualTo("exchange");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(exchangeCase)
        .singleResult().getProcessDefinitionId()).startsWith("exchange:");
    assertThat(pi).hasPassed(Elements.START_LINKED_REPAIR, Elements.START_LINKED_EXCHANGE);
    // One link per solution, visible from the complaint.
    assertThat(links.linksOf(caseNumber)).extracting(CaseLinks.Link::caseNumber, CaseLinks.Link::relation)
        .containsExactlyInAnyOrder(tuple(repairCase, CaseLinks.REPAIR_OF), tuple(exchangeCase, CaseLinks.EXCHANGE_OF));

    satisfiedAndFollowedUp(pi);
    assertThat(pi).isEnded();
    assertThat(actions(caseNumber)).filteredOn(Actions.LINKED_CASE_STARTED::equals).hasSize(2);
    for (String linkedCase : List.of(repairCase, exchangeCase)) {
      runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(linkedCase).list()
          .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test done"));
    }
  }

  // ---- helpers

  private void investigateAndPropose(ProcessInstance pi, String solutionType, String details) {
    cases.complete(pi, Elements.JUDGE, vars(
        Vars.COMPLAINT_JUSTIFIED, true, Vars.DEMAND_REASONABLE, true, Vars.JUDGEMENT_NOTE, "Leak confirmed"));
    cases.complete(pi, Elements.INVESTIGATE, vars(
        Vars.CAUSE_CATEGORY, "product-defect", Vars.INVESTIGATION_FINDINGS, "Pump seal cracked"));
    cases.complete(pi, Elements.PROPOSE_SOLUTION, vars(
        Vars.SOLUTION_TYPE, solutionType, Vars.SOLUTION_DETAILS, details,
        Vars.COMPENSATION_AMOUNT, solutionType.equals("compensation") ? 150L : null));
  }

  private void satisfiedAndFollowedUp(ProcessInstance pi) {
    cases.complete(pi, Elements.CONFIRM_FEEDBACK, vars(
        Vars.CUSTOMER_FEEDBACK, "satisfied", Vars.FEEDBACK_NOTE, "Accepted"));
    cases.complete(pi, Elements.FOLLOW_UP, vars(
        Vars.FOLLOW_UP_CHANNEL, "call", Vars.SATISFACTION_SCORE, 4L, Vars.FOLLOW_UP_NOTE, "All good now"));
  }

  private long taskAuthorizations(Task task, String group) {
    return authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
        .groupIdIn(group).count();
  }

  /** Other tests may add members to the groups; a group mail goes to every member with an address. */
  private List<String> memberEmails(String group) {
    return identityService.createUserQuery().memberOfGroup(group).list().stream()
        .map(org.camunda.bpm.engine.identity.User::getEmail)
        .filter(e -> e != null && !e.isBlank())
        .toList();
  }

  private List<String> mailTemplates(String caseNumber) {
    return outbox.forCase(caseNumber).stream().map(OutboxEntry::template).toList();
  }

  private List<String> mailRecipients(String caseNumber, String template) {
    return outbox.forCase(caseNumber).stream().filter(m -> m.template().equals(template))
        .map(OutboxEntry::recipient).toList();
  }

  private List<String> actions(String caseNumber) {
    return caseService.records(caseNumber).stream().map(ServiceRecord::action).toList();
  }

  private static String phone() {
    return "139" + String.format("%08d", SERIALS.incrementAndGet() % 100_000_000L);
  }

  private static String serial() {
    return "SN-C" + SERIALS.incrementAndGet();
  }
}
