package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.Receivables;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.flows.credit.CreditProcess;
import com.aftersales.flows.credit.CreditProcess.GateElements;
import com.aftersales.flows.credit.CreditProcess.ReviewElements;
import com.aftersales.flows.credit.CreditService;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.security.StaffGroups;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The credit forms (credit-review, payment-over-limit, payment-advance, repair-chase-payment) opened and completed
 * in Tasklist by finance, the marketing manager and customer service. Each task is claimed for the person beforehand (Tasklist's
 * Claim is proved by the case flows' browser tests) and opened from the group's list or by its link.
 */
class TasklistCreditBrowserTest extends BrowserScenario {

  @Autowired RuntimeService runtimeService;
  @Autowired CustomerService customers;
  @Autowired CaseService cases;
  @Autowired Receivables receivables;

  @Test
  @DisplayName("finance records a credit review, the marketing manager grants an over-limit amount, finance confirms a prepayment")
  @CompletesForms(en = {"credit-review", "payment-advance", "payment-over-limit"})
  void creditFormsAreCompletedInTasklist() {
    Customer reviewed = customer(CreditGrade.B, "10000.00");
    String reviewId = CreditService.reviewId(reviewed.id(), LocalDate.now());
    String review = runtimeService.startProcessInstanceByKey(CreditProcess.REVIEW_KEY, reviewId,
        Map.of(CreditProcess.Vars.CUSTOMER_ID, reviewed.id(), CreditProcess.Vars.REVIEW_ID, reviewId,
            CreditProcess.Vars.REVIEW_DUE_ON, LocalDate.now().toString())).getId();
    awaitTask(review, ReviewElements.REVIEW);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("fiona", "fiona");
    claimFor(review, "fiona");
    tasklist.work(groupTasks(StaffGroups.FINANCE), reviewId, "客户信用评审", false, () -> {
      tasklist.chooseSelect("新的信用等级", "A 级：授信额度内赊账");
      tasklist.fillText("新的授信额度", "30000");
      tasklist.fillText("信用调查报告", "银行调查良好，一年内按时付款，升为 A 级");
    });
    browser.waitFor(d -> customers.get(reviewed.id()).creditGrade() == CreditGrade.A);
    assertThat(customers.get(reviewed.id()).creditLimit()).isEqualByComparingTo("30000");

    Customer payFirst = customer(CreditGrade.D, "0");
    String prepaidCase = openCase(payFirst);
    String prepaid = gate(payFirst, prepaidCase, "800.00");
    awaitTask(prepaid, GateElements.CONFIRM_ADVANCE_PAYMENT);
    claimFor(prepaid, "fiona");
    tasklist.work(groupTasks(StaffGroups.FINANCE), prepaidCase, "确认客户已预付", false, () -> {
      tasklist.fillText("实付金额", "800");
      tasklist.fillText("付款凭证号", "BANK-B800");
    });
    browser.waitFor(d -> receivables.ofCase(prepaidCase).orElseThrow().paidAt() != null);

    Customer overLimit = customer(CreditGrade.B, "100.00");
    String overCase = openCase(overLimit);
    String over = gate(overLimit, overCase, "500.00");
    awaitTask(over, GateElements.APPROVE_OVER_LIMIT);
    tasklist.login("mark", "mark");
    claimFor(over, "mark");
    tasklist.work(groupTasks(StaffGroups.MARKETING_MANAGERS), overCase, "超信用额度报备审批", false, () -> {
      tasklist.chooseRadio("同意赊账，开始工作");
      tasklist.fillText("说明", "老客户，下月回款");
    });
    browser.waitFor(d -> runtimeService.createProcessInstanceQuery().processInstanceId(over).count() == 0);
    assertThat(cases.records(overCase)).extracting(ServiceRecord::note)
        .contains("Over the credit limit: onAccount; 老客户，下月回款");
  }

  @Test
  @DisplayName("000 §1.5.4: customer service records what a customer who did not pay after the reminders agreed")
  @CompletesForms(en = {"repair-chase-payment"})
  void chasePaymentFormIsCompletedInTasklist() {
    Customer customer = customer(CreditGrade.C, "0");
    String caseNumber = openCase(customer);
    Map<String, Object> vars = new HashMap<>();
    vars.put("caseNumber", caseNumber);
    vars.put("customerName", customer.name());
    vars.put("customerId", customer.id());
    vars.put("productModel", "LX-200");
    vars.put(RepairProcess.Vars.INVOICE_TOTAL, "350.00");
    vars.put(RepairProcess.Vars.PAYMENT_REMINDERS, 3);
    String repair = runtimeService.createProcessInstanceByKey(RepairProcess.PROCESS_KEY).businessKey(caseNumber)
        .setVariables(vars).startBeforeActivity(RepairProcess.Elements.CHASE_PAYMENT).execute().getId();
    awaitTask(repair, RepairProcess.Elements.CHASE_PAYMENT);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    claimFor(repair, "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "跟进未付款的客户", false, () -> {
      // what the invoice bills (flows.repair.RepairInvoice), not the quote
      browser.waitFor(d -> "350.00".equals(browser.visible(org.openqa.selenium.By.xpath(
          Tasklist.field("发票金额") + "//input")).getAttribute("value")));
      tasklist.fillText("与客户联系的结果", "客户承诺本周五付款");
    });
    browser.waitFor(d -> cases.records(caseNumber).stream()
        .anyMatch(r -> RepairProcess.Actions.PAYMENT_CHASED.equals(r.action())));
    assertThat(cases.records(caseNumber)).extracting(ServiceRecord::note)
        .contains("Not paid after 3 reminders; 客户承诺本周五付款");
  }

  private Customer customer(CreditGrade grade, String limit) {
    return customer(customers, grade, limit);
  }

  /** An organisation of the given credit grade and limit in the archive. */
  static Customer customer(CustomerService customers, CreditGrade grade, String limit) {
    String phone = "134" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    return customers.create(new NewCustomer(CustomerKind.ORGANISATION, "信用浏览器测试 " + phone, "王经理", phone,
        phone + "@example.cn", null, "华东", "sally", Classification.NORMAL, grade, new BigDecimal(limit),
        LocalDate.now().plusMonths(1), SecrecyLevel.SECRET), "credit-browser-test", "信用表单浏览器测试");
  }

  private String openCase(Customer customer) {
    return cases.open(new NewCase("REPAIR", "phone", customer.name(), customer.phone(), customer.email(), null,
        "LX-200", null, null, null, "信用表单测试", null, null, customer.id(), null)).caseNumber();
  }

  private String gate(Customer customer, String caseNumber, String amount) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CreditProcess.Vars.CASE_NUMBER, caseNumber);
    vars.put(CreditProcess.Vars.CUSTOMER_ID, customer.id());
    vars.put(CreditProcess.Vars.CUSTOMER_NAME, customer.name());
    vars.put("productModel", "LX-200");
    vars.put(CreditProcess.Vars.PAYMENT_AMOUNT, amount);
    return runtimeService.startProcessInstanceByKey(CreditProcess.GATE_KEY, caseNumber, vars).getId();
  }

  private void claimFor(String instance, String user) {
    taskService.claim(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(), user);
  }
}
