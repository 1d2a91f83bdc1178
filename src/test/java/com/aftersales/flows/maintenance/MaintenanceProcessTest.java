package com.aftersales.flows.maintenance;

import static com.aftersales.flows.ServiceTypeCases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.flows.ServiceTypeFlowTest;
import com.aftersales.flows.maintenance.MaintenanceProcess.Elements;
import com.aftersales.flows.maintenance.MaintenanceProcess.Status;
import com.aftersales.flows.maintenance.MaintenanceProcess.Vars;
import com.aftersales.mail.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of maintenance.bpmn on the real engine, the engine clock moved through a plan of visits. */
class MaintenanceProcessTest extends ServiceTypeFlowTest {

  /** Monday 09:00 in Shanghai, outside every configured holiday. */
  static final Instant T0 = Instant.parse("2031-03-03T01:00:00Z");

  @Autowired MaintenanceRepository maintenance;

  @Override
  protected Instant startTime() {
    return T0;
  }

  @Test
  @DisplayName("000 第五篇 一2–4, 第四篇(三): a quarterly plan of two visits, each announced, serviced, surveyed; findings go to engineering")
  void quarterlyPlanOfTwoVisitsIsWorkedThroughAndClosed() {
    ProcessInstance pi = cases.start("maintenance", "Regular servicing of the CP-3000");
    String caseNumber = pi.getBusinessKey();
    assertThat(pi).hasPassed(Elements.REGISTER, Elements.SEND_ACKNOWLEDGEMENT);
    Task contact = cases.task(pi, Elements.CONTACT_CUSTOMER);
    assertThat(contact).hasCandidateGroup("customer-service");
    assertThat(contact.getDueDate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(24))));

    cases.complete(pi, Elements.CONTACT_CUSTOMER, vars(Vars.PLANNED_VISITS, 2L, Vars.VISIT_INTERVAL, "P3M",
        Vars.FIRST_VISIT_DATE, "2031-03-20", Vars.PLAN_NOTE, "Mornings only"));
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.PLANNED);
    assertThat(pi).isWaitingAt(Elements.TIMER_VISIT_NOTICE_DUE);
    // told three days ahead at 09:00 Shanghai
    assertThat(runtimeService.getVariable(pi.getId(), Vars.VISIT_NOTICE_AT))
        .isEqualTo(Date.from(Instant.parse("2031-03-17T01:00:00Z")));

    cases.advanceTo(Instant.parse("2031-03-17T01:00:01Z"), pi);
    assertThat(pi).hasPassed(Elements.NOTIFY_VISIT);
    assertThat(mail(caseNumber, "maintenance-visit-notice").body()).contains("2031-03-20").contains("第 1 次");
    Task visit = cases.task(pi, Elements.VISIT);
    assertThat(visit).hasCandidateGroup("engineers");
    assertThat(visit.getDueDate()).isEqualTo(Date.from(Instant.parse("2031-03-20T10:00:00Z")));
    cases.complete(pi, Elements.VISIT, visit("Paper path worn; customer asks for a quieter fan", null, "none"));
    assertThat(pi).hasPassed(Elements.REPORT_TO_ENGINEERING).isWaitingAt(Elements.TIMER_VISIT_NOTICE_DUE);
    OutboxEntry report = mail(caseNumber, "maintenance-engineering-report");
    assertThat(report.recipient()).isEqualTo("engineering@aftersales.example");
    assertThat(report.body()).contains("quieter fan");

    // second visit a quarter later: 2031-06-20, told on 06-17
    cases.advanceTo(Instant.parse("2031-06-17T01:00:01Z"), pi);
    assertThat(cases.task(pi, Elements.VISIT).getDueDate())
        .isEqualTo(Date.from(Instant.parse("2031-06-20T10:00:00Z")));
    cases.complete(pi, Elements.VISIT, visit(null, null, "none"));

    assertThat(pi).isEnded().hasPassed(Elements.END_CLOSED);
    List<MaintenanceVisit> visits = maintenance.visits(caseNumber);
    assertThat(visits).extracting(MaintenanceVisit::visitDate)
        .containsExactly(LocalDate.parse("2031-03-20"), LocalDate.parse("2031-06-20"));
    assertThat(visits).extracting(MaintenanceVisit::satisfactionScore).containsExactly(4, 4);
    assertThat(outbox.forCase(caseNumber).stream().filter(m -> m.template().equals("maintenance-engineering-report")))
        .hasSize(1);
    assertThat(maintenance.closedAt(caseNumber)).isPresent();
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.CLOSED);
  }

  @Test
  @DisplayName("000 第五篇 二2: an unsolved problem goes to engineering and opens a repair case")
  void unsolvedProblemIsReportedAndOpensARepairCase() {
    ProcessInstance pi = planOneVisit();
    cases.complete(pi, Elements.VISIT, visit(null, "Fuser overheats after an hour", "repair"));

    assertThat(pi).hasPassed(Elements.REPORT_TO_ENGINEERING, Elements.OPEN_REPAIR_CASE)
        .hasNotPassed(Elements.OPEN_PARTS_CASE).isEnded();
    String repair = (String) historyValue(pi.getId(), "followOnCaseNumber");
    assertThat(caseService.find(repair).orElseThrow().type()).isEqualTo("repair");
  }

  @Test
  @DisplayName("000 第五篇 一2: a worn part found on a visit opens a parts case; nothing to report skips engineering")
  void wornPartOpensAPartsCase() {
    ProcessInstance pi = planOneVisit();
    Map<String, Object> v = visit(null, null, "parts");
    v.put(Vars.FOLLOW_ON_NOTE, "Replace the pickup roller");
    cases.complete(pi, Elements.VISIT, v);

    assertThat(pi).hasPassed(Elements.OPEN_PARTS_CASE).hasNotPassed(Elements.REPORT_TO_ENGINEERING).isEnded();
  }

  @Test
  @DisplayName("000 第五篇 一2: a visit without servicing and teaching the customer is refused")
  void visitWithoutTeachingIsRefused() {
    ProcessInstance pi = planOneVisit();
    Task visit = cases.task(pi, Elements.VISIT);
    Map<String, Object> v = visit(null, null, "none");
    v.put(Vars.SKILLS_TAUGHT, false);

    assertThatThrownBy(() -> taskService.complete(visit.getId(), v)).hasMessageContaining("skillsTaught");
    assertThat(pi).isWaitingAt(Elements.VISIT);
  }

  private ProcessInstance planOneVisit() {
    ProcessInstance pi = cases.start("maintenance", "Service the scanner once");
    cases.complete(pi, Elements.CONTACT_CUSTOMER, vars(Vars.PLANNED_VISITS, 1L, Vars.VISIT_INTERVAL, "P1Y",
        Vars.FIRST_VISIT_DATE, "2031-03-04"));
    // the notice would be three days before the 4th, already past: it goes out at once
    assertThat(pi).hasPassed(Elements.NOTIFY_VISIT);
    return pi;
  }


  private static Map<String, Object> visit(String findings, String unsolved, String followOn) {
    return vars(Vars.SERVICED, true, Vars.SKILLS_TAUGHT, true, Vars.FINDINGS, findings,
        Vars.OPEN_ISSUES, unsolved, Vars.SITE_PROBLEM, followOn, Vars.SATISFACTION_SCORE, 4L);
  }

}
