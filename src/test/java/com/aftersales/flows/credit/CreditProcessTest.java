package com.aftersales.flows.credit;

import com.aftersales.testsupport.EngineClock;
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
import com.aftersales.customers.CustomerRepository;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.PaymentTerms;
import com.aftersales.customers.Receivables;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.engine.TaskInputRejectedException;
import com.aftersales.flows.credit.CreditProcess.GateElements;
import com.aftersales.flows.credit.CreditProcess.ReviewElements;
import com.aftersales.flows.credit.CreditProcess.ScanElements;
import com.aftersales.flows.credit.CreditProcess.Vars;
import com.aftersales.mail.Outbox;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.Tasks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The credit flows with the real delegates, archive, receivables and outbox: the daily scan opens due reviews, a
 * review records a grade per the rulebook's periods, and the payment gate takes each path of payment-terms.dmn.
 * The engine clock stands on Monday 7 December 2026, 09:00 (company zone).
 */
@ProcessTest
class CreditProcessTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 9, 0);

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CustomerService customers;
  @Autowired CustomerRepository customerRepository;
  @Autowired Receivables receivables;
  @Autowired CaseService cases;
  @Autowired Outbox outbox;
  @Autowired CreditService credit;

  @BeforeEach
  void setUp() {
    EngineClock.set(at(NOW));
  }

  // ---- the daily scan and the review ------------------------------------------------------------

  @Test
  @DisplayName("002 二(三) 3.2.3: the morning scan opens one review per customer whose review date has come, once")
  void theDailyScanOpensDueReviewsOnce() {
    Customer due = customer(CreditGrade.B, "10000.00", LocalDate.of(2026, 12, 7));
    Customer overdue = customer(CreditGrade.C, "0", LocalDate.of(2026, 11, 20));
    Customer notYet = customer(CreditGrade.A, "50000.00", LocalDate.of(2026, 12, 8));
    Job timer = managementService.createJobQuery().processDefinitionKey(CreditProcess.SCAN_KEY).timers()
        .singleResult();
    assertThat(timer).as("the daily start timer is scheduled").isNotNull();

    for (int run = 0; run < 2; run++) {
      ProcessInstance scan = runtimeService.startProcessInstanceByKey(CreditProcess.SCAN_KEY);
      assertThat(scan).isWaitingAt(ScanElements.OPEN_DUE_REVIEWS);
      Jobs.runDue(managementService, scan.getId());
      assertThat(scan).isEnded();
    }

    assertThat(reviews(due)).hasSize(1);
    assertThat(reviews(overdue)).hasSize(1);
    assertThat(reviews(notYet)).isEmpty();
    ProcessInstance review = reviews(due).get(0);
    assertThat(review.getBusinessKey()).isEqualTo("CR-" + due.id() + "-2026-12-07");
    assertThat(review).isWaitingAt(ReviewElements.REVIEW).hasPassed(ReviewElements.PREPARE);
    Task task = taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
    assertThat(Tasks.candidateGroups(taskService, task)).containsExactlyInAnyOrder("customer-service", "finance");
    assertThat(task.getDueDate()).isNotNull();
  }

  @Test
  @DisplayName("002 二(三) 3.2: the review shows payments and open amounts and records grade, limit and next date")
  void aReviewRecordsTheNewGradeIntoTheCreditHistory() {
    Customer customer = customer(CreditGrade.B, "10000.00", LocalDate.of(2026, 12, 7));
    String caseNumber = openCase(customer);
    receivables.open(customer.id(), caseNumber, new BigDecimal("1200.00"), PaymentTerms.ON_ACCOUNT,
        at(NOW.minusDays(3)).toInstant());
    ProcessInstance review = startReview(customer);

    assertThat(review).variables().containsEntry(Vars.CUSTOMER_NAME, customer.name())
        .containsEntry(Vars.CREDIT_GRADE, "B").containsEntry(Vars.CREDIT_LIMIT, "10000.00")
        .containsEntry(Vars.OPEN_AMOUNT, "1200.00");
    assertThat((String) runtimeService.getVariable(review.getId(), Vars.PAYMENT_HISTORY))
        .isEqualTo(caseNumber + "  2026-12-04  应收 1200.00 元  未付 1200.00 元");

    assertThatThrownBy(() -> complete(review, "fiona", "finance", Map.of(Vars.NEW_CREDIT_GRADE, "B",
        Vars.NEW_CREDIT_LIMIT, 20000L, Vars.NEXT_CREDIT_REVIEW, "2027-06-07",
        Vars.REVIEW_REPORT, "按时付款，建议提高额度")))
        .isInstanceOf(TaskInputRejectedException.class).hasMessageContaining("nextCreditReview");
    assertThat(review).isWaitingAt(ReviewElements.REVIEW);

    complete(review, "fiona", "finance", Map.of(Vars.NEW_CREDIT_GRADE, "A", Vars.NEW_CREDIT_LIMIT, 30000.5,
        Vars.REVIEW_REPORT, "银行调查良好，按时付款，升为 A 级"));

    assertThat(review).isEnded().hasPassed(ReviewElements.RECORD, ReviewElements.END_REVIEWED);
    Customer after = customers.get(customer.id());
    assertThat(after.creditGrade()).isEqualTo(CreditGrade.A);
    assertThat(after.creditLimit()).isEqualByComparingTo("30000.50");
    assertThat(after.nextCreditReview()).isEqualTo(LocalDate.of(2027, 6, 7));
    assertThat(customerRepository.creditHistory(customer.id())).last().satisfies(line -> {
      assertThat(line.reason()).isEqualTo("信用评审 CR-" + customer.id() + "-2026-12-07: 银行调查良好，按时付款，升为 A 级");
      assertThat(line.changedBy()).isEqualTo("fiona");
    });
  }

  // ---- the payment gate -------------------------------------------------------------------------

  @Test
  @DisplayName("002 二(三) 2.1/2.3: an A customer within the limit and a C customer start the work at once")
  void withinTheLimitOrCashOnDeliveryTheWorkStarts() {
    Customer a = customer(CreditGrade.A, "5000.00", LocalDate.of(2027, 6, 1));
    Customer c = customer(CreditGrade.C, "0", LocalDate.of(2027, 1, 1));

    ProcessInstance onAccount = gate(a, "5000.00");
    ProcessInstance cash = gate(c, "350.00");

    assertThat(onAccount).isEnded().hasPassed(GateElements.CHECK_CREDIT, GateElements.DECIDE_TERMS,
        GateElements.OPEN_RECEIVABLE, GateElements.END_GRANTED).hasNotPassed(GateElements.APPROVE_OVER_LIMIT);
    assertThat(historic(onAccount, Vars.PAYMENT_TERMS)).isEqualTo("onAccount");
    assertThat(historic(cash, Vars.PAYMENT_TERMS)).isEqualTo("cashOnDelivery");
    assertThat(cash).isEnded().hasPassed(GateElements.END_GRANTED);
    assertThat(receivables.openAmount(a.id())).isEqualByComparingTo("5000.00");
    assertThat(receivables.openAmount(c.id())).isEqualByComparingTo("350.00");
  }

  @Test
  @DisplayName("002 二(三) 2.5: over the limit the marketing manager or general manager grants it on account")
  void overTheLimitAManagerGrantsIt() {
    Customer b = customer(CreditGrade.B, "1000.00", LocalDate.of(2027, 3, 1));
    ProcessInstance gate = gate(b, "1000.01");

    assertThat(gate).isWaitingAt(GateElements.APPROVE_OVER_LIMIT);
    Task task = taskService.createTaskQuery().processInstanceId(gate.getId()).singleResult();
    assertThat(Tasks.candidateGroups(taskService, task))
        .containsExactlyInAnyOrder("marketing-managers", "general-manager");
    assertThat(gate).variables().containsEntry(Vars.WITHIN_CREDIT_LIMIT, false)
        .containsEntry(Vars.REMAINING_CREDIT, "1000.00");
    complete(gate, "mark", "marketing-managers", Map.of(Vars.OVER_LIMIT_DECISION, "onAccount",
        Vars.OVER_LIMIT_NOTE, "老客户，下月回款"));

    assertThat(gate).isEnded().hasPassed(GateElements.RECORD_OVER_LIMIT_DECISION, GateElements.END_GRANTED)
        .hasNotPassed(GateElements.CONFIRM_ADVANCE_PAYMENT);
    assertThat(cases.records(gate.getBusinessKey())).anySatisfy(r ->
        assertThat(r.note()).isEqualTo("Over the credit limit: onAccount; 老客户，下月回款"));
  }

  @Test
  @DisplayName("002 二(三) 2.4/2.5: a D customer, and one a manager asks to, pays first before the work starts")
  void payFirstWaitsForFinanceToConfirmThePayment() {
    Customer d = customer(CreditGrade.D, "0", LocalDate.of(2027, 1, 1));
    Customer b = customer(CreditGrade.B, "100.00", LocalDate.of(2027, 3, 1));
    ProcessInstance payFirst = gate(d, "800.00");
    ProcessInstance refused = gate(b, "800.00");
    complete(refused, "grace", "general-manager", Map.of(Vars.OVER_LIMIT_DECISION, "payFirst",
        Vars.OVER_LIMIT_NOTE, "已逾期未付，先付款"));

    for (ProcessInstance gate : List.of(payFirst, refused)) {
      assertThat(gate).isWaitingAt(GateElements.CONFIRM_ADVANCE_PAYMENT)
          .hasPassed(GateElements.MAIL_ADVANCE_PAYMENT_REQUEST);
      assertThat(outbox.forCase(gate.getBusinessKey())).anySatisfy(m -> {
        assertThat(m.template()).isEqualTo("payment-advance-request");
        assertThat(m.body()).contains("800.00");
      });
      Task task = taskService.createTaskQuery().processInstanceId(gate.getId()).singleResult();
      assertThat(Tasks.candidateGroups(taskService, task)).containsExactly("finance");
      complete(gate, "fiona", "finance", Map.of(Vars.AMOUNT_PAID, 800L, Vars.PAYMENT_REFERENCE, "BANK-800"));
      assertThat(gate).isEnded().hasPassed(GateElements.RECORD_ADVANCE_PAYMENT, GateElements.END_PAID_FIRST);
      assertThat(historic(gate, Vars.PAID_IN_ADVANCE)).isEqualTo(true);
      assertThat(receivables.ofCase(gate.getBusinessKey()).orElseThrow().open()).isZero();
    }
    assertThat(receivables.openAmount(d.id())).isZero();
  }

  // ---- helpers ----------------------------------------------------------------------------------

  Customer customer(CreditGrade grade, String limit, LocalDate nextReview) {
    String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    return customers.create(new NewCustomer(CustomerKind.ORGANISATION, "信用测试 " + phone, "王经理", phone,
        phone + "@example.cn", null, "华东", "sally", Classification.NORMAL, grade, new BigDecimal(limit), nextReview, SecrecyLevel.SECRET),
        "credit-test", "信用流程测试");
  }

  String openCase(Customer customer) {
    return cases.open(new NewCase("REPAIR", "phone", customer.name(), customer.phone(), null, null, "LX-200", null,
        null, null, "信用测试", null, null, customer.id(), null)).caseNumber();
  }

  List<ProcessInstance> reviews(Customer customer) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CreditProcess.REVIEW_KEY)
        .variableValueEquals(Vars.CUSTOMER_ID, customer.id()).list();
  }

  ProcessInstance startReview(Customer customer) {
    String id = CreditService.reviewId(customer.id(), LocalDate.of(2026, 12, 7));
    return runtimeService.startProcessInstanceByKey(CreditProcess.REVIEW_KEY, id,
        Map.of(Vars.CUSTOMER_ID, customer.id(), Vars.REVIEW_ID, id, Vars.REVIEW_DUE_ON, "2026-12-07"));
  }

  ProcessInstance gate(Customer customer, String amount) {
    String caseNumber = openCase(customer);
    Map<String, Object> vars = new HashMap<>();
    vars.put(Vars.CASE_NUMBER, caseNumber);
    vars.put(Vars.CUSTOMER_ID, customer.id());
    vars.put(Vars.CUSTOMER_NAME, customer.name());
    vars.put("productModel", "LX-200");
    vars.put(Vars.PAYMENT_AMOUNT, amount);
    ProcessInstance gate = runtimeService.startProcessInstanceByKey(CreditProcess.GATE_KEY, caseNumber, vars);
    Jobs.runDue(managementService, gate.getId());
    return gate;
  }

  void complete(ProcessInstance instance, String user, String group, Map<String, Object> variables) {
    Tasks.completeAs(identityService, taskService, Tasks.only(taskService, instance.getId()), user, group, variables);
    Jobs.runDue(managementService, instance.getId());
  }

  Object historic(ProcessInstance instance, String name) {
    return processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }

  static Date at(LocalDateTime time) {
    return EngineClock.at(time, ZoneId.of("Asia/Shanghai"));
  }
}
