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
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.Vars;
import com.aftersales.security.StaffGroups;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finance's payment form of a repair (repair-record-payment) shows what the invoice bills, not the quote: in a warranty
 * repair whose door panels were charged by their own ended term (000 第五篇 一1) there is no quote at all.
 */
class TasklistRepairInvoiceBrowserTest extends BrowserScenario {

  @Autowired RuntimeService runtimeService;
  @Autowired CustomerService customers;
  @Autowired CaseService cases;

  @Test
  @CompletesForms(en = {"repair-record-payment"})
  @DisplayName("000 第五篇 一1: finance sees the invoice amount of the parts charged by their own term in a warranty"
      + " repair and records the payment of it")
  void recordPaymentFormShowsTheInvoiceAmount() {
    String phone = "133" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    Customer customer = customers.create(new NewCustomer(CustomerKind.PERSON, "发票浏览器测试 " + phone, null, phone,
        phone + "@example.cn", null, "华东", null, Classification.NORMAL, CreditGrade.C, BigDecimal.ZERO,
        LocalDate.now().plusMonths(1), SecrecyLevel.SECRET), "invoice-browser-test", "发票表单浏览器测试");
    String caseNumber = cases.open(new NewCase("REPAIR", "phone", customer.name(), null, null, null, "WARDROBE-2",
        null, null, true, "门板变形", null, null, customer.id(), null)).caseNumber();
    Map<String, Object> vars = new HashMap<>();
    vars.put("caseNumber", caseNumber);
    vars.put("customerName", customer.name());
    vars.put("customerId", customer.id());
    vars.put("productModel", "WARDROBE-2");
    vars.put(Vars.COVERAGE, "warranty");
    vars.put(Vars.INVOICE_LABOUR, "0.00");
    vars.put(Vars.INVOICE_PARTS, "340.00");
    vars.put(Vars.INVOICE_TOTAL, "340.00");
    String repair = runtimeService.createProcessInstanceByKey(RepairProcess.PROCESS_KEY).businessKey(caseNumber)
        .setVariables(vars).startBeforeActivity(Elements.RECORD_PAYMENT).execute().getId();
    awaitTask(repair, Elements.RECORD_PAYMENT);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("fiona", "fiona");
    tasklist.work(groupTasks(StaffGroups.FINANCE), caseNumber, "录入客户付款", true, () -> {
      browser.waitFor(d -> "340.00".equals(
          browser.visible(By.xpath(Tasklist.field("发票金额") + "//input")).getAttribute("value")));
      tasklist.fillText("实付金额", "340");
      tasklist.fillText("付款凭证号", "BANK-D340");
    });
    browser.waitFor(d -> cases.records(caseNumber).stream()
        .anyMatch(r -> RepairProcess.Actions.PAYMENT.equals(r.action())));
    assertThat(cases.records(caseNumber)).filteredOn(r -> RepairProcess.Actions.PAYMENT.equals(r.action()))
        .extracting(ServiceRecord::fee).singleElement()
        .satisfies(fee -> assertThat(fee).isEqualByComparingTo(new BigDecimal("340")));
  }
}
