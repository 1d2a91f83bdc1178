package com.aftersales.flows.repair;

import com.aftersales.testsupport.RepairCases;
import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.Mails;
import com.aftersales.testsupport.ProcessTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.DamageCause;
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
import com.aftersales.flows.repair.RepairProcess.Actions;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import com.aftersales.flows.repair.RepairProcess.Resolution;
import com.aftersales.flows.repair.RepairProcess.Vars;
import com.aftersales.mail.Outbox;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.Tasks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
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
 * The payment section of the repair flow: the credit grade decides how a chargeable repair is paid (payment-gate
 * called after the accepted quote), and an unpaid invoice is reminded and chased (000 §1.5.4), with the engine clock.
 */
@ProcessTest
class RepairPaymentProcessTest {

  /** Monday 2 March 2026, 09:00: no holidays in the following weeks, so working days are weekdays. */
  static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CaseService cases;
  @Autowired CustomerService customers;
  @Autowired Receivables receivables;
  @Autowired Outbox outbox;

  ProcessInstance instance;
  String caseNumber;

  @BeforeEach
  void setUp() {
    EngineClock.set(at(START));
  }

  @Test
  @DisplayName("002 二(三) 2.4: a D customer pays the accepted quote before dispatch and is not asked to pay again")
  void aPayFirstCustomerPaysBeforeTheWorkStarts() {
    start(customer(CreditGrade.D, "0"));
    quoteAndAccept();

    assertThat(instance).isWaitingAt(Elements.PAYMENT_GATE).hasNotPassed(Elements.DISPATCH_ENGINEER);
    Task advance = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("payment-gate").singleResult();
    assertThat(advance.getTaskDefinitionKey()).isEqualTo("Task_ConfirmAdvancePayment");
    assertThat(mails("payment-advance-request")).singleElement()
        .satisfies(m -> assertThat(m.body()).contains("350"));
    taskService.complete(advance.getId(), Map.of("amountPaid", 350L, "paymentReference", "BANK-D1"));
    runDueJobs();

    assertThat(instance).hasPassed(Elements.PAYMENT_GATE).isWaitingAt(Elements.DISPATCH_ENGINEER);
    assertThat(instance).variables().containsEntry("paidInAdvance", true).containsEntry("paymentTerms", "payFirst");
    repairAndSignOff();

    assertThat(instance).hasPassed(Elements.REQUEST_INVOICE).hasNotPassed(Elements.RECORD_PAYMENT);
    assertThat(receivables.ofCase(caseNumber).orElseThrow().open()).isZero();
  }

  @Test
  @DisplayName("000 §1.5.4: an unpaid invoice is reminded every 5 working days and after 3 reminders customer service or finance chase it")
  void anUnpaidInvoiceIsRemindedAndChased() {
    Customer c = customer(CreditGrade.C, "0");
    start(c);
    quoteAndAccept();
    assertThat(instance).isWaitingAt(Elements.DISPATCH_ENGINEER);
    repairAndSignOff();
    assertThat(instance).isWaitingAt(Elements.RECORD_PAYMENT);
    assertThat(receivables.openAmount(c.id())).isEqualByComparingTo("350");

    for (int reminder = 1; reminder <= 3; reminder++) {
      assertThat(mails("repair-payment-reminder")).hasSize(reminder - 1);
      moveClockDays(7);
      assertThat(mails("repair-payment-reminder")).hasSize(reminder);
    }
    assertThat(instance).hasPassed(Elements.TIMER_PAYMENT_REMINDER, Elements.SEND_PAYMENT_REMINDER);
    assertThat(mails("repair-payment-reminder")).allSatisfy(m -> assertThat(m.body()).contains(caseNumber));
    Task chase = task(Elements.CHASE_PAYMENT);
    assertThat(Tasks.candidateGroups(taskService, chase)).containsExactlyInAnyOrder("customer-service", "finance");
    assertThat(runtimeService.getVariable(instance.getId(), Vars.PAYMENT_REMINDERS)).isEqualTo(3);
    taskService.complete(chase.getId(), Map.of(Vars.PAYMENT_CHASE_NOTE, "客户承诺本周五付款"));
    moveClockDays(7);
    assertThat(mails("repair-payment-reminder")).hasSize(4);
    assertThat(task(Elements.CHASE_PAYMENT)).as("one chase, not one per reminder").isNull();

    taskService.complete(task(Elements.RECORD_PAYMENT).getId(),
        Map.of(Vars.AMOUNT_PAID, 350L, Vars.PAYMENT_REFERENCE, "BANK-C1"));
    runDueJobs();
    moveClockDays(7);
    assertThat(mails("repair-payment-reminder")).as("no reminder once paid").hasSize(4);
    assertThat(cases.records(caseNumber)).extracting(ServiceRecord::action).contains(Actions.PAYMENT_CHASED);
    assertThat(cases.records(caseNumber)).filteredOn(r -> Actions.PAYMENT_CHASED.equals(r.action()))
        .singleElement().satisfies(r -> assertThat(r.note()).isEqualTo("Not paid after 3 reminders; 客户承诺本周五付款"));
    assertThat(receivables.openAmount(c.id())).isZero();
  }

  // ---- steps ------------------------------------------------------------------------------------

  Customer customer(CreditGrade grade, String limit) {
    String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    return customers.create(new NewCustomer(CustomerKind.PERSON, "付款测试 " + phone, "付款测试", phone,
        phone + "@example.cn", null, "华东", null, Classification.NORMAL, grade, new BigDecimal(limit),
        LocalDate.of(2026, 4, 1), SecrecyLevel.SECRET), "repair-payment-test", "维修付款流程测试");
  }

  void start(Customer customer) {
    caseNumber = cases.open(new NewCase("REPAIR", "phone", customer.name(), customer.phone(), customer.email(), null,
        "LX-200 analyser", "SN-" + customer.phone(), LocalDate.of(2025, 1, 10), true, "Does not power on", null,
        null, customer.id(), null)).caseNumber();
    Map<String, Object> vars = new HashMap<>();
    vars.put(CaseVariables.CASE_NUMBER, caseNumber);
    vars.put(CaseVariables.CASE_TYPE, "REPAIR");
    vars.put(CaseVariables.CHANNEL, "phone");
    vars.put(CaseVariables.CUSTOMER_NAME, customer.name());
    vars.put(CaseVariables.CUSTOMER_ID, customer.id());
    vars.put(CaseVariables.PRODUCT_MODEL, "LX-200 analyser");
    vars.put(CaseVariables.SERIAL_NUMBER, "SN-" + customer.phone());
    vars.put(CaseVariables.PURCHASE_DATE, "2025-01-10");
    vars.put(CaseVariables.PURCHASE_PROOF, true);
    vars.put(CaseVariables.DESCRIPTION, "Does not power on");
    vars.put(CaseVariables.RESPONSE_DUE_AT, at(START.plusDays(1)));
    instance = runtimeService.startProcessInstanceByKey(RepairProcess.PROCESS_KEY, caseNumber, vars);
    cases.attachProcessInstance(caseNumber, instance.getId());
    runDueJobs();
  }

  /** Human damage: chargeable, quoted 200 labour + 150 parts, accepted. */
  void quoteAndAccept() {
    complete(Elements.ASSESS_REQUEST, Map.of(Vars.RESOLUTION, Resolution.ON_SITE.code(),
        Vars.DAMAGE_CAUSE, DamageCause.HUMAN.code(), Vars.ASSESSMENT_NOTES, "Dropped during transport"));
    // labour-rate.dmn: an intermediate engineer's standard repair is 200 yuan
    complete(Elements.PREPARE_QUOTE, Map.of(Vars.REPAIR_DIFFICULTY, "standard", Vars.PARTS_COST, 150L,
        Vars.QUOTE_NOTES, "Power supply board"));
    complete(Elements.OBTAIN_QUOTE_ANSWER, Map.of(Vars.QUOTE_ANSWER, "accepted"));
  }

  void repairAndSignOff() {
    complete(Elements.DISPATCH_ENGINEER, Map.of(Vars.ENGINEER, "eric", Vars.APPOINTMENT, "2026-03-03T10:00Z"));
    complete(Elements.DIAGNOSE_ON_SITE, Map.of(Vars.FAULTS_FOUND, "Power supply board faulty",
        Vars.DAMAGE_CAUSE, DamageCause.HUMAN.code(), Vars.REPAIR_ROUTE, RepairRoute.ON_SITE.code(),
        Vars.PARTS_NEEDED, "1x PSU-200", Vars.REPAIR_DIFFICULTY, "standard"));
    complete(Elements.REPAIR_ON_SITE, RepairCases.repaired("Replaced the board"));
    complete(Elements.WRITE_REPAIR_REPORT, Map.of(Vars.FAULTS_FOUND, "Power supply board faulty",
        Vars.PARTS_REPLACED, "PSU-200", Vars.OLD_PARTS, "returned", Vars.REPORT_NOTES, "Tested"));
    complete(Elements.APPROVE_REPAIR_REPORT, Map.of(Vars.REPORT_APPROVAL, "approved"));
    complete(Elements.OBTAIN_SIGN_OFF, RepairCases.signedOff("resolved", "Works"));
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

  void moveClockDays(int days) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + days * 86_400_000L));
    runDueJobs();
  }

  void runDueJobs() {
    Jobs.runDueOfCase(runtimeService, managementService, caseNumber);
  }

  List<OutboxEntry> mails(String template) {
    return Mails.of(outbox, caseNumber, template);
  }

  static Date at(LocalDateTime time) {
    return EngineClock.at(time);
  }
}
