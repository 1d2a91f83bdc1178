package com.aftersales.reports.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.flows.maintenance.MaintenanceProperties;
import com.aftersales.flows.visit.VisitPlan;
import com.aftersales.flows.visit.VisitPlanService;
import com.aftersales.flows.visit.VisitProcess.Elements;
import com.aftersales.flows.visit.VisitProcess.Reason;
import com.aftersales.flows.visit.VisitProcess.Recurrence;
import com.aftersales.flows.visit.VisitProcess.Vars;
import com.aftersales.flows.visit.VisitService;
import com.aftersales.mail.JdbcOutbox;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.ProcessTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The satisfaction the return visits collect reaches engineering (000 第五篇 一4): the monthly service analysis,
 * with the month's visits and their average score, is mailed to the engineering address as well.
 */
@ProcessTest
class VisitScoresToEngineeringTest {

  /** A month no other test visits in. */
  static final LocalDate DAY = LocalDate.of(2034, 6, 12);

  @Autowired CustomerService customers;
  @Autowired VisitPlanService plans;
  @Autowired VisitService visits;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ScheduledReports reports;
  @Autowired ReportScheduleProperties schedules;
  @Autowired MaintenanceProperties maintenance;
  @Autowired JdbcOutbox outbox;

  @Test
  @DisplayName("000 第五篇 一4 定期进行用户满意度调查,并将收集的信息反馈工程部: the month's visit scores go to engineering in"
      + " the monthly service analysis")
  void theMonthsVisitScoresReachEngineering() {
    String engineering = maintenance.engineeringEmail();
    assertThat(schedules.getSchedules().get("monthly").getRecipients()).contains(engineering);

    EngineClock.set(EngineClock.at(DAY.atTime(8, 0)));
    visit(4);
    visit(5);

    EngineClock.set(EngineClock.at(LocalDateTime.of(2034, 7, 20, 8, 0)));
    ArchivedReport monthly = reports.run("monthly");
    assertThat(monthly.periodFrom()).isEqualTo(LocalDate.of(2034, 6, 1));
    assertThat(monthly.summary()).contains("回访完成: 2").contains("平均满意度: 4.50");
    List<OutboxEntry> toEngineering = outbox.latest(null, null, 500).stream()
        .filter(m -> m.dedupKey().equals("report:monthly:2034-06-01:" + engineering)).toList();
    assertThat(toEngineering).singleElement().satisfies(m -> {
      assertThat(m.recipient()).isEqualTo(engineering);
      assertThat(m.body()).contains("平均满意度: 4.50");
    });
  }

  /** A planned visit of a new customer on DAY, reached by phone, with the score given. */
  private void visit(long score) {
    String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    Customer c = customers.create(new NewCustomer(CustomerKind.PERSON, "回访 " + phone, "回访", phone, null, null,
        "华东", null, Classification.NORMAL, CreditGrade.A, BigDecimal.ZERO, LocalDate.of(2035, 1, 1),
        SecrecyLevel.SECRET), "visit-scores-test", "满意度反馈工程部测试");
    VisitPlan plan = plans.create(new VisitPlanService.NewPlan(Reason.PLAN, "满意度调查", c.id(), null,
        Recurrence.ONCE, DAY, DAY), List.of(), "sam");
    String visitNumber = VisitPlan.visitNumber(plan.id(), DAY);
    assertThat(visits.startPlanned(new VisitService.PlannedVisit(visitNumber, Reason.PLAN, plan.id(), plan.title(),
        c.id(), c.name(), null))).isTrue();
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(visitNumber)
        .singleResult();
    Jobs.runDue(managementService, pi.getId());
    // the call waits for the customer's contact window, unless it is open already
    org.camunda.bpm.engine.runtime.Job window = managementService.createJobQuery().processInstanceId(pi.getId())
        .timers().singleResult();
    if (window != null) {
      EngineClock.set(window.getDuedate());
      managementService.executeJob(window.getId());
    }
    Task call = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Elements.CONDUCT_VISIT).singleResult();
    assertThat(call).isNotNull();
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.VISIT_CONTACT, "reached");
    v.put(Vars.VISIT_MODE, "phone");
    v.put(Vars.VISIT_ANSWER, "Satisfied");
    v.put(Vars.SATISFACTION_SCORE, score);
    v.put(Vars.COMPLAINT_RAISED, false);
    taskService.complete(call.getId(), v);
    Jobs.runDue(managementService, pi.getId());
    EngineClock.set(EngineClock.at(DAY.atTime(8, 0)));
  }
}
