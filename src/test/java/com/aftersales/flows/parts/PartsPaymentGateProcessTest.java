package com.aftersales.flows.parts;

import static com.aftersales.flows.parts.PartsCaseDriver.DOOR_PANELS;
import static com.aftersales.flows.parts.PartsCaseDriver.START;
import static com.aftersales.flows.parts.PartsCaseDriver.at;
import static com.aftersales.flows.parts.PartsCaseDriver.suffix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.InstalledBase;
import com.aftersales.customers.PaymentTerms;
import com.aftersales.customers.Product;
import com.aftersales.customers.Receivable;
import com.aftersales.customers.Receivables;
import com.aftersales.flows.parts.PartsProcess.Elements;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.mail.Outbox;
import com.aftersales.testsupport.ProcessTest;
import com.aftersales.testsupport.Tasks;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The payment of charged standalone parts (rulebook 002 二(三) 2.1–2.5): parts-approval calls payment-gate with the
 * approved amount, so the customer's credit grade decides. D pays before the parts ship; C pays on delivery and A/B
 * within the limit go on account, the parts ship while finance confirms the payment; over the limit the marketing
 * manager or general manager decides. Every path opens the case's receivable, which the confirmed payment settles.
 * Parts a calling repair bills with its own invoice never reach the gate (000 §1.5.2.3). Engine clock: Monday 2
 * March 2026; two door panels cost 340.00 yuan.
 */
@ProcessTest
class PartsPaymentGateProcessTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired CaseService cases;
  @Autowired CustomerService customers;
  @Autowired InstalledBase installedBase;
  @Autowired PartsService requests;
  @Autowired Receivables receivables;
  @Autowired Outbox outbox;

  PartsCaseDriver walk;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(at(START));
    walk = new PartsCaseDriver(runtimeService, taskService, managementService, historyService, identityService, cases,
        customers, requests, outbox);
  }

  @Test
  @DisplayName("002 二(三) 2.4 (D 级先款后货): a D customer pays the parts before they ship and is not asked to pay"
      + " them again")
  void aGradeDCustomerPaysBeforeThePartsShip() {
    Customer d = walk.customer(CreditGrade.D, "0");
    ProcessInstance instance = approvedRequest(d);

    assertThat(instance).isWaitingAt(Elements.PAYMENT_GATE, Elements.MAKE_PARTS);
    Task advance = walk.gateTask();
    assertThat(advance.getTaskDefinitionKey()).isEqualTo("Task_ConfirmAdvancePayment");
    assertThat(Tasks.candidateGroups(taskService, advance)).containsExactly("finance");
    assertThat(walk.mails("payment-advance-request")).singleElement()
        .satisfies(m -> assertThat(m.body()).contains("340.00"));
    assertThat(receivable().paymentTerms()).isEqualTo(PaymentTerms.PAY_FIRST);

    walk.makeAndBookIn("PG-D");
    // made, not paid: nothing ships
    assertThat(instance).isWaitingAt(Elements.PAYMENT_GATE).hasNotPassed(Elements.ARRANGE_SHIPPING);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.ARRANGE_SHIPPING).count()).isZero();

    walk.completeAs(advance, "fiona", "finance", Map.of("amountPaid", 340L, "paymentReference", "BANK-D-340"));
    assertThat(instance).hasPassed(Elements.PAYMENT_GATE, Elements.RECORD_ADVANCE_PAYMENT)
        .isWaitingAt(Elements.ARRANGE_SHIPPING);
    assertThat(instance).variables().containsEntry("paymentTerms", "payFirst").containsEntry("paidInAdvance", true);
    assertThat(walk.request().paidAmount()).isEqualByComparingTo("340");
    assertThat(walk.request().paymentReference()).isEqualTo("BANK-D-340");
    assertThat(receivable().open()).isZero();

    walk.shipComplete("DN-PG-D");
    assertThat(instance).isEnded().hasNotPassed(Elements.MAIL_PAYMENT_REQUEST, Elements.CONFIRM_PAYMENT);
    assertThat(walk.mails("parts-payment-request")).isEmpty();
  }

  @Test
  @DisplayName("002 二(三) 2.3 (C 级现款现货): a C customer's parts ship without waiting and are paid on delivery;"
      + " the receivable stays open until finance confirms the payment")
  void aGradeCCustomerPaysOnDelivery() {
    Customer c = walk.customer(CreditGrade.C, "0");
    ProcessInstance instance = approvedRequest(c);

    assertThat(instance).hasPassed(Elements.PAYMENT_GATE).isWaitingAt(Elements.CONFIRM_PAYMENT, Elements.MAKE_PARTS);
    assertThat(instance).variables().containsEntry("paymentTerms", "cashOnDelivery")
        .containsEntry("paidInAdvance", false);
    assertThat(walk.gateTask()).isNull();
    assertThat(receivable().paymentTerms()).isEqualTo(PaymentTerms.CASH_ON_DELIVERY);
    assertThat(receivables.openAmount(c.id())).isEqualByComparingTo("340");
    assertThat(walk.mails("parts-payment-request")).singleElement()
        .satisfies(m -> assertThat(m.body()).contains("340.00").contains("货到付款或记账后付款"));

    walk.makeAndBookIn("PG-C");
    assertThat(instance).isWaitingAt(Elements.ARRANGE_SHIPPING, Elements.CONFIRM_PAYMENT);
    walk.shipComplete("DN-PG-C");
    // delivered, payment outstanding: the instance waits for finance
    assertThat(instance).hasPassed(Elements.END_DELIVERED).isWaitingAt(Elements.CONFIRM_PAYMENT);
    assertThat(receivable().open()).isEqualByComparingTo("340");

    walk.complete(Elements.CONFIRM_PAYMENT, Map.of(Vars.PAID_AMOUNT, 340L, Vars.PAYMENT_REFERENCE, "CASH-C-340"));
    assertThat(instance).isEnded().hasPassed(Elements.RECORD_PAYMENT, Elements.END_PAYMENT_COLLECTED);
    assertThat(receivable().open()).isZero();
    assertThat(receivable().paymentReference()).isEqualTo("CASH-C-340");
    assertThat(receivables.openAmount(c.id())).isZero();
  }

  @Test
  @DisplayName("002 二(三) 2.1 (A 级在授信额度内赊账): an A customer within the credit limit gets the parts on"
      + " account; an unpaid account is reminded every 3 working days")
  void aGradeACustomerWithinTheLimitGetsThePartsOnAccount() {
    Customer a = walk.customer(CreditGrade.A, "1000.00");
    ProcessInstance instance = approvedRequest(a);

    assertThat(instance).hasPassed(Elements.PAYMENT_GATE).isWaitingAt(Elements.CONFIRM_PAYMENT, Elements.MAKE_PARTS);
    assertThat(instance).variables().containsEntry("paymentTerms", "onAccount");
    assertThat(receivable().paymentTerms()).isEqualTo(PaymentTerms.ON_ACCOUNT);
    walk.makeAndBookIn("PG-A");
    walk.shipComplete("DN-PG-A");
    assertThat(instance).hasPassed(Elements.END_DELIVERED).isWaitingAt(Elements.CONFIRM_PAYMENT);

    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 3, 5, 10, 0)));
    walk.runJobs();
    assertThat(walk.mails("parts-payment-reminder")).singleElement()
        .satisfies(m -> assertThat(m.body()).contains("340.00"));
    walk.complete(Elements.CONFIRM_PAYMENT, Map.of(Vars.PAID_AMOUNT, 340L, Vars.PAYMENT_REFERENCE, "BANK-A-340"));
    assertThat(instance).isEnded();
    assertThat(receivables.openAmount(a.id())).isZero();
  }

  @Test
  @DisplayName("002 二(三) 2.5 (超过信用限度须向市场部经理或总经理报备): an A customer over the credit limit waits for"
      + " the marketing manager or general manager, who grants the parts on account")
  void aGradeACustomerOverTheLimitNeedsAManagersApproval() {
    Customer a = walk.customer(CreditGrade.A, "100.00");
    ProcessInstance instance = approvedRequest(a);

    Task overLimit = walk.gateTask();
    assertThat(overLimit.getTaskDefinitionKey()).isEqualTo("Task_ApproveOverLimit");
    assertThat(Tasks.candidateGroups(taskService, overLimit))
        .containsExactlyInAnyOrder("marketing-managers", "general-manager");
    walk.makeAndBookIn("PG-A-OVER");
    assertThat(instance).isWaitingAt(Elements.PAYMENT_GATE).hasNotPassed(Elements.ARRANGE_SHIPPING);

    walk.completeAs(overLimit, "mark", "marketing-managers",
        Map.of("overLimitDecision", "onAccount", "overLimitNote", "老客户，下月回款"));
    assertThat(instance).hasPassed(Elements.PAYMENT_GATE)
        .isWaitingAt(Elements.ARRANGE_SHIPPING, Elements.CONFIRM_PAYMENT);
    assertThat(receivable().paymentTerms()).isEqualTo(PaymentTerms.OVER_LIMIT);
    assertThat(receivables.openAmount(a.id())).isEqualByComparingTo("340");
    assertThat(walk.records()).anySatisfy(r ->
        assertThat(r.note()).isEqualTo("Over the credit limit: onAccount; 老客户，下月回款"));
  }

  @Test
  @DisplayName("000 §1.5.2.3 (一案一单): parts a chargeable repair bills with its own quote and invoice pass no payment"
      + " gate and open no receivable of their own; a line charged by its own decision (000 第五篇 一1) goes on the"
      + " repair's invoice too")
  void partsBilledByTheRepairsInvoiceNeverReachTheGate() {
    String deployment = repositoryService.createDeployment().name("parts-billed-caller-test")
        .addClasspathResource("parts/parts-billed-caller-test.bpmn").deploy().getId();
    try {
      Customer d = walk.customer(CreditGrade.D, "0");
      String model = "PG-REPAIRED-" + suffix();
      // bought in 2023: out of warranty, so the door panels' own decision charges them
      Product product = installedBase.register(d.id(), new InstalledBase.Registration(model, "PG-SN-" + suffix(),
          LocalDate.of(2023, 12, 1), null, null, "dealer"), LocalDate.of(2026, 3, 2));
      String caseNumber = walk.openCase(d, model, product.serialNumber(), product.id());
      Map<String, Object> vars = new HashMap<>();
      vars.put("caseNumber", caseNumber);
      vars.put("customerId", d.id());
      vars.put("customerName", d.name());
      vars.put("productModel", model);
      vars.put("coverage", "chargeable");
      vars.put("partsCost", "340.00");
      vars.put(Vars.PARTS_LINES, "[" + DOOR_PANELS + "]");
      ProcessInstance caller = runtimeService.startProcessInstanceByKey("parts-billed-caller-test", caseNumber, vars);
      walk.instance = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
      walk.runJobs();
      assertThat(walk.instance).isWaitingAt(Elements.REVIEW).hasPassed(Elements.DECIDE_PART_WARRANTY);
      walk.approve();

      assertThat(walk.instance).hasPassed(Elements.RECORD_BILLED_WITH_CASE).hasNotPassed(Elements.PAYMENT_GATE);
      assertThat(walk.gateTask()).isNull();
      assertThat(receivables.ofCase(caseNumber)).isEmpty();
      walk.makeAndBookIn("PG-R");
      walk.shipComplete("DN-PG-R");
      assertThat(caller).isEnded();
      assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("payment-gate")
          .processInstanceBusinessKey(caseNumber).count()).isZero();
    } finally {
      repositoryService.deleteDeployment(deployment, true, true);
    }
  }

  /** A standalone request for two door panels (340.00 yuan), recorded and approved. */
  private ProcessInstance approvedRequest(Customer customer) {
    String model = "PG-WARDROBE-" + suffix();
    walk.openCase(customer, model, null, null);
    ProcessInstance instance = walk.start(customer, model, DOOR_PANELS);
    walk.approve();
    assertThat(instance).variables().containsEntry(Vars.CHARGEABLE, true)
        .containsEntry(Vars.PARTS_TOTAL_AMOUNT, "340.00");
    return instance;
  }

  private Receivable receivable() {
    return receivables.ofCase(walk.caseNumber).orElseThrow();
  }
}
