package com.aftersales.flows.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.DamageCause;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.repair.RepairProcess.Actions;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import com.aftersales.flows.repair.RepairProcess.Resolution;
import com.aftersales.flows.repair.RepairProcess.Vars;
import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.ProcessTest;
import com.aftersales.testsupport.RepairCases;
import com.aftersales.testsupport.Tasks;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A repair that goes back for another attempt (a failed spot check's rework, an unresolved sign-off's re-dispatch)
 * records that attempt anew: the first attempt's explanation, test, self-check, approval and sign-off are not on
 * the process any more (so the forms do not offer them and the server does not accept them again), and each
 * attempt's records stay on the case.
 */
@ProcessTest
class RepairReworkRecordsProcessTest {

  /** Monday 2 March 2026, 09:00. */
  static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

  static final List<String> FIRST_ATTEMPT = List.of(Vars.REPAIR_EXPLANATION, Vars.POST_REPAIR_TEST,
      Vars.SELF_CHECK_DONE, Vars.REPORT_APPROVAL, Vars.SIGN_OFF, Vars.WARRANTY_TERMS_HANDED_OVER,
      Vars.SPOT_CHECK_RESULT);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseService cases;

  ProcessInstance instance;
  String caseNumber;

  @BeforeEach
  void setUp() {
    EngineClock.set(EngineClock.at(START));
  }

  @Test
  @DisplayName("003 四.2 对抽检不合格的维修工作，应及时要求维修工程师返工; 001 4 向客户说明, 003 三4 维修后试机, 003 四2(a) 自检:"
      + " the rework is a repair of its own: it asks for its explanation, test and self-check again, refuses to"
      + " finish without them, and the sign-off after it asks for the warranty handover again")
  void theReworkAsksForItsOwnRecords() {
    repairOnSiteAndSignOff(true);
    complete(Elements.SPOT_CHECK, Map.of(Vars.SPOT_CHECK_METHOD, "onSite", Vars.SPOT_CHECK_RESULT, "failed",
        Vars.SPOT_CHECK_NOTES, "Still does not start after a power cut"));

    Task rework = task(Elements.REWORK);
    assertThat(rework).isNotNull();
    assertThat(taskService.getVariables(rework.getId())).as("what the rework form is filled from")
        .doesNotContainKeys(FIRST_ATTEMPT.toArray(String[]::new));

    assertThatThrownBy(() -> taskService.complete(rework.getId(),
        Map.of(Vars.REWORK_NOTES, "Replaced the relay")))
        .as("the first repair's explanation does not count for the rework")
        .hasMessageContaining(Vars.REPAIR_EXPLANATION);
    Map<String, Object> withoutSelfCheck = new HashMap<>(reworked());
    withoutSelfCheck.remove(Vars.SELF_CHECK_DONE);
    assertThatThrownBy(() -> taskService.complete(rework.getId(), withoutSelfCheck))
        .hasMessageContaining(Vars.SELF_CHECK_DONE);
    assertThat(task(Elements.REWORK)).as("the rework stays open").isNotNull();
    assertThat(actions()).containsOnlyOnce(Actions.REPAIR_EXPLAINED).doesNotContain(Actions.REWORK);

    complete(Elements.REWORK, reworked());
    assertThat(explanations()).as("each attempt's explanation on the case").hasSize(2)
        .satisfies(notes -> assertThat(notes.get(0)).contains("断电后继电器未复位，已更换"))
        .satisfies(notes -> assertThat(notes.get(1)).contains("继电器粘连，已更换；断电后请等待 1 分钟再开机"));

    writeReport();
    assertThat(taskService.getVariables(task(Elements.APPROVE_REPAIR_REPORT).getId()))
        .doesNotContainKey(Vars.REPORT_APPROVAL);
    complete(Elements.APPROVE_REPAIR_REPORT, Map.of(Vars.REPORT_APPROVAL, "approved"));
    Task signOff = task(Elements.OBTAIN_SIGN_OFF);
    assertThat(taskService.getVariables(signOff.getId()))
        .doesNotContainKeys(Vars.SIGN_OFF, Vars.WARRANTY_TERMS_HANDED_OVER);
    assertThatThrownBy(() -> taskService.complete(signOff.getId(),
        Map.of(Vars.SIGN_OFF, "resolved", Vars.SIGN_OFF_NOTES, "Signed again")))
        .hasMessageContaining(Vars.WARRANTY_TERMS_HANDED_OVER);
    complete(Elements.OBTAIN_SIGN_OFF, RepairCases.signedOff("resolved", "Signed again"));

    assertThat(taskService.getVariables(task(Elements.SPOT_CHECK).getId()))
        .doesNotContainKeys(Vars.SPOT_CHECK_METHOD, Vars.SPOT_CHECK_RESULT);
    complete(Elements.SPOT_CHECK, Map.of(Vars.SPOT_CHECK_METHOD, "phone", Vars.SPOT_CHECK_RESULT, "passed"));
    assertThat(instance).isWaitingAt(Elements.TIMER_FOLLOW_UP_DUE);
    assertThat(actions()).containsSubsequence(Actions.REPAIR_EXPLAINED, Actions.SPOT_CHECK_FAILED, Actions.REWORK,
        Actions.REPAIR_EXPLAINED, Actions.REPORT_APPROVAL, Actions.WARRANTY_TERMS_HANDED_OVER, Actions.SPOT_CHECK);
  }

  @Test
  @DisplayName("003 三4 维修后试机, 003 四2(a) 维修后自检: a repair re-dispatched after an unresolved sign-off is repaired"
      + " again, and the second on-site repair asks for its own explanation, test and self-check")
  void aRedispatchedRepairAsksForItsOwnRecords() {
    repairOnSiteAndSignOff(false);
    // the customer does not sign the repair off as resolved: the expert review sends it back out
    complete(Elements.OBTAIN_SIGN_OFF, RepairCases.signedOff("unresolved", "Still dead"));
    complete(Elements.REVIEW_UNRESOLVED_REPAIR, Map.of(Vars.EXPERT_ADVICE, "Check the relay"));
    dispatchAndDiagnose();

    Task second = task(Elements.REPAIR_ON_SITE);
    assertThat(taskService.getVariables(second.getId()))
        .doesNotContainKeys(FIRST_ATTEMPT.toArray(String[]::new));
    assertThatThrownBy(() -> taskService.complete(second.getId(), Map.of(Vars.REPAIR_NOTES, "Relay replaced")))
        .hasMessageContaining(Vars.REPAIR_EXPLANATION);
    complete(Elements.REPAIR_ON_SITE, reworked());
    assertThat(explanations()).hasSize(2)
        .satisfies(notes -> assertThat(notes.get(1)).contains("继电器粘连，已更换；断电后请等待 1 分钟再开机"));
  }

  // ---- steps ----------------------------------------------------------------------------------

  /** An in-warranty on-site repair, explained, reported, approved (a spot check ordered or not) and signed. */
  void repairOnSiteAndSignOff(boolean resolved) {
    RepairCases.Started started = RepairCases.started(cases, runtimeService, managementService, "SN-4412",
        EngineClock.at(START.plusDays(1)));
    caseNumber = started.caseNumber();
    instance = started.instance();
    complete(Elements.ASSESS_REQUEST, Map.of(Vars.RESOLUTION, Resolution.ON_SITE.code(),
        Vars.DAMAGE_CAUSE, DamageCause.QUALITY.code(), Vars.ASSESSMENT_NOTES, "Does not start after a power cut"));
    dispatchAndDiagnose();
    Map<String, Object> repaired = new HashMap<>(RepairCases.repaired("Relay reset"));
    repaired.put(Vars.REPAIR_EXPLANATION, "断电后继电器未复位，已更换");
    complete(Elements.REPAIR_ON_SITE, repaired);
    writeReport();
    complete(Elements.APPROVE_REPAIR_REPORT, Map.of(Vars.REPORT_APPROVAL, "approved",
        Vars.SPOT_CHECK_ORDERED, true));
    if (resolved) {
      complete(Elements.OBTAIN_SIGN_OFF, RepairCases.signedOff("resolved", "Signed"));
    }
  }

  void dispatchAndDiagnose() {
    complete(Elements.DISPATCH_ENGINEER, Map.of(Vars.ENGINEER, "eric", Vars.APPOINTMENT, "2026-03-03T10:00Z"));
    complete(Elements.DIAGNOSE_ON_SITE, Map.of(Vars.FAULTS_FOUND, "Relay sticks",
        Vars.DAMAGE_CAUSE, DamageCause.QUALITY.code(), Vars.REPAIR_ROUTE, RepairRoute.ON_SITE.code(),
        Vars.REPAIR_DIFFICULTY, "simple"));
  }

  void writeReport() {
    complete(Elements.WRITE_REPAIR_REPORT, Map.of(Vars.FAULTS_FOUND, "Relay sticks", Vars.PARTS_REPLACED, "Relay",
        Vars.OLD_PARTS, "returned", Vars.REPORT_NOTES, "Ten power cycles"));
  }

  static Map<String, Object> reworked() {
    Map<String, Object> answers = new HashMap<>(RepairCases.repaired("Relay replaced"));
    answers.put(Vars.REWORK_NOTES, "Replaced the sticking relay");
    answers.put(Vars.REPAIR_EXPLANATION, "继电器粘连，已更换；断电后请等待 1 分钟再开机");
    return answers;
  }

  List<String> actions() {
    return cases.records(caseNumber).stream().map(ServiceRecord::action).toList();
  }

  List<String> explanations() {
    return cases.records(caseNumber).stream().filter(r -> Actions.REPAIR_EXPLAINED.equals(r.action()))
        .map(ServiceRecord::note).toList();
  }

  Task task(String key) {
    return Tasks.open(taskService, instance.getId(), key);
  }

  void complete(String key, Map<String, Object> variables) {
    Task task = task(key);
    assertThat(task).as("open task %s", key).isNotNull();
    taskService.complete(task.getId(), variables);
    runDueJobs();
  }

  void runDueJobs() {
    Jobs.runDueOfCase(runtimeService, managementService, caseNumber);
  }
}
