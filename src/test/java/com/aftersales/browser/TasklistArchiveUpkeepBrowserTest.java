package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerRepository;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.customers.VerificationOutcome;
import com.aftersales.customers.report.CustomerReportProcess;
import com.aftersales.customers.verification.VerificationProcess;
import com.aftersales.customers.verification.VerificationSheet;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The archive upkeep forms (archive-reverify, archive-correct, customer-info-report) opened and completed in
 * Tasklist by the customer-information supervisor (cora) and a salesperson (sally). Their tasks belong to no case:
 * they are claimed for the person and opened by their business key, as a colleague's link opens them.
 */
class TasklistArchiveUpkeepBrowserTest extends BrowserScenario {

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired CustomerService customers;
  @Autowired CustomerRepository repository;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("002 二(一) 6.5, 6.3: a verification sheet is verified with one change, and the change corrected, in"
      + " Tasklist")
  @CompletesForms(en = {"archive-correct", "archive-reverify"})
  void aVerificationSheetIsVerifiedAndCorrectedInTasklist() {
    long kept = customer();
    long changed = customer();
    String sheetId = "RV-B-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    VerificationSheet sheet = new VerificationSheet(sheetId, "2026-Q4", StaffGroups.CUSTOMER_INFO_SUPERVISORS, null,
        List.of(new VerificationSheet.Line(kept, "浏览器核定 " + kept, "个人", "华东", "普通", "C", null),
            new VerificationSheet.Line(changed, "浏览器核定 " + changed, "个人", "华东", "普通", "C", null)));
    String instance = runtimeService.startProcessInstanceByKey(VerificationProcess.KEY, sheetId, Map.of(
        VerificationProcess.Vars.SHEET_ID, sheetId, VerificationProcess.Vars.QUARTER, "2026-Q4",
        VerificationProcess.Vars.VERIFIER_GROUP, sheet.verifierGroup(), VerificationProcess.Vars.SHEET, sheet.text(),
        VerificationProcess.Vars.SHEET_CUSTOMER_IDS, sheet.customerIds())).getId();
    awaitTask(instance, VerificationProcess.Elements.VERIFY);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("cora", "cora");
    claimFor(instance, "cora");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_INFO_SUPERVISORS), sheetId, "核定客户档案", false,
        () -> tasklist.fillText("有变更的档案", changed + " 地址改为苏州工业园区"));
    awaitTask(instance, VerificationProcess.Elements.CORRECT);
    claimFor(instance, "cora");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_INFO_SUPERVISORS), sheetId, "更正客户档案", false,
        () -> tasklist.fillText("更正说明", "已按核定结果更正地址"));

    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished()
        .count() == 1);
    assertThat(repository.verifications(kept)).extracting(v -> v.outcome())
        .containsExactly(VerificationOutcome.VERIFIED);
    assertThat(repository.verifications(changed)).singleElement().satisfies(v -> {
      assertThat(v.outcome()).isEqualTo(VerificationOutcome.CHANGED);
      assertThat(v.note()).isEqualTo("地址改为苏州工业园区");
      assertThat(v.verifiedBy()).isEqualTo("cora");
    });
  }

  @Test
  @DisplayName("002 二(一) 6.1: the salesperson writes the monthly customer information report in Tasklist, and it is"
      + " kept")
  @CompletesForms(en = {"customer-info-report"})
  void theMonthlyReportIsWrittenInTasklist() {
    String key = "CIR-B-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    String instance = runtimeService.startProcessInstanceByKey(CustomerReportProcess.KEY, key).getId();
    awaitTask(instance, CustomerReportProcess.Elements.WRITE);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("sally", "sally");
    claimFor(instance, "sally");
    tasklist.work(groupTasks(StaffGroups.SALES), key, "编写客户信息报告", false, () -> {
      tasklist.fillText("竞争性经营环境", "本月华东地区同类产品降价");
      tasklist.fillText("客户情况变化 (可选)", "一家机构客户更换采购负责人");
    });

    browser.waitFor(d -> {
      Jobs.runDue(managementService, instance);
      return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1;
    });
    String month = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(CustomerReportProcess.Vars.REPORT_MONTH).singleResult().getValue();
    assertThat(jdbc.queryForObject("SELECT csv FROM report_archive WHERE report = ? AND period_from = ?",
        String.class, CustomerReportProcess.REPORT, LocalDate.parse(month + "-01"))).contains("market,author,sally");
  }

  private long customer() {
    String phone = "134" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    return customers.create(new NewCustomer(CustomerKind.PERSON, "浏览器核定 " + phone, null, phone, null, null, "华东",
        null, Classification.NORMAL, CreditGrade.C, BigDecimal.ZERO, LocalDate.now().plusMonths(1),
        SecrecyLevel.SECRET), "test", "test").id();
  }

  private void claimFor(String instance, String user) {
    taskService.claim(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(), user);
  }
}
