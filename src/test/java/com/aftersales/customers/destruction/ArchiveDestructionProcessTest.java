package com.aftersales.customers.destruction;

import com.aftersales.testsupport.ProcessTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.customers.destruction.DestructionProcess.Elements;
import com.aftersales.customers.destruction.DestructionProcess.ScanElements;
import com.aftersales.customers.destruction.DestructionProcess.Vars;
import com.aftersales.engine.TaskInputRejectedException;
import com.aftersales.privacy.PersonalDataPurge;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.Tasks;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Destroying an outdated customer archive (002 二(一) 6.10) with the real delegates, archive and cases: the nightly
 * scan proposes, the three approvals in order, each rejection, the legal minimum retention (P3Y in the default
 * configuration) and the customer's erasure request. The engine clock stands on Monday 7 December 2026, 09:00
 * (company zone); archives are aged by moving their cases' closing and their opening back.
 */
@ProcessTest
class ArchiveDestructionProcessTest {

  static final String RULE = "002 二(一) 6.10 对已经过时的客户信息资料…在呈报客户信息主管、客户服务部经理、总经理分别核准后，方可销毁";
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 9, 0);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CustomerService customers;
  @Autowired CaseService cases;
  @Autowired ArchiveDestructions destructions;
  @Autowired PersonalDataPurge purge;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(at(NOW)); // @ProcessTest binds the assertions and puts the clock back after each test
  }

  @Test
  @DisplayName(RULE + ": the nightly scan only proposes; all three approve in order, then the personal data goes and"
      + " the record of who approved when stays")
  void threeApprovalsInOrderDestroyThePersonalDataAndKeepTheRecord() {
    Customer customer = customer();
    String caseNumber = closedCase(customer, NOW.minusYears(4));
    photo(caseNumber);

    ProcessInstance destruction = scanAndFind(customer);
    assertThat(destruction.getBusinessKey()).isEqualTo("AD-" + customer.id());
    assertThat(destruction).isWaitingAt(Elements.APPROVE_AS_SUPERVISOR).hasPassed(Elements.CHECK_RETENTION);
    assertThat(jdbc.queryForObject("SELECT phone FROM customer WHERE id = ?", String.class, customer.id()))
        .as("the scan destroys nothing").isEqualTo(customer.phone());
    assertThat(runtimeService.getVariable(destruction.getId(), Vars.CUSTOMER_ID))
        .as("the approvers' forms show the customer card of this archive").isEqualTo(customer.id());
    assertThat(String.valueOf(runtimeService.getVariables(destruction.getId())))
        .doesNotContain(customer.name()).doesNotContain(customer.phone());
    assertThat((String) runtimeService.getVariable(destruction.getId(), Vars.RETENTION_NOTE)).contains("已过");

    approve(destruction, ApprovalStep.SUPERVISOR, "cora", "customer-info-supervisors", "customer-info-supervisors");
    assertThat(destruction).isWaitingAt(Elements.APPROVE_AS_SERVICE_MANAGER);
    approve(destruction, ApprovalStep.SERVICE_MANAGER, "sam", "service-managers", "service-managers");
    assertThat(destruction).isWaitingAt(Elements.APPROVE_AS_GENERAL_MANAGER);
    approve(destruction, ApprovalStep.GENERAL_MANAGER, "grace", "general-manager", "general-manager");

    assertThat(destruction).isEnded().hasPassed(Elements.DESTROY, Elements.END_DESTROYED);
    Map<String, Object> record = jdbc.queryForMap("SELECT * FROM customer WHERE id = ?", customer.id());
    assertThat(record.get("NAME")).isEqualTo(PersonalDataPurge.ERASED);
    assertThat(record.get("PHONE")).isNull();
    assertThat(record.get("EMAIL")).isNull();
    assertThat(record.get("CONTACT_NAME")).isNull();
    assertThat(record.get("DESTROYED_AT")).isNotNull();
    assertThat(record.get("REGION")).as("what is no personal data stays").isEqualTo("华东");
    Map<String, Object> theCase = jdbc.queryForMap("SELECT * FROM service_case WHERE case_number = ?", caseNumber);
    assertThat(theCase.get("CUSTOMER_NAME")).isEqualTo(PersonalDataPurge.ERASED);
    assertThat(theCase.get("CUSTOMER_PHONE")).isNull();
    assertThat(theCase.get("PRODUCT_MODEL")).isEqualTo("LX-200");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_photo WHERE case_number = ?", Integer.class,
        caseNumber)).isZero();

    Map<String, Object> kept = jdbc.queryForMap("SELECT * FROM archive_destruction WHERE customer_id = ?",
        customer.id());
    assertThat(kept.get("STATUS")).isEqualTo("DESTROYED");
    assertThat(kept.get("OCCASION")).isEqualTo("OUTDATED");
    assertThat(kept).containsEntry("SUPERVISOR_BY", "cora").containsEntry("SERVICE_MANAGER_BY", "sam")
        .containsEntry("GENERAL_MANAGER_BY", "grace");
    assertThat(kept.get("SUPERVISOR_AT")).isNotNull();
    assertThat(kept.get("GENERAL_MANAGER_AT")).isNotNull();
    assertThat(((Number) kept.get("DESTROYED_RECORDS")).intValue()).isEqualTo(1);
    assertThat(((Number) kept.get("DESTROYED_CASES")).intValue()).isEqualTo(1);
    assertThat(((Number) kept.get("DESTROYED_PHOTOS")).intValue()).isEqualTo(1);
    assertThat(kept.values()).as("the record holds no personal data")
        .noneMatch(v -> v != null && (v.toString().contains(customer.phone()) || v.toString().contains(customer.name())));
    assertThat((String) historic(destruction, Vars.DESTRUCTION_REPORT)).contains("照片 1 张");

    // Idempotent: the job run again, or the erasure repeated, destroys nothing more.
    long id = ((Number) kept.get("ID")).longValue();
    assertThat(destructions.destroy(id, Instant.now()).destroyed()).isTrue();
    assertThat(purge.erase(customer.id(), Instant.now())).isEqualTo(new PersonalDataPurge.Erased(0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(jdbc.queryForObject("SELECT destroyed_cases FROM archive_destruction WHERE id = ?", Integer.class, id))
        .isEqualTo(1);
    // A destroyed archive is proposed no more.
    assertThat(destructions.outdated(Instant.now())).doesNotContain(customer.id());
  }

  @ParameterizedTest
  @EnumSource(ApprovalStep.class)
  @DisplayName(RULE + ": a rejection at any of the three steps ends it with the archive kept and the reason recorded")
  void aRejectionKeepsTheArchive(ApprovalStep rejecting) {
    Customer customer = customer();
    closedCase(customer, NOW.minusYears(5));
    ProcessInstance destruction = scanAndFind(customer);

    String[][] approvers = {{"cora", "customer-info-supervisors"}, {"sam", "service-managers"},
        {"grace", "general-manager"}};
    for (ApprovalStep step : ApprovalStep.values()) {
      String[] who = approvers[step.ordinal()];
      if (step == rejecting) {
        complete(destruction, who[0], who[1], Map.of(step.decisionVariable(), DestructionProcess.REJECTED,
            step.commentVariable(), "客户仍有长期保修合同，档案须保留"));
        break;
      }
      approve(destruction, step, who[0], who[1], who[1]);
    }

    assertThat(destruction).isEnded().hasPassed(Elements.RECORD_REJECTION, Elements.END_KEPT)
        .hasNotPassed(Elements.DESTROY);
    assertThat(jdbc.queryForObject("SELECT phone FROM customer WHERE id = ?", String.class, customer.id()))
        .isEqualTo(customer.phone());
    Map<String, Object> kept = jdbc.queryForMap("SELECT * FROM archive_destruction WHERE customer_id = ?",
        customer.id());
    assertThat(kept).containsEntry("STATUS", "REJECTED").containsEntry("REJECTED_STEP", rejecting.name())
        .containsEntry("REASON", "客户仍有长期保修合同，档案须保留");
    assertThat(kept.get("DECIDED_AT")).isNotNull();
    // The next night does not propose it again (repropose-after, a year by default); a year later it does.
    assertThat(destructions.outdated(at(NOW.plusDays(1)).toInstant())).doesNotContain(customer.id());
    assertThat(destructions.outdated(at(NOW.plusYears(1).plusDays(1)).toInstant())).contains(customer.id());
  }

  @Test
  @DisplayName(RULE + ": a rejection needs its reason, an unknown decision is refused, and nobody approves twice")
  void approvalsAreCheckedBeforeAnythingIsRecorded() {
    Customer customer = customer();
    closedCase(customer, NOW.minusYears(4));
    ProcessInstance destruction = scanAndFind(customer);

    assertThatThrownBy(() -> complete(destruction, "cora", "customer-info-supervisors",
        Map.of("supervisorDecision", DestructionProcess.REJECTED)))
        .isInstanceOf(TaskInputRejectedException.class).hasMessageContaining("supervisorComment");
    assertThatThrownBy(() -> complete(destruction, "cora", "customer-info-supervisors",
        Map.of("supervisorDecision", "maybe")))
        .isInstanceOf(TaskInputRejectedException.class).hasMessageContaining("supervisorDecision");
    assertThat(destruction).isWaitingAt(Elements.APPROVE_AS_SUPERVISOR);

    approve(destruction, ApprovalStep.SUPERVISOR, "cora", "customer-info-supervisors", "customer-info-supervisors");
    assertThatThrownBy(() -> complete(destruction, "cora", "service-managers",
        Map.of("serviceManagerDecision", DestructionProcess.APPROVED)))
        .isInstanceOf(TaskInputRejectedException.class).hasMessageContaining("different person");
    assertThat(destruction).isWaitingAt(Elements.APPROVE_AS_SERVICE_MANAGER);
    assertThat(jdbc.queryForObject("SELECT service_manager_by FROM archive_destruction WHERE customer_id = ?",
        String.class, customer.id())).isNull();
  }

  @Test
  @DisplayName(RULE + ": nothing younger than the legal minimum retention is destroyed, not on request and not after"
      + " three approvals")
  void theLegalMinimumRetentionStillApplies() {
    Customer young = customer();
    closedCase(young, NOW.minusYears(1));
    ArchiveDestructions.ErasureRequest request = destructions.requestErasure(young.id(), ErasureChannel.LETTER,
        LocalDate.of(2026, 12, 1), null, null, "mary", at(NOW).toInstant());
    HistoricProcessInstance refused = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(request.destruction().processInstanceId()).singleResult();
    assertThat(refused.getEndActivityId()).isEqualTo(Elements.END_UNDER_LEGAL_MINIMUM);
    assertThat(request.destruction().status()).isEqualTo(DestructionStatus.REFUSED);
    assertThat(request.destruction().reason()).contains("未过法定最短保存期限").contains("2028-12-07");
    assertThat(jdbc.queryForObject("SELECT phone FROM customer WHERE id = ?", String.class, young.id()))
        .isEqualTo(young.phone());
    assertThat(destructions.outdated(at(NOW).toInstant())).as("the scan does not propose a young archive")
        .doesNotContain(young.id());

    // Approved three times, but meanwhile the customer came back: a case closed last week restarts the retention.
    Customer back = customer();
    closedCase(back, NOW.minusYears(4));
    ProcessInstance destruction = scanAndFind(back);
    approve(destruction, ApprovalStep.SUPERVISOR, "cora", "customer-info-supervisors", "customer-info-supervisors");
    approve(destruction, ApprovalStep.SERVICE_MANAGER, "sam", "service-managers", "service-managers");
    closedCase(back, NOW.minusDays(7));
    approve(destruction, ApprovalStep.GENERAL_MANAGER, "grace", "general-manager", "general-manager");
    assertThat(destruction).isEnded().hasPassed(Elements.DESTROY, Elements.RECORD_RETENTION_REFUSAL,
        Elements.END_UNDER_LEGAL_MINIMUM);
    assertThat(jdbc.queryForObject("SELECT phone FROM customer WHERE id = ?", String.class, back.id()))
        .isEqualTo(back.phone());
    Map<String, Object> kept = jdbc.queryForMap("SELECT * FROM archive_destruction WHERE customer_id = ?", back.id());
    assertThat(kept).containsEntry("STATUS", "REFUSED").containsEntry("GENERAL_MANAGER_BY", "grace");
    assertThat((String) kept.get("REASON")).contains("未过法定最短保存期限");

    // An archive with an open case is in use: neither proposed nor destroyed.
    Customer inUse = customer();
    closedCase(inUse, NOW.minusYears(4));
    openCase(inUse);
    assertThat(destructions.outdated(at(NOW).toInstant())).doesNotContain(inUse.id());
    assertThat(destructions.refusal(inUse.id(), at(NOW).toInstant())).get().asString().contains("未结案件");
  }

  @Test
  @DisplayName(RULE + ": the customer's erasure request starts the same process, recorded once")
  void anErasureRequestStartsTheSameProcess() {
    Customer customer = customer();
    closedCase(customer, NOW.minusYears(4));
    ArchiveDestructions.ErasureRequest request = destructions.requestErasure(customer.id(), ErasureChannel.PHONE,
        LocalDate.of(2026, 12, 5), "TEL-1205", null, "mary", at(NOW).toInstant());

    assertThat(request.created()).isTrue();
    ProcessInstance destruction = runtimeService.createProcessInstanceQuery()
        .processInstanceId(request.destruction().processInstanceId()).singleResult();
    assertThat(destruction.getBusinessKey()).isEqualTo("AD-" + customer.id());
    assertThat(destruction).isWaitingAt(Elements.APPROVE_AS_SUPERVISOR);
    assertThat((String) runtimeService.getVariable(destruction.getId(), Vars.OCCASION)).isEqualTo("客户申请删除");
    assertThat((String) runtimeService.getVariable(destruction.getId(), Vars.ERASURE_REQUEST))
        .contains("#" + request.id()).contains("2026-12-05").contains("TEL-1205");
    assertThat(jdbc.queryForObject("SELECT erasure_request_id FROM archive_destruction WHERE customer_id = ?",
        Long.class, customer.id())).isEqualTo(request.id());

    ArchiveDestructions.ErasureRequest again = destructions.requestErasure(customer.id(), ErasureChannel.PHONE,
        LocalDate.of(2026, 12, 5), "TEL-1205", null, "mary", at(NOW).toInstant());
    assertThat(again.created()).isFalse();
    assertThat(again.id()).isEqualTo(request.id());
    assertThat(destructions(customer)).hasSize(1);
    assertThat(destructions.outdated(at(NOW).toInstant())).as("a pending proposal is not proposed again")
        .doesNotContain(customer.id());
  }

  @Test
  @DisplayName(RULE + ": the nightly scan starts one process per outdated archive; a rerun starts nothing twice")
  void theScanStartsNothingTwice() {
    Customer outdated = customer();
    closedCase(outdated, NOW.minusYears(3).minusDays(2));
    Customer recent = customer();
    closedCase(recent, NOW.minusYears(2));
    Customer withoutCases = customer();
    jdbc.update("UPDATE customer SET created_at = ? WHERE id = ?", Timestamp.from(at(NOW.minusYears(6)).toInstant()),
        withoutCases.id());
    Job timer = managementService.createJobQuery().processDefinitionKey(DestructionProcess.SCAN_KEY).timers()
        .singleResult();
    assertThat(timer).as("the nightly start timer is scheduled").isNotNull();

    for (int run = 0; run < 2; run++) {
      ProcessInstance scan = runtimeService.startProcessInstanceByKey(DestructionProcess.SCAN_KEY);
      assertThat(scan).isWaitingAt(ScanElements.PROPOSE);
      Jobs.runDue(managementService, scan.getId());
      assertThat(scan).isEnded().hasPassed(ScanElements.END);
    }

    assertThat(destructions(outdated)).hasSize(1);
    assertThat(destructions(withoutCases)).hasSize(1);
    assertThat(destructions(recent)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DestructionProcess.KEY)
        .processInstanceBusinessKey("AD-" + outdated.id()).count()).isEqualTo(1);
    Task task = taskService.createTaskQuery().processInstanceBusinessKey("AD-" + outdated.id()).singleResult();
    assertThat(Tasks.candidateGroups(taskService, task)).containsExactly("customer-info-supervisors");
    assertThat(task.getDueDate()).isNotNull();
  }

  // ---- helpers ----------------------------------------------------------------------------------

  ProcessInstance scanAndFind(Customer customer) {
    ProcessInstance scan = runtimeService.startProcessInstanceByKey(DestructionProcess.SCAN_KEY);
    Jobs.runDue(managementService, scan.getId());
    List<ProcessInstance> found = destructions(customer);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  List<ProcessInstance> destructions(Customer customer) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(DestructionProcess.KEY)
        .variableValueEquals(Vars.CUSTOMER_ID, customer.id()).list();
  }

  void approve(ProcessInstance instance, ApprovalStep step, String user, String group, String expectedGroup) {
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(step.taskId());
    assertThat(Tasks.candidateGroups(taskService, task)).containsExactly(expectedGroup);
    complete(instance, user, group, Map.of(step.decisionVariable(), DestructionProcess.APPROVED,
        step.commentVariable(), "同意销毁此档案"));
  }

  void complete(ProcessInstance instance, String user, String group, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
    Jobs.runDue(managementService, instance.getId());
  }

  Object historic(ProcessInstance instance, String name) {
    return historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }

  Customer customer() {
    String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    Customer customer = customers.create(new NewCustomer(CustomerKind.PERSON, "销毁测试 " + phone, "孙宇", phone,
        phone + "@example.cn", "上海外滩3号", "华东", null, Classification.NORMAL, CreditGrade.C, BigDecimal.ZERO,
        null, SecrecyLevel.SECRET), "destruction-test", "档案销毁测试");
    jdbc.update("UPDATE customer SET created_at = ? WHERE id = ?", Timestamp.from(at(NOW.minusYears(8)).toInstant()),
        customer.id());
    return customer;
  }

  String openCase(Customer customer) {
    return cases.open(new NewCase("REPAIR", "phone", customer.name(), customer.phone(), null, "上海外滩3号", "LX-200",
        null, null, null, "销毁测试", null, null, customer.id(), null)).caseNumber();
  }

  String closedCase(Customer customer, LocalDateTime closedAt) {
    String caseNumber = openCase(customer);
    jdbc.update("UPDATE service_case SET closed_at = ?, opened_at = ? WHERE case_number = ?",
        Timestamp.from(at(closedAt).toInstant()), Timestamp.from(at(closedAt.minusDays(10)).toInstant()), caseNumber);
    return caseNumber;
  }

  void photo(String caseNumber) {
    jdbc.update("INSERT INTO case_photo (case_number, kind, content_type, size_bytes, file_name, uploaded_by,"
        + " uploaded_at, content) VALUES (?, 'FAULT', 'image/png', 4, 'door.png', 'eric', ?, ?)",
        caseNumber, Timestamp.from(Instant.now()), new byte[] {1, 2, 3, 4});
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
