package com.aftersales.customers.verification;

import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.Tasks;
import com.aftersales.testsupport.ProcessTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerRepository;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.customers.VerificationOutcome;
import com.aftersales.customers.verification.VerificationProcess.Elements;
import com.aftersales.customers.verification.VerificationProcess.Vars;
import com.aftersales.engine.TaskInputRejectedException;
import com.aftersales.security.StaffGroups;
import java.math.BigDecimal;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quarterly re-verification of the archive (002 二(一) 6.5) with the engine clock: the timer opens one sheet per
 * responsible person, the verifier's findings are recorded per archive, and changes go to the customer-information
 * supervisors.
 */
@ProcessTest
class VerificationProcessTest {

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired CustomerService customers;
  @Autowired CustomerRepository repository;
  @Autowired ArchiveVerifications verifications;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("002 二(一) 6.5 (客户信息档案每季度重新核定一次): on the first day of a quarter the timer opens a sheet for a"
      + " salesperson's own customers, assigned to them, and the rest for the customer-information supervisors;"
      + " a second run opens none again")
  void theQuarterlyTimerOpensOneSheetPerResponsiblePerson() {
    Job timer = managementService.createJobQuery().processDefinitionKey(VerificationProcess.QUARTERLY_KEY).timers()
        .singleResult();
    assertThat(timer).as("the quarterly start timer is scheduled").isNotNull();
    long sallys = customer("sally");
    long nobodys = customer("no-such-salesperson");
    long unassigned = customer(null);
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2031, 4, 1, 9, 0)));

    for (int run = 0; run < 2; run++) {
      ProcessInstance pi = runtimeService.startProcessInstanceByKey(VerificationProcess.QUARTERLY_KEY);
      managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).singleResult()
          .getId());
      assertThat(pi).isEnded();
    }

    ProcessInstance sallySheet = sheetOf(sallys);
    assertThat(sallySheet.getBusinessKey()).startsWith("RV-2031-Q2-sally-");
    Task sallyTask = taskService.createTaskQuery().processInstanceId(sallySheet.getId()).singleResult();
    assertThat(sallyTask.getAssignee()).isEqualTo("sally");
    assertThat(sallyTask.getName()).isEqualTo("核定客户档案");
    assertThat(taskService.getIdentityLinksForTask(sallyTask.getId())).extracting(l -> l.getGroupId())
        .contains(StaffGroups.SALES);
    ProcessInstance archiveSheet = sheetOf(nobodys);
    assertThat(archiveSheet.getBusinessKey()).startsWith("RV-2031-Q2-archive-");
    assertThat(sheetOf(unassigned).getBusinessKey()).startsWith("RV-2031-Q2-archive-");
    assertThat(archiveSheet).task().hasCandidateGroup(StaffGroups.CUSTOMER_INFO_SUPERVISORS);
    assertThat(taskService.createTaskQuery().processInstanceId(archiveSheet.getId()).singleResult().getAssignee())
        .isNull();
    assertThat((String) runtimeService.getVariable(sallySheet.getId(), Vars.SHEET))
        .contains(sallys + "  核定客户 ").doesNotContain("@").doesNotContain("上海市");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(VerificationProcess.KEY)
        .processInstanceBusinessKey(sallySheet.getBusinessKey()).count()).as("opened once").isEqualTo(1);
  }

  @Test
  @DisplayName("002 二(一) 6.5, 6.3: the verifier names a changed archive and a customer that is gone; every other archive"
      + " is recorded as verified, and the change goes to the supervisors to correct")
  void outcomesAreRecordedAndChangesCorrected() {
    long verified = customer(null);
    long changed = customer(null);
    long gone = customer(null);
    ProcessInstance pi = startSheet(List.of(verified, changed, gone));
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2031, 7, 3, 10, 0)));

    assertThatThrownBy(() -> complete(pi, "cora", StaffGroups.CUSTOMER_INFO_SUPERVISORS,
        Map.of(Vars.CHANGED_CUSTOMERS, "999999999 联系人变更", Vars.GONE_CUSTOMERS, "")))
        .isInstanceOf(TaskInputRejectedException.class);
    assertThat(pi).isWaitingAt(Elements.VERIFY);
    complete(pi, "cora", StaffGroups.CUSTOMER_INFO_SUPERVISORS,
        Map.of(Vars.CHANGED_CUSTOMERS, changed + " 联系人改为王经理", Vars.GONE_CUSTOMERS, gone + ","));

    assertThat(pi).isWaitingAt(Elements.CORRECT).task().hasCandidateGroup(StaffGroups.CUSTOMER_INFO_SUPERVISORS);
    assertThat(runtimeService.getVariables(pi.getId())).containsEntry(Vars.VERIFIED_COUNT, 1)
        .containsEntry(Vars.CHANGED_COUNT, 1).containsEntry(Vars.GONE_COUNT, 1);
    assertThat(repository.verifications(verified)).singleElement()
        .satisfies(v -> {
          assertThat(v.outcome()).isEqualTo(VerificationOutcome.VERIFIED);
          assertThat(v.verifiedBy()).isEqualTo("cora");
        });
    assertThat(repository.verifications(changed)).singleElement()
        .satisfies(v -> assertThat(v.note()).isEqualTo("联系人改为王经理"));
    assertThat(repository.verifications(gone)).extracting(v -> v.outcome()).containsExactly(VerificationOutcome.GONE);
    assertThat(jdbc.queryForObject("SELECT gone_on FROM customer WHERE id = ?", LocalDate.class, gone))
        .isEqualTo(LocalDate.of(2031, 7, 3));
    assertThat(jdbc.queryForObject("SELECT verified_on FROM customer WHERE id = ?", LocalDate.class, verified))
        .isEqualTo(LocalDate.of(2031, 7, 3));
    assertThat(verifications.sheets("2031-Q4").stream().flatMap(s -> s.lines().stream())
        .map(VerificationSheet.Line::customerId)).as("a gone customer is on no later sheet").doesNotContain(gone)
        .contains(verified);

    complete(pi, "cora", StaffGroups.CUSTOMER_INFO_SUPERVISORS, Map.of(Vars.CORRECTION_NOTE, "已更正联系人"));
    assertThat(pi).isEnded().hasPassed(Elements.RECORD, Elements.END_CORRECTED);
  }

  @Test
  @DisplayName("a sheet without findings ends with every archive verified")
  void aSheetWithoutFindingsEnds() {
    long one = customer(null);
    ProcessInstance pi = startSheet(List.of(one));
    complete(pi, "cora", StaffGroups.CUSTOMER_INFO_SUPERVISORS, Map.of());
    assertThat(pi).isEnded().hasPassed(Elements.END_VERIFIED).hasNotPassed(Elements.CORRECT);
    assertThat(repository.verifications(one)).extracting(v -> v.outcome())
        .containsExactly(VerificationOutcome.VERIFIED);
  }

  private ProcessInstance startSheet(List<Long> ids) {
    String sheetId = "RV-T-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    VerificationSheet sheet = new VerificationSheet(sheetId, "2031-Q3", StaffGroups.CUSTOMER_INFO_SUPERVISORS, null,
        ids.stream().map(id -> new VerificationSheet.Line(id, "核定客户 " + id, "个人", null, "普通", "C", null))
            .toList());
    return runtimeService.startProcessInstanceByKey(VerificationProcess.KEY, sheetId, Map.of(
        Vars.SHEET_ID, sheetId, Vars.QUARTER, "2031-Q3", Vars.VERIFIER_GROUP, sheet.verifierGroup(),
        Vars.SHEET, sheet.text(), Vars.SHEET_CUSTOMER_IDS, sheet.customerIds()));
  }

  private void complete(ProcessInstance pi, String user, String group, Map<String, Object> variables) {
    Tasks.completeAs(identityService, taskService, Tasks.only(taskService, pi.getId()), user, group, variables);
  }

  private ProcessInstance sheetOf(long customerId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(VerificationProcess.KEY)
        .variableValueLike(Vars.SHEET_CUSTOMER_IDS, "%" + customerId + "%").list().stream()
        .filter(pi -> List.of(((String) runtimeService.getVariable(pi.getId(), Vars.SHEET_CUSTOMER_IDS)).split(","))
            .contains(Long.toString(customerId)))
        .findFirst().orElseThrow(() -> new AssertionError("no sheet lists " + customerId));
  }

  private long customer(String salesperson) {
    String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    return customers.create(new NewCustomer(CustomerKind.PERSON, "核定客户 " + phone, null, phone, null, "上海市某路",
        "华东", salesperson, Classification.NORMAL, CreditGrade.C, BigDecimal.ZERO, LocalDate.of(2031, 1, 1),
        SecrecyLevel.SECRET), "test", "test").id();
  }

  private static Date at(LocalDateTime time) {
    return EngineClock.at(time, ZoneId.of("Asia/Shanghai"));
  }
}
