package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.FirstContact;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every form of the exchange flow (forms/exchange-*.form) opened and completed in Tasklist by its group: an
 * exchange approved by every signature, the manufacturer chased and answering, the unit shipped, the new one
 * delivered and the customer called; and an exchange the regional manager rejects, agreed otherwise with the
 * customer.
 */
class TasklistExchangeBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired HistoryService historyService;

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("an approved exchange is worked through every exchange form in Tasklist by each group")
  @CompletesForms(
      en = {"exchange-chase-manufacturer", "exchange-confirm-quality-problem", "exchange-deliver-new-unit",
          "exchange-fill-exchange-form", "exchange-follow-up-call", "exchange-general-manager-decide",
          "exchange-manufacturer-answer", "exchange-regional-manager-sign", "exchange-sales-office-check",
          "exchange-ship-to-manufacturer", "exchange-warehouse-receipt"})
  void approvedExchangeIsWorkedThroughEveryForm() {
    String[] created = newExchange();
    String caseNumber = created[0];
    String instance = created[1];
    Tasklist tasklist = new Tasklist(browser);
    String sales = groupTasks(StaffGroups.SALES);
    String salesOffice = groupTasks(StaffGroups.SALES_OFFICE);
    String warehouse = groupTasks(StaffGroups.WAREHOUSE);

    tasklist.login("sally", "sally");
    confirmQualityAndFillTheForm(tasklist, caseNumber, instance);

    tasklist.login("rita", "rita");
    sign(tasklist, caseNumber, "批准", "Signed: quality fault confirmed");
    awaitTask(instance, "Task_CheckReturnedProduct");

    tasklist.login("oscar", "oscar");
    tasklist.work(salesOffice, caseNumber, "核查退回的产品并加注办公室意见", true, () -> {
      tasklist.chooseRadio("批准");
      tasklist.fillText("核查结果", "Lid lock broken inside, no signs of misuse");
    });
    awaitTask(instance, "Task_DecideAsGeneralManager");

    tasklist.login("grace", "grace");
    tasklist.work(groupTasks(StaffGroups.GENERAL_MANAGER), caseNumber, "换货审批（总经理）", true, () -> {
      tasklist.chooseRadio("批准");
      tasklist.fillText("批示或驳回理由", "Exchange it; ask the manufacturer for a credit");
    });
    awaitTask(instance, "Task_StoreReturnedUnit");

    tasklist.login("walt", "walt");
    tasklist.work(warehouse, caseNumber, "接收并存放退回的产品", true, () -> {
      tasklist.fillText("存放位置", "R-2-14");
      tasklist.tick("", "已附换货单");
    });
    awaitTask(instance, "Task_EnterManufacturerAnswer");

    // No notice from the manufacturer for 7 working days: the sales office is asked to chase them.
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(12L * 24 * 3600)));
    awaitTask(instance, "Task_ChaseManufacturer");
    ClockUtil.reset();
    tasklist.login("oscar", "oscar");
    tasklist.work(salesOffice, caseNumber, "向厂方询问提货或发货通知", true,
        () -> tasklist.fillText("厂方的答复", "Pickup is being booked this week"));
    tasklist.work(salesOffice, caseNumber, "录入厂方答复", true, () -> {
      tasklist.chooseRadio("同意换货");
      tasklist.fillDate("新机提货或发货日期", LocalDate.now().plusDays(3));
      tasklist.fillText("厂方答复", "Accepted; pickup booked with the carrier");
    });
    awaitTask(instance, "Task_ShipUnitToManufacturer");

    tasklist.login("walt", "walt");
    tasklist.work(warehouse, caseNumber, "将退回的产品发往厂方", true, () -> {
      tasklist.fillText("承运商", "SF Express");
      tasklist.fillText("运单号", "SF1234567890");
    });
    awaitTask(instance, "Task_DeliverNewUnit");

    tasklist.login("sally", "sally");
    tasklist.work(sales, caseNumber, "交付新机并请客户签收", true, () -> {
      tasklist.fillText("新机编号", "SN-NEW-42");
      tasklist.tick("", "客户已签收新机");
    });

    // The follow-up call is due 24 hours after the delivery: the test plays the job executor.
    Jobs.runDue(managementService, instance);
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(25L * 3600)));
    awaitTask(instance, "Task_FollowUpCall");
    ClockUtil.reset();
    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "换货回访", true,
        () -> tasklist.fillText("满意度", "5"));
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);
  }

  @Test
  @DisplayName("an exchange the regional manager rejects is agreed otherwise with the customer in Tasklist")
  @CompletesForms(
      en = {"exchange-confirm-quality-problem", "exchange-fill-exchange-form", "exchange-negotiate-with-customer",
          "exchange-regional-manager-sign"})
  void rejectedExchangeIsNegotiatedWithTheCustomer() {
    String[] created = newExchange();
    String caseNumber = created[0];
    String instance = created[1];
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("sally", "sally");
    confirmQualityAndFillTheForm(tasklist, caseNumber, instance);
    tasklist.login("rita", "rita");
    sign(tasklist, caseNumber, "驳回", "The fault can be repaired on site");
    awaitTask(instance, "Task_NegotiateWithCustomer");

    tasklist.login("sally", "sally");
    tasklist.work(groupTasks(StaffGroups.SALES), caseNumber, "与客户协商其他解决方案", true, () -> {
      tasklist.chooseRadio("不换货，结案");
      tasklist.fillText("商定内容", "Customer accepts a voucher instead of an exchange");
    });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);
  }

  private void confirmQualityAndFillTheForm(Tasklist tasklist, String caseNumber, String instance) {
    awaitTask(instance, "Task_ConfirmQualityProblem");
    tasklist.work(groupTasks(StaffGroups.SALES), caseNumber, "确认质量问题", true, () -> {
      tasklist.chooseSelect("", "问题原因", "产品质量问题");
      tasklist.fillText("检查结果", "Lid lock spring broken after a week of normal use");
    });
    awaitTask(instance, "Task_FillExchangeForm");
    tasklist.work(groupTasks(StaffGroups.SALES), caseNumber, "填写换货单", true, () -> {
      tasklist.fillText("换货原因", "Lid lock fails after a week; quality fault confirmed by sales");
      tasklist.tick("", "客户保留原包装");
    });
    awaitTask(instance, "Task_SignAsRegionalManager");
  }

  private void sign(Tasklist tasklist, String caseNumber, String decision, String comment) {
    tasklist.work(groupTasks(StaffGroups.REGIONAL_MANAGERS), caseNumber, "换货单签字（区域市场负责人）", true, () -> {
      tasklist.chooseRadio(decision);
      tasklist.fillText("意见或驳回理由", comment);
    });
  }

  private String[] newExchange() {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "exchange", "channel", "dealer",
            "customer", Map.of("name", "Chen Jie", "phone", "13500001234", "email", "chen.jie@example.com"),
            "product", Map.of("model", "Centrifuge C-200", "serialNumber", "SN-EXB-" + System.nanoTime(),
                "purchaseDate", LocalDate.now().minusMonths(2).toString(), "purchaseProof", true),
            "description", "Lid lock fails after a week of use"),
        JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = response.getBody().path("processInstanceId").asText();
    // customer service's first contact beside the exchange (its form has its own browser test)
    awaitTask(instance, FirstContact.CONTACT_CUSTOMER);
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(FirstContact.CONTACT_CUSTOMER).singleResult().getId(),
        Map.of(FirstContact.CONTACT_NOTE, "Called the customer about the exchange"));
    Jobs.runDue(managementService, instance);
    return new String[] {response.getBody().path("caseNumber").asText(), instance};
  }
}
