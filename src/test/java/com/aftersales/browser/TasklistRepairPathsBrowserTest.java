package com.aftersales.browser;

import com.aftersales.testsupport.RepairCases;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.DamageCause;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import com.aftersales.flows.repair.RepairProcess.Resolution;
import com.aftersales.flows.repair.RepairProcess.Status;
import com.aftersales.flows.repair.RepairProcess.Vars;
import com.aftersales.security.StaffGroups;
import com.aftersales.tasklist.StaffFilters;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The repair forms off the happy path (forms/repair-*.form) opened and completed in Tasklist by their groups: a
 * chargeable factory repair (the factory's quote, the customer's quote, the customer's answer, send to factory, factory check, factory return), left
 * unresolved (expert review), paid (record payment) and followed by a dissatisfied customer (satisfaction review);
 * and a parts repair whose 7-working-day warning asks for an extension and whose parts request is rejected. The
 * steps between the forms under test are completed through the engine: their forms have browser tests of their own.
 * And the completion checks of rulebook 003 三.5 and 四.2: report approval, a failed spot check, the rework.
 */
class TasklistRepairPathsBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired CaseService cases;

  /** The open form links to the case's printed document, which its user gets as a PDF. */
  private void printable(String caseNumber, String title, String document, String user) {
    String path = "/api/cases/" + caseNumber + "/documents/" + document + ".pdf";
    org.openqa.selenium.WebElement link = browser.visible(org.openqa.selenium.By.xpath(
        "//*[contains(@class,'fjs-form')]//a[starts-with(normalize-space(),'" + title + "')]"));
    assertThat(link.getAttribute("href")).endsWith(path);
    ResponseEntity<byte[]> pdf = rest.withBasicAuth(user, user).getForEntity(path, byte[].class);
    assertThat(pdf.getStatusCode()).as(document).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
  }

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("000 §1.5.2.4: a chargeable factory repair is quoted by the factory, then to the customer, sent, checked,"
      + " returned, reviewed, paid and reviewed again in Tasklist")
  @CompletesForms(
      en = {"repair-check-factory", "repair-expert-review", "repair-factory-quote", "repair-factory-return",
          "repair-prepare-quote", "repair-quote-answer", "repair-record-payment", "repair-satisfaction-review",
          "repair-send-to-factory"})
  void chargeableFactoryRepairIsWorkedThroughItsFormsInTasklist() {
    String[] created = newRepairCase();
    String caseNumber = created[0];
    String instance = created[1];
    Tasklist tasklist = new Tasklist(browser);
    String customerService = groupTasks(StaffGroups.CUSTOMER_SERVICE);
    String serviceManagers = groupTasks(StaffGroups.SERVICE_MANAGERS);

    // Damage by the customer: chargeable, so the repair is quoted first.
    complete(instance, Elements.ASSESS_REQUEST, Map.of(Vars.RESOLUTION, Resolution.FACTORY.code(),
        Vars.DAMAGE_CAUSE, DamageCause.HUMAN.code(), Vars.ASSESSMENT_NOTES, "Unit dropped; customer agrees to pay"));
    awaitTask(instance, Elements.OBTAIN_FACTORY_QUOTE);

    tasklist.login("mary", "mary");
    // form repair-factory-quote: the factory quotes first, the customer's quote rests on it (000 §1.5.2.4)
    tasklist.work(customerService, caseNumber, "取得厂方报价", true, () -> {
      tasklist.fillText("厂方报价", "300");
      tasklist.fillText("报价说明（厂方的维修内容、周期）", "Drum bearing replaced at the factory, 10 working days");
    });
    awaitTask(instance, Elements.PREPARE_QUOTE);
    assertThat(String.valueOf(runtimeService.getVariable(instance, Vars.FACTORY_QUOTE_AMOUNT))).startsWith("300");

    // form repair-prepare-quote
    tasklist.work(customerService, caseNumber, "报价（人工费和配件费）", true, () -> {
      // Labour comes from labour-rate.dmn: before dispatch the default (intermediate) level, a standard repair.
      tasklist.chooseSelect("维修难度", "一般");
      tasklist.fillText("配件费", "150");
      tasklist.fillText("给客户的报价明细", "New drum bearing and two hours' work");
    });
    awaitTask(instance, Elements.OBTAIN_QUOTE_ANSWER);
    assertThat(status(caseNumber)).isEqualTo(Status.AWAITING_QUOTE_ANSWER);
    assertThat(String.valueOf(runtimeService.getVariable(instance, Vars.QUOTE_TOTAL))).startsWith("350");
    assertThat(runtimeService.getVariable(instance, Vars.LABOUR_COST)).isEqualTo("200");

    // form repair-quote-answer
    tasklist.work(customerService, caseNumber, "等待客户对报价的答复", true, () -> {
      printable(caseNumber, "报价单", "quote", "mary");
      tasklist.chooseRadio("接受：继续维修");
    });
    awaitTask(instance, Elements.DISPATCH_ENGINEER);
    assertThat(runtimeService.getVariable(instance, Vars.QUOTE_ANSWER)).isEqualTo("accepted");

    dispatchAndDiagnose(instance, DamageCause.HUMAN.code(), RepairRoute.FACTORY.code());
    awaitTask(instance, Elements.SEND_TO_FACTORY);

    // form repair-send-to-factory
    tasklist.work(customerService, caseNumber, "产品返厂", true,
        () -> tasklist.fillText("厂方维修单号 / 运单号", "FAC-2026-118"));
    awaitTask(instance, Elements.AWAIT_FACTORY_RETURN);
    assertThat(status(caseNumber)).isEqualTo(Status.AT_FACTORY);

    // Every 3 working days customer service asks the factory: the test plays the job executor then.
    fireTimer(instance, "Timer_CheckWithFactory");
    awaitTask(instance, Elements.CHECK_WITH_FACTORY);
    ClockUtil.reset();
    // form repair-check-factory
    tasklist.work(customerService, caseNumber, "向厂方查询维修进度", true, () -> {
      tasklist.fillText("厂方反馈的进度", "Drum bearing replaced, unit under test");
      tasklist.fillDate("预计返回日期", LocalDate.now().plusDays(10));
    });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(Elements.CHECK_WITH_FACTORY).count() == 0);
    assertThat(runtimeService.getVariable(instance, Vars.FACTORY_STATUS)).isEqualTo("Drum bearing replaced, unit under test");

    // form repair-factory-return
    tasklist.work(customerService, caseNumber, "接收返厂修好的产品", true,
        () -> tasklist.fillText("厂方维修报告", "Drum bearing replaced and tested for two hours"));
    awaitTask(instance, Elements.WRITE_REPAIR_REPORT);

    reportAndSignOff(instance, "unresolved");
    awaitTask(instance, Elements.REVIEW_UNRESOLVED_REPAIR);

    tasklist.login("sam", "sam");
    // form repair-expert-review
    tasklist.work(serviceManagers, caseNumber, "未解决维修的专家复核", true,
        () -> tasklist.fillText("下次上门的专家建议", "Check the motor mount as well as the drum"));
    awaitTask(instance, Elements.DISPATCH_ENGINEER);
    assertThat(status(caseNumber)).isEqualTo(Status.ESCALATED);
    assertThat(runtimeService.getVariable(instance, Vars.ESCALATIONS)).isEqualTo(1);
    assertThat(runtimeService.getVariable(instance, Vars.EXPERT_ADVICE)).isEqualTo("Check the motor mount as well as the drum");

    dispatchAndDiagnose(instance, DamageCause.HUMAN.code(), RepairRoute.ON_SITE.code());
    // the route left the factory the quote rested on: the customer is quoted again (000 §1.5.2.4)
    complete(instance, Elements.PREPARE_QUOTE, Map.of(Vars.LABOUR_COST, 200L, Vars.PARTS_COST, 150.0,
        Vars.QUOTE_NOTES, "On-site repair of the motor mount"));
    complete(instance, Elements.OBTAIN_QUOTE_ANSWER, Map.of(Vars.QUOTE_ANSWER, "accepted"));
    complete(instance, Elements.REPAIR_ON_SITE, RepairCases.repaired("Motor mount tightened"));
    reportAndSignOff(instance, "resolved");
    awaitTask(instance, Elements.RECORD_PAYMENT);

    tasklist.login("fiona", "fiona");
    // form repair-record-payment
    tasklist.work(groupTasks(StaffGroups.FINANCE), caseNumber, "录入客户付款", true, () -> {
      printable(caseNumber, "发票通知单", "invoice-note", "fiona");
      tasklist.fillText("实付金额", "350");
      tasklist.fillText("付款凭证号", "BANK-7781");
    });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> taskService.createTaskQuery().processInstanceId(instance).count() == 0);
    assertThat(String.valueOf(runtimeService.getVariable(instance, Vars.AMOUNT_PAID))).startsWith("350");

    // The follow-up call 24 hours later: the customer is dissatisfied.
    fireTimer(instance, Elements.TIMER_FOLLOW_UP_DUE);
    awaitTask(instance, Elements.FOLLOW_UP_CALL);
    ClockUtil.reset();
    complete(instance, Elements.FOLLOW_UP_CALL, Map.of(Vars.SATISFACTION, 1L,
        Vars.FOLLOW_UP_COMMENTS, "Had to call three times"));
    awaitTask(instance, Elements.REVIEW_DISSATISFACTION);

    tasklist.login("sam", "sam");
    // form repair-satisfaction-review
    tasklist.work(serviceManagers, caseNumber, "复核不满意客户的案件", true,
        () -> tasklist.fillText("调查结果及商定的措施", "Callbacks missed; apologised and offered a free check"));
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance)
        .finished().count() == 1);
    assertThat(status(caseNumber)).isEqualTo(Status.COMPLETED);
  }

  @Test
  @DisplayName("a parts repair gets an extension agreed and, its parts rejected, a service manager's new route in Tasklist")
  @CompletesForms(en = {"repair-agree-extension", "repair-parts-rejected"})
  void partsRepairIsExtendedAndReroutedAfterItsPartsAreRejectedInTasklist() {
    String[] created = newRepairCase();
    String caseNumber = created[0];
    String instance = created[1];
    Tasklist tasklist = new Tasklist(browser);

    complete(instance, Elements.ASSESS_REQUEST, Map.of(Vars.RESOLUTION, Resolution.ON_SITE.code(),
        Vars.DAMAGE_CAUSE, DamageCause.QUALITY.code(), Vars.ASSESSMENT_NOTES, "Drum does not turn; in warranty"));
    dispatchAndDiagnose(instance, DamageCause.QUALITY.code(), RepairRoute.PARTS.code());
    String parts = browser.waitFor(d -> runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance)
        .singleResult()).getId();

    // 5 working days into the parts repair the warning asks customer service to agree a new date.
    fireTimer(instance, Elements.TIMER_REPAIR_CYCLE_WARNING);
    awaitTask(instance, Elements.AGREE_EXTENSION);
    ClockUtil.reset();
    tasklist.login("mary", "mary");
    // form repair-agree-extension
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "与客户商定延长维修周期", true, () -> {
      tasklist.fillDate("与客户商定的新完工日期", LocalDate.now().plusDays(30));
      tasklist.fillText("原因（如配件生产周期）", "The drum motor has a lead time of three weeks");
    });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(Elements.AGREE_EXTENSION).count() == 0);
    assertThat(status(caseNumber)).isEqualTo(Status.REPAIR_EXTENDED);
    assertThat(runtimeService.getVariable(instance, Vars.REPAIR_CYCLE_EXTENDED_UNTIL)).isNotNull();
    assertThat(runtimeService.getVariable(instance, Vars.EXTENSION_REASON)).isEqualTo("The drum motor has a lead time of three weeks");

    // Planning rejects the parts request in the parts flow (its forms have their own browser test).
    completeParts(parts, "Task_RecordPartsRequest", Map.of("partsLines", MOTOR_LINE));
    completeParts(parts, "Task_ReviewPartsRequest", Map.of("reviewDecision", "rejected",
        "rejectionReason", "Motor DM-40 is discontinued; no spare parts"));
    awaitTask(instance, Elements.REVIEW_PARTS_REJECTION);
    assertThat(status(caseNumber)).isEqualTo(Status.PARTS_REJECTED);

    tasklist.login("sam", "sam");
    // form repair-parts-rejected
    tasklist.work(groupTasks(StaffGroups.SERVICE_MANAGERS), caseNumber, "配件申请被驳回后的维修方式", true, () -> {
      tasklist.chooseRadio("现场维修，不用新配件");
      tasklist.fillText("给工程师的指示", "Rewind the motor on site instead of replacing it");
    });
    awaitTask(instance, Elements.REPAIR_ON_SITE);
    assertThat(runtimeService.getVariable(instance, Vars.REPAIR_ROUTE)).isEqualTo(RepairRoute.ON_SITE.code());
    assertThat(runtimeService.getVariable(instance, Vars.PARTS_DECISION_NOTES)).isEqualTo("Rewind the motor on site instead of replacing it");
  }

  @Test
  @DisplayName("003 三.5, 四.2: a service manager approves the report and orders a spot check, which fails; the engineer"
      + " reworks, and the re-approved repair passes its second check, in Tasklist")
  @CompletesForms(en = {"repair-approve-report", "repair-rework", "repair-spot-check"})
  void aRepairReportIsApprovedSpotCheckedReworkedAndCheckedAgainInTasklist() {
    String[] created = newRepairCase();
    String caseNumber = created[0];
    String instance = created[1];
    Tasklist tasklist = new Tasklist(browser);
    String serviceManagers = groupTasks(StaffGroups.SERVICE_MANAGERS);
    String engineersOwn = StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.ENGINEERS), StaffFilters.MY_TASKS);

    complete(instance, Elements.ASSESS_REQUEST, Map.of(Vars.RESOLUTION, Resolution.ON_SITE.code(),
        Vars.DAMAGE_CAUSE, DamageCause.QUALITY.code(), Vars.ASSESSMENT_NOTES, "Paper jams; in warranty"));
    dispatchAndDiagnose(instance, DamageCause.QUALITY.code(), RepairRoute.ON_SITE.code());
    complete(instance, Elements.REPAIR_ON_SITE, RepairCases.repaired("Cleaned the paper path"));
    complete(instance, Elements.WRITE_REPAIR_REPORT, Map.of(Vars.FAULTS_FOUND, "Paper path dirty",
        Vars.OLD_PARTS, "none", Vars.REPORT_NOTES, "Printed 20 pages"));
    awaitTask(instance, Elements.APPROVE_REPAIR_REPORT);

    tasklist.login("sam", "sam");
    // form repair-approve-report
    tasklist.work(serviceManagers, caseNumber, "审核维修报告", true, () -> {
      tasklist.chooseRadio("通过，存档");
      tasklist.tick("", "指定本次维修必须抽检");
    });
    awaitTask(instance, Elements.OBTAIN_SIGN_OFF);
    assertThat(runtimeService.getVariable(instance, Vars.SPOT_CHECK_SAMPLED)).isEqualTo(true);
    complete(instance, Elements.OBTAIN_SIGN_OFF, RepairCases.signedOff("resolved", "Signed"));
    awaitTask(instance, Elements.SPOT_CHECK);
    assertThat(status(caseNumber)).isEqualTo(Status.SPOT_CHECK);

    // form repair-spot-check
    tasklist.work(serviceManagers, caseNumber, "质量抽检（电话或上门）", true, () -> {
      tasklist.chooseRadio("上门检查");
      tasklist.chooseRadio("不合格：退回工程师返工");
      tasklist.fillText("抽检记录", "Jams again after 30 pages");
    });
    awaitTask(instance, Elements.REWORK);
    assertThat(status(caseNumber)).isEqualTo(Status.REWORK);

    tasklist.login("eric", "eric");
    // form repair-rework
    // a rework is a repair of its own: the first attempt's explanation, test and self-check are not offered again
    tasklist.work(engineersOwn, caseNumber, "返工", false, () -> {
      tasklist.fillText("返工内容", "Replaced the pick-up roller; 200 pages without a jam");
      tasklist.fillText("向客户说明的内容(故障原因、维修方法、使用注意事项)", "Roller worn; replaced; use dry paper");
      tasklist.fillText("修后试机(怎样试的、结果)", "Printed 200 pages, no jam");
      tasklist.tick("", "已自检维修质量(紧固、外观、功能),可交客户验收");
    });
    awaitTask(instance, Elements.WRITE_REPAIR_REPORT);
    assertThat(runtimeService.getVariable(instance, Vars.REWORKS)).isEqualTo(1);
    complete(instance, Elements.WRITE_REPAIR_REPORT, Map.of(Vars.FAULTS_FOUND, "Pick-up roller worn",
        Vars.PARTS_REPLACED, "Pick-up roller", Vars.OLD_PARTS, "disposed"));

    tasklist.login("sam", "sam");
    // form repair-approve-report, now without ordering a check: a reworked repair is checked anyway
    tasklist.work(serviceManagers, caseNumber, "审核维修报告", true, () -> tasklist.chooseRadio("通过，存档"));
    awaitTask(instance, Elements.OBTAIN_SIGN_OFF);
    complete(instance, Elements.OBTAIN_SIGN_OFF, RepairCases.signedOff("resolved", "Signed again"));
    awaitTask(instance, Elements.SPOT_CHECK);
    // form repair-spot-check, passed
    tasklist.work(serviceManagers, caseNumber, "质量抽检（电话或上门）", true, () -> {
      tasklist.chooseRadio("电话回访");
      tasklist.chooseRadio("合格");
    });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> taskService.createTaskQuery().processInstanceId(instance).count() == 0);
    assertThat(cases.records(caseNumber)).extracting(r -> r.action())
        .containsSubsequence("REPORT_APPROVAL", "SPOT_CHECK", "SPOT_CHECK_FAILED", "REWORK", "REPORT_APPROVAL",
            "SPOT_CHECK");
  }

  /** One part line as the parts flow's specialist records it (see PartsApprovalProcessTest). */
  private static final String MOTOR_LINE = "[{\"partName\":\"Drum motor DM-40\",\"part\":\"other\","
      + "\"partCategory\":\"hardware\",\"colour\":\"grey\",\"quantity\":1,\"batchNumber\":\"B2026-031\","
      + "\"inspectionNumber\":\"QC-88812\",\"reason\":\"Motor winding burnt\"}]";

  private void dispatchAndDiagnose(String instance, String cause, String route) {
    complete(instance, Elements.DISPATCH_ENGINEER, Map.of(Vars.ENGINEER, "eric",
        Vars.APPOINTMENT, Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString()));
    complete(instance, Elements.DIAGNOSE_ON_SITE, Map.of(Vars.FAULTS_FOUND, "Drum bearing worn",
        Vars.DAMAGE_CAUSE, cause,
        Vars.REPAIR_ROUTE, route, Vars.PARTS_NEEDED, "1x drum motor DM-40", Vars.REPAIR_DIFFICULTY, "standard"));
  }

  private void reportAndSignOff(String instance, String verdict) {
    complete(instance, Elements.WRITE_REPAIR_REPORT, Map.of(Vars.FAULTS_FOUND, "Drum bearing worn",
        Vars.PARTS_REPLACED, "Drum bearing", Vars.OLD_PARTS, "none", Vars.REPORT_NOTES, "Tested for an hour"));
    complete(instance, Elements.APPROVE_REPAIR_REPORT, Map.of(Vars.REPORT_APPROVAL, "approved"));
    complete(instance, Elements.OBTAIN_SIGN_OFF, RepairCases.signedOff(verdict, "Checked with the customer"));
  }

  /** Completes a step that is not under test here through the engine, as its own tests do. */
  private void complete(String instance, String taskDefinitionKey, Map<String, Object> variables) {
    awaitTask(instance, taskDefinitionKey);
    Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskDefinitionKey).singleResult();
    taskService.complete(task.getId(), variables);
    Jobs.runDue(managementService, instance);
  }

  private void completeParts(String partsInstance, String taskDefinitionKey, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(partsInstance).taskDefinitionKey(taskDefinitionKey).singleResult();
    assertThat(task).as("open parts task %s", taskDefinitionKey).isNotNull();
    taskService.complete(task.getId(), variables);
    Jobs.runDue(managementService, partsInstance);
  }

  /**
   * Moves the engine clock just past the timer's due date (working days follow the company calendar, holidays
   * included) and runs what is due; the caller resets the clock once the task is there.
   */
  private void fireTimer(String instance, String timerActivityId) {
    Job timer = browser.waitFor(d -> managementService.createJobQuery().processInstanceId(instance)
        .activityId(timerActivityId).timers().singleResult());
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(1, ChronoUnit.MINUTES)));
    Jobs.runDue(managementService, instance);
  }

  private String status(String caseNumber) {
    return cases.find(caseNumber).orElseThrow().status();
  }

  private String[] newRepairCase() {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "repair", "channel", "phone",
            "customer", Map.of("name", "Zhao Min", "phone", "13700137000", "email", "zhao.min@example.com",
                "address", "9 Yan'an Road, Shanghai"),
            "product", Map.of("model", "WM-1200", "serialNumber", "SN-RPB-" + System.nanoTime(),
                "purchaseDate", LocalDate.now().minusMonths(3).toString(), "purchaseProof", true),
            "description", "Drum does not turn"),
        JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = response.getBody().path("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    return new String[] {response.getBody().path("caseNumber").asText(), instance};
  }
}
