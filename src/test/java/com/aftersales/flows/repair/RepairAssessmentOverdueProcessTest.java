package com.aftersales.flows.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.DamageCause;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.Resolution;
import com.aftersales.flows.repair.RepairProcess.Vars;
import com.aftersales.mail.Outbox;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.Mails;
import com.aftersales.testsupport.ProcessTest;
import com.aftersales.testsupport.RepairCases;
import com.aftersales.testsupport.Tasks;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A repair request customer service has not confirmed with the customer by its response due time goes to the
 * service managers (000 第四篇 四(四)), while the task stays with customer service.
 */
@ProcessTest
class RepairAssessmentOverdueProcessTest {

  /** Monday 2 March 2026, 09:00; the response is due 24 hours later. */
  static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);
  static final String TEMPLATE = "repair-assessment-overdue";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseService cases;
  @Autowired Outbox outbox;

  ProcessInstance instance;
  String caseNumber;

  @BeforeEach
  void setUp() {
    EngineClock.set(EngineClock.at(START));
  }

  @Test
  @DisplayName("000 第四篇 四(四) 助理无法处理的及时上报经理,时间不超过24小时: a repair request still not confirmed with the"
      + " customer when its 24 hours are over is mailed to the service managers once, and stays with customer service")
  void anOverdueAssessmentGoesToTheManagers() {
    start();
    moveClockTo(START.plusHours(23));
    assertThat(mails()).as("not before the 24 hours are over").isEmpty();

    moveClockTo(START.plusHours(24).plusMinutes(1));
    assertThat(instance).hasPassed(Elements.TIMER_ASSESSMENT_OVERDUE, Elements.NOTIFY_ASSESSMENT_OVERDUE)
        .isWaitingAt(Elements.ASSESS_REQUEST);
    // one mail per service manager (other tests may add members to the group)
    List<OutboxEntry> told = mails();
    assertThat(told).extracting(OutboxEntry::recipient).contains("sam@aftersales.example").doesNotHaveDuplicates();
    assertThat(told).allSatisfy(m -> {
      assertThat(m.subject()).contains(caseNumber);
      assertThat(m.body()).contains("Does not power on");
    });
    assertThat(Tasks.candidateGroups(taskService, task())).containsExactly("customer-service");
    moveClockTo(START.plusDays(3));
    assertThat(mails()).as("told once").hasSameSizeAs(told);

    taskService.complete(task().getId(), Map.of(Vars.RESOLUTION, Resolution.PHONE.code(),
        Vars.DAMAGE_CAUSE, DamageCause.UNKNOWN.code(), Vars.ASSESSMENT_NOTES, "Reset with the customer"));
    Jobs.runDueOfCase(runtimeService, managementService, caseNumber);
    assertThat(instance).isEnded();
  }

  @Test
  @DisplayName("000 第四篇 四(四): a repair request confirmed within its 24 hours goes to no manager")
  void anAssessmentInTimeGoesToNobody() {
    start();
    moveClockTo(START.plusHours(3));
    taskService.complete(task().getId(), Map.of(Vars.RESOLUTION, Resolution.ON_SITE.code(),
        Vars.DAMAGE_CAUSE, DamageCause.QUALITY.code(), Vars.ASSESSMENT_NOTES, "Engineer visit agreed"));
    moveClockTo(START.plusDays(2));
    assertThat(instance).hasNotPassed(Elements.TIMER_ASSESSMENT_OVERDUE);
    assertThat(mails()).isEmpty();
  }

  void start() {
    RepairCases.Started started = RepairCases.started(cases, runtimeService, managementService, "SN-4413",
        EngineClock.at(START.plusHours(24)));
    caseNumber = started.caseNumber();
    instance = started.instance();
  }

  org.camunda.bpm.engine.task.Task task() {
    return Tasks.open(taskService, instance.getId(), Elements.ASSESS_REQUEST);
  }

  void moveClockTo(LocalDateTime time) {
    EngineClock.set(EngineClock.at(time));
    Jobs.runDueOfCase(runtimeService, managementService, caseNumber);
  }

  List<OutboxEntry> mails() {
    return Mails.of(outbox, caseNumber, TEMPLATE);
  }
}
