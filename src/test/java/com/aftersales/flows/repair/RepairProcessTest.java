package com.aftersales.flows.repair;

import com.aftersales.testsupport.RepairCases;
import com.aftersales.testsupport.ProcessTest;
import static com.aftersales.testsupport.EngineClock.at;

import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.Mails;
import com.aftersales.testsupport.Staff;
import com.aftersales.testsupport.Tasks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.CaseLinks;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.DamageCause;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.parts.PartLine;
import com.aftersales.flows.parts.PartsProcess;
import com.aftersales.flows.parts.PartsRequest;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.flows.repair.RepairProcess.Actions;
import com.aftersales.flows.repair.RepairProcess.Coverage;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import com.aftersales.flows.repair.RepairProcess.Resolution;
import com.aftersales.flows.repair.RepairProcess.Status;
import com.aftersales.flows.repair.RepairProcess.Vars;
import com.aftersales.mail.Outbox;
import com.aftersales.stock.Booking;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.Part;
import com.aftersales.stock.StockService;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.reports.sla.RepairCycleCommitment;
import com.aftersales.reports.sla.RepairCycleExtendedCommitment;
import com.aftersales.reports.sla.SlaCase;
import com.aftersales.reports.sla.SlaPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import com.aftersales.stock.Part;
import com.aftersales.stock.StaffTasks;
import com.aftersales.stock.StockScenario;
import com.aftersales.stock.StockService;
import org.camunda.spin.plugin.variable.SpinValues;
import static org.assertj.core.groups.Tuple.tuple;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
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
 * Every path of the repair flow with the real delegates, case records, outbox and working-day calendar.
 * Timers fire by moving the engine clock and executing the due jobs. Its runs and RepairPaymentProcessTest's (the
 * payment paths) must walk at least 90 % of the repair flow together (testsupport.ProcessCoverage).
 */
@ProcessTest
class RepairProcessTest {

  /** Monday 2 March 2026, 09:00: no holidays in the following weeks, so working days are weekdays. */
  private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CaseService cases;
  @Autowired Outbox outbox;
  @Autowired HistoryService historyService;
  @Autowired CaseLinks links;
  @Autowired PartsService partsRequests;
  @Autowired com.aftersales.flows.visit.VisitRepository visits;
  @Autowired RepairCycleCommitment repairCycle;
  @Autowired RepairCycleExtendedCommitment repairCycleExtended;
  @Autowired EngineerLevels engineerLevels;
  @Autowired StockService stock;

  private ProcessInstance instance;
  private String caseNumber;

  @BeforeEach
  void setUp() {
    EngineClock.set(at(START));
    // Mails to groups need members with an address; the demo users may or may not be there.
    Staff.member(identityService, "service-managers", "repair-test-manager");
    Staff.member(identityService, "finance", "repair-test-finance");
    Staff.member(identityService, "engineers", "eric");
  }

  // ---- the paths ------------------------------------------------------------------------------

  @Test
  void phoneGuidanceAcknowledgesAndClosesTheCase() {
    start(true, "2025-11-20");
    assertThat(instance).isWaitingAt(Elements.ASSESS_REQUEST);
    OutboxEntry ack = singleMail("repair-acknowledgement");
    assertThat(ack.recipient()).isEqualTo("zhang.wei@example.com");
    assertThat(ack.subject()).contains(caseNumber);
    // The response commitment in company time, labelled, whatever the zone the server (and this test) runs in.
    assertThat(ack.body()).contains(caseNumber)
        .contains(StaffTimes.in(ZoneId.of("Asia/Shanghai")).format(at(LocalDateTime.of(2026, 3, 3, 9, 0))));
    assertThat(status()).isEqualTo(Status.ASSESSMENT);

    Task assess = task(Elements.ASSESS_REQUEST);
    assertThat(assess.getDueDate()).isEqualTo(at(START.plusDays(1)));
    assertThat(Tasks.candidateGroups(taskService, assess)).containsExactly("customer-service");

    complete(Elements.ASSESS_REQUEST, Map.of(Vars.RESOLUTION, Resolution.PHONE.code(),
        Vars.DAMAGE_CAUSE, DamageCause.UNKNOWN.code(), Vars.ASSESSMENT_NOTES, "Reset the unit with the customer"));

    assertThat(instance).isEnded().hasPassed(Elements.END_RESOLVED_BY_PHONE);
    ServiceCase closed = cases.find(caseNumber).orElseThrow();
    assertThat(closed.status()).isEqualTo(Status.RESOLVED_BY_PHONE);
    assertThat(closed.closedAt()).isNotNull();
    assertThat(actions()).contains(Actions.ASSESSMENT, Actions.CLOSED);
  }

  @Test
  void exchangeOpensALinkedExchangeCaseAndClosesTheRepairCaseAsHandedOver() {
    start(true, "2025-11-20");
    complete(Elements.ASSESS_REQUEST, Map.of(Vars.RESOLUTION, Resolution.EXCHANGE.code(),
        Vars.DAMAGE_CAUSE, DamageCause.QUALITY.code(), Vars.ASSESSMENT_NOTES, "Dead on arrival, customer wants a new one"));

    assertThat(instance).isEnded().hasPassed(Elements.HAND_OVER_TO_EXCHANGE, Elements.END_HANDED_OVER_TO_EXCHANGE)
        .hasNotPassed(Elements.DECIDE_WARRANTY);
    String exchangeCase = (String) historicVariable(Vars.EXCHANGE_CASE_NUMBER);
    assertThat(exchangeCase).isNotNull().isNotEqualTo(caseNumber);

    // The repair case ends into the exchange: closed as handed over, naming the new case.
    ServiceCase repair = cases.find(caseNumber).orElseThrow();
    assertThat(repair.status()).isEqualTo(Status.HANDED_OVER_TO_EXCHANGE);
    assertThat(repair.closedAt()).isNotNull();
    assertThat(records()).anySatisfy(r -> {
      assertThat(r.action()).isEqualTo(Actions.EXCHANGE_HANDOVER);
      assertThat(r.note()).contains(exchangeCase).contains("Dead on arrival");
    });

    // The exchange case: same customer and product, its own flow running under its number.
    ServiceCase exchange = cases.find(exchangeCase).orElseThrow();
    assertThat(exchange.type()).isEqualTo("exchange");
    assertThat(exchange.customerName()).isEqualTo("Zhang Wei");
    assertThat(exchange.serialNumber()).isEqualTo("SN-4411");
    assertThat(exchange.purchaseDate()).isEqualTo(LocalDate.parse("2025-11-20"));
    ProcessInstance exchangeFlow = runtimeService.createProcessInstanceQuery().processDefinitionKey("exchange")
        .processInstanceBusinessKey(exchangeCase).singleResult();
    assertThat(exchangeFlow).isNotNull();
    assertThat(exchange.processInstanceId()).isEqualTo(exchangeFlow.getId());
    // The cause found at the assessment is not asked again; the notes are the draft of the exchange reason.
    assertThat(exchangeFlow).isWaitingAt("Task_FillExchangeForm").hasNotPassed("Task_ConfirmQualityProblem");
    assertThat(runtimeService.getVariables(exchangeFlow.getId()))
        .containsEntry("originCaseNumber", caseNumber)
        .containsEntry(Vars.DAMAGE_CAUSE, DamageCause.QUALITY.code())
        .containsEntry("coverage", Coverage.WARRANTY.code())
        .hasEntrySatisfying("exchangeReason", reason -> assertThat((String) reason)
            .contains(caseNumber).contains("Dead on arrival"));

    // The link is visible from both cases.
    CaseLinks.Link link = new CaseLinks.Link(exchangeCase, caseNumber, CaseLinks.EXCHANGE_OF,
        links.linksOf(caseNumber).get(0).createdAt());
    assertThat(links.linksOf(caseNumber)).containsExactly(link);
    assertThat(links.linksOf(exchangeCase)).containsExactly(link);
    runtimeService.deleteProcessInstance(exchangeFlow.getId(), "test done");
  }

  @Test
  void anUnknownDamageCauseIsLeftForTheExchangeFlowToConfirm() {
    start(true, "2025-11-20");
    complete(Elements.ASSESS_REQUEST, Map.of(Vars.RESOLUTION, Resolution.EXCHANGE.code(),
        Vars.DAMAGE_CAUSE, DamageCause.UNKNOWN.code(), Vars.ASSESSMENT_NOTES, "Customer refuses another repair"));

    String exchangeCase = (String) historicVariable(Vars.EXCHANGE_CASE_NUMBER);
    ProcessInstance exchangeFlow = runtimeService.createProcessInstanceQuery().processDefinitionKey("exchange")
        .processInstanceBusinessKey(exchangeCase).singleResult();
    assertThat(exchangeFlow).isWaitingAt("Task_ConfirmQualityProblem");
    assertThat(runtimeService.getVariable(exchangeFlow.getId(), Vars.DAMAGE_CAUSE)).isNull();
    runtimeService.deleteProcessInstance(exchangeFlow.getId(), "test done");
  }

  @Test
  void warrantyRepairOnSiteRunsFromAssessmentToClosure() {
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.QUALITY.code());

    // Cause known at the assessment: the warranty is decided before anyone is sent.
    assertThat(instance).hasPassed(Elements.DECIDE_WARRANTY).isWaitingAt(Elements.DISPATCH_ENGINEER);
    assertThat(instance).variables().containsEntry(Vars.COVERAGE, Coverage.WARRANTY.code())
        .containsEntry(Vars.MONTHS_SINCE_PURCHASE, 4).containsEntry(Vars.WARRANTY_MONTHS, 12);
    dispatch();
    // Booked for 10:00 UTC: 18:00 in Beijing, as the customer reads it.
    assertThat(singleMail("repair-appointment").body()).contains("eric").contains("2026-03-03 18:00 (Asia/Shanghai)");
    assertThat(status()).isEqualTo(Status.DISPATCHED);
    Task diagnose = task(Elements.DIAGNOSE_ON_SITE);
    assertThat(diagnose.getAssignee()).isEqualTo("eric");
    assertThat(diagnose.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 3, 3, 10, 0)));

    diagnose(DamageCause.QUALITY.code(), RepairRoute.ON_SITE.code());
    assertThat(instance).hasNotPassed(Elements.QUOTE).isWaitingAt(Elements.REPAIR_ON_SITE);
    assertThat(status()).isEqualTo(Status.IN_REPAIR);
    complete(Elements.REPAIR_ON_SITE, RepairCases.repaired("Replaced nothing, cleaned contacts"));
    report("none");
    signOff("resolved");

    // Warranty work: no invoice; the follow-up call waits 24 hours.
    assertThat(instance).hasNotPassed(Elements.REQUEST_INVOICE).isWaitingAt(Elements.TIMER_FOLLOW_UP_DUE);
    assertThat(status()).isEqualTo(Status.FOLLOW_UP);
    moveClockTo(START.plusHours(23));
    assertThat(instance).isWaitingAt(Elements.TIMER_FOLLOW_UP_DUE);
    followUp(5);

    assertThat(instance).isEnded().hasPassed(Elements.END_COMPLETED).hasNotPassed(Elements.REVIEW_DISSATISFACTION);
    assertThat(status()).isEqualTo(Status.COMPLETED);
    assertThat(actions()).containsSubsequence(Actions.ASSESSMENT, Actions.WARRANTY_DECISION, Actions.DISPATCH,
        Actions.DIAGNOSIS, Actions.REPAIR_REPORT, Actions.FOLLOW_UP, Actions.CLOSED);
  }

  @Test
  @DisplayName("000 §1.3.3: after the diagnosis the customer is told the plan, the route and the expected completion"
      + " on the working-day calendar in the company zone")
  void afterTheDiagnosisTheCustomerIsToldThePlan() {
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.UNKNOWN.code());
    dispatch();
    assertThat(mails("repair-plan")).isEmpty();
    // Friday 09:00 UTC (17:00 in Shanghai): a factory repair of 15 working days ends on Friday 27 March.
    moveClockTo(LocalDateTime.of(2026, 3, 6, 9, 0));
    diagnose(DamageCause.QUALITY.code(), RepairRoute.FACTORY.code());

    assertThat(instance).hasPassed(Elements.SEND_REPAIR_PLAN);
    assertThat(instance).variables()
        .containsEntry(Vars.EXPECTED_COMPLETION_AT, at(LocalDateTime.of(2026, 3, 27, 9, 0)));
    OutboxEntry plan = singleMail("repair-plan");
    assertThat(plan.recipient()).isEqualTo("zhang.wei@example.com");
    assertThat(plan.subject()).contains(caseNumber).contains("2026-03-27 17:00 (Asia/Shanghai)");
    assertThat(plan.body()).contains("返厂维修").contains("Power supply board faulty");
    runtimeService.deleteProcessInstance(instance.getId(), "test done");
  }

  @Test
  @DisplayName("000 §1.5.2.4: a chargeable factory repair is quoted by the factory first and the customer's quote rests"
      + " on it (never below it)")
  void factoryRepairIsQuotedByTheFactoryBeforeTheCustomer() {
    start(true, "2025-11-20");
    assess(Resolution.FACTORY.code(), DamageCause.HUMAN.code());

    assertThat(instance).isWaitingAt(Elements.OBTAIN_FACTORY_QUOTE).hasNotPassed(Elements.PREPARE_QUOTE);
    Task factoryQuote = task(Elements.OBTAIN_FACTORY_QUOTE);
    assertThat(Tasks.candidateGroups(taskService, factoryQuote)).containsExactly("customer-service");
    assertThat(factoryQuote.getDueDate()).isEqualTo(at(START.plusDays(3)));
    complete(Elements.OBTAIN_FACTORY_QUOTE, Map.of(Vars.FACTORY_QUOTE_AMOUNT, 480.0,
        Vars.FACTORY_QUOTE_NOTES, "Main board replaced at the factory, 10 working days"));
    assertThat(instance).isWaitingAt(Elements.PREPARE_QUOTE);
    assertThat(records()).anySatisfy(r -> {
      assertThat(r.action()).isEqualTo(Actions.FACTORY_QUOTE);
      assertThat(r.fee()).isEqualByComparingTo("480");
    });

    Task prepare = task(Elements.PREPARE_QUOTE);
    // labour-rate.dmn: an intermediate engineer's standard repair is 200, so 200 + 150 is below the factory's 480
    assertThatThrownBy(() -> taskService.complete(prepare.getId(), Map.of(Vars.REPAIR_DIFFICULTY, "standard",
        Vars.PARTS_COST, 150.0, Vars.QUOTE_NOTES, "Too cheap"))).hasMessageContaining("factory's quote");
    assertThat(mails("repair-quote")).isEmpty();
    complete(Elements.PREPARE_QUOTE, Map.of(Vars.REPAIR_DIFFICULTY, "standard", Vars.PARTS_COST, 350.0,
        Vars.QUOTE_NOTES, "Factory repair of the main board and transport"));
    assertThat(singleMail("repair-quote").body()).contains("550");
    assertThat(instance).variables().containsEntry(Vars.QUOTED_ROUTE, RepairRoute.FACTORY.code())
        .containsEntry(Vars.QUOTE_ON_FACTORY_QUOTE, true);
    complete(Elements.OBTAIN_QUOTE_ANSWER, Map.of(Vars.QUOTE_ANSWER, "accepted"));
    dispatch();
    diagnose(DamageCause.HUMAN.code(), RepairRoute.FACTORY.code());

    assertThat(instance).isWaitingAt(Elements.SEND_TO_FACTORY);
    assertThat(mails("repair-quote")).hasSize(1);
    assertThat(actions()).containsSubsequence(Actions.FACTORY_QUOTE, Actions.QUOTE, Actions.QUOTE_ANSWER);
    runtimeService.deleteProcessInstance(instance.getId(), "test done");
  }

  @Test
  @DisplayName("000 §1.5.2.4: a route that changes to the factory after the customer's quote gets the factory's quote"
      + " and a new quote before the repair goes on")
  void routeChangedAfterTheQuoteIsQuotedAgain() {
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.HUMAN.code());
    quote();
    complete(Elements.OBTAIN_QUOTE_ANSWER, Map.of(Vars.QUOTE_ANSWER, "accepted"));
    dispatch();
    diagnose(DamageCause.HUMAN.code(), RepairRoute.FACTORY.code());

    // quoted for an on-site repair; the engineer found the unit must go to the factory
    assertThat(instance).hasPassed(Elements.QUOTE).isWaitingAt(Elements.OBTAIN_FACTORY_QUOTE)
        .hasNotPassed(Elements.SEND_TO_FACTORY);
    complete(Elements.OBTAIN_FACTORY_QUOTE, Map.of(Vars.FACTORY_QUOTE_AMOUNT, 600.0));
    complete(Elements.PREPARE_QUOTE, Map.of(Vars.REPAIR_DIFFICULTY, "standard", Vars.PARTS_COST, 600.0,
        Vars.QUOTE_NOTES, "Factory repair instead of the on-site repair quoted before"));
    assertThat(mails("repair-quote")).hasSize(2);
    complete(Elements.OBTAIN_QUOTE_ANSWER, Map.of(Vars.QUOTE_ANSWER, "accepted"));

    assertThat(instance).isWaitingAt(Elements.SEND_TO_FACTORY).hasNotPassed(Elements.REPAIR_ON_SITE);
    assertThat(instance).variables().containsEntry(Vars.REQUOTE_NEEDED, false)
        .containsEntry(Vars.QUOTED_ROUTE, RepairRoute.FACTORY.code());
    assertThat(actions()).filteredOn(Actions.QUOTE::equals).hasSize(2);
    runtimeService.deleteProcessInstance(instance.getId(), "test done");
  }

  @Test
  void chargeableRepairIsQuotedBeforeDispatchAndInvoicedAfterSignOff() {
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.HUMAN.code());

    assertThat(instance).isWaitingAt(Elements.PREPARE_QUOTE).hasNotPassed(Elements.DISPATCH_ENGINEER);
    assertThat(instance).variables().containsEntry(Vars.COVERAGE, Coverage.CHARGEABLE.code());
    quote();
    // Quoted before anyone is sent: the default level (intermediate) and the difficulty chosen in the quote.
    assertThat(instance).variables().containsEntry(Vars.ENGINEER_LEVEL, "intermediate")
        .containsEntry(Vars.LABOUR_COST, "200");
    OutboxEntry quote = singleMail("repair-quote");
    assertThat(quote.body()).contains("350").contains("操作不当");
    assertThat(status()).isEqualTo(Status.AWAITING_QUOTE_ANSWER);
    complete(Elements.OBTAIN_QUOTE_ANSWER, Map.of(Vars.QUOTE_ANSWER, "accepted"));

    assertThat(instance).isWaitingAt(Elements.DISPATCH_ENGINEER);
    dispatch();
    diagnose(DamageCause.HUMAN.code(), RepairRoute.ON_SITE.code());
    complete(Elements.REPAIR_ON_SITE, RepairCases.repaired("Re-soldered the power connector"));
    report("returned");
    signOff("resolved");

    Task payment = task(Elements.RECORD_PAYMENT);
    assertThat(Tasks.candidateGroups(taskService, payment)).containsExactly("finance");
    // Every member of finance is asked, never the customer.
    assertThat(mails("repair-invoice-request")).isNotEmpty()
        .allSatisfy(m -> assertThat(m.body()).contains(caseNumber).contains("350"))
        .noneSatisfy(m -> assertThat(m.recipient()).isEqualTo("zhang.wei@example.com"))
        .anySatisfy(m -> assertThat(m.recipient()).isEqualTo("repair-test-finance@aftersales.example"));
    complete(Elements.RECORD_PAYMENT, Map.of(Vars.AMOUNT_PAID, 350L, Vars.PAYMENT_REFERENCE, "BANK-7781"));
    assertThat(instance).isWaitingAt(Elements.TIMER_FOLLOW_UP_DUE);
    followUp(4);

    assertThat(instance).isEnded().hasPassed(Elements.END_COMPLETED);
    assertThat(records()).anySatisfy(r -> {
      assertThat(r.action()).isEqualTo(Actions.PAYMENT);
      assertThat(r.fee()).isEqualByComparingTo(new BigDecimal("350"));
    });
    assertThat(records()).anySatisfy(r -> {
      assertThat(r.action()).isEqualTo(Actions.QUOTE);
      assertThat(r.fee()).isEqualByComparingTo(new BigDecimal("350"));
    });
  }

  @Test
  @DisplayName("002 二(五)1.3 处理后有回访: a declined quote closes the case as declined, and the closed case enters the return-visit programme")
  void declinedQuoteClosesTheCaseAsDeclined() {
    start(false, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.QUALITY.code());
    assertThat(instance).variables().containsEntry(Vars.COVERAGE, Coverage.CHARGEABLE.code())
        .containsEntry(Vars.COVERAGE_REASON, "无购买证明：维修费用由客户承担");
    quote();
    complete(Elements.OBTAIN_QUOTE_ANSWER, Map.of(Vars.QUOTE_ANSWER, "declined"));

    assertThat(instance).isEnded().hasPassed(Elements.CLOSE_QUOTE_DECLINED, Elements.END_QUOTE_DECLINED)
        .hasNotPassed(Elements.DISPATCH_ENGINEER);
    assertThat(status()).isEqualTo(Status.QUOTE_DECLINED);
    assertThat(visits.find(com.aftersales.flows.visit.VisitService.visitNumberOf(caseNumber)))
        .hasValueSatisfying(v -> assertThat(v.caseFinalStatus()).isEqualTo(Status.QUOTE_DECLINED));
    assertThat(records()).anySatisfy(r -> assertThat(r.note()).contains("客户拒绝报价"));
  }

  @Test
  void unansweredQuoteIsRemindedAfterTwoWorkingDaysAndClosedAfterTen() {
    start(true, null);
    assess(Resolution.FACTORY.code(), DamageCause.QUALITY.code());
    assertThat(instance).variables().containsEntry(Vars.COVERAGE, Coverage.CHARGEABLE.code());
    // a factory repair: the factory's quote first (000 §1.5.2.4)
    complete(Elements.OBTAIN_FACTORY_QUOTE, Map.of(Vars.FACTORY_QUOTE_AMOUNT, 300.0));
    quote();
    assertThat(task(Elements.OBTAIN_QUOTE_ANSWER).getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 3, 16, 9, 0)));

    moveClockTo(LocalDateTime.of(2026, 3, 4, 8, 59));
    assertThat(mails("repair-quote-reminder")).isEmpty();
    moveClockTo(LocalDateTime.of(2026, 3, 4, 9, 1));
    assertThat(singleMail("repair-quote-reminder").body()).contains(caseNumber).contains("350");
    assertThat(instance).isWaitingAt(Elements.OBTAIN_QUOTE_ANSWER);

    moveClockTo(LocalDateTime.of(2026, 3, 13, 18, 0));
    assertThat(instance).isWaitingAt(Elements.OBTAIN_QUOTE_ANSWER);
    moveClockTo(LocalDateTime.of(2026, 3, 16, 9, 1));

    assertThat(instance).isEnded().hasPassed(Elements.CLOSE_QUOTE_UNANSWERED, Elements.END_QUOTE_UNANSWERED);
    assertThat(status()).isEqualTo(Status.QUOTE_UNANSWERED);
    assertThat(mails("repair-quote-reminder")).hasSize(1);
  }

  @Test
  void unknownCauseIsDiagnosedFirstAndAChargeableRepairQuotedBeforeTheRepair() {
    start(true, "2024-01-10");
    assess(Resolution.ON_SITE.code(), DamageCause.UNKNOWN.code());

    // No cause yet: the engineer goes first, the warranty is decided after the diagnosis.
    assertThat(instance).isWaitingAt(Elements.DISPATCH_ENGINEER).hasNotPassed(Elements.DECIDE_WARRANTY);
    dispatch();
    diagnose(DamageCause.QUALITY.code(), RepairRoute.ON_SITE.code());

    assertThat(instance).hasPassed(Elements.DECIDE_WARRANTY).isWaitingAt(Elements.PREPARE_QUOTE);
    assertThat(instance).variables().containsEntry(Vars.COVERAGE_REASON, "已超出保修期");
    quote();
    complete(Elements.OBTAIN_QUOTE_ANSWER, Map.of(Vars.QUOTE_ANSWER, "accepted"));

    // Already diagnosed: straight to the repair, no second visit to diagnose.
    assertThat(instance).isWaitingAt(Elements.REPAIR_ON_SITE);
    assertThat(runtimeService.getVariable(instance.getId(), Vars.DIAGNOSED)).isEqualTo(true);
  }

  @Test
  void partsAreApprovedAndDeliveredByThePartsFlowBeforeTheRepairWithParts() {
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.QUALITY.code());
    dispatch();
    diagnose(DamageCause.QUALITY.code(), RepairRoute.PARTS.code());

    // The parts flow runs under the repair's case number with what it needs from the repair.
    assertThat(instance).isWaitingAt(Elements.PARTS_APPROVAL);
    assertThat(status()).isEqualTo(Status.IN_REPAIR);
    ProcessInstance parts = partsFlow();
    assertThat(parts.getBusinessKey()).isEqualTo(caseNumber);
    assertThat(runtimeService.getVariables(parts.getId()))
        .containsEntry(CaseVariables.CASE_NUMBER, caseNumber)
        .containsEntry(CaseVariables.CUSTOMER_NAME, "Zhang Wei")
        .containsEntry(CaseVariables.PRODUCT_MODEL, "LX-200 analyser")
        .containsEntry(Vars.PARTS_NEEDED, "1x PSU-200")
        .containsEntry("coveredByWarranty", true)
        .containsEntry(PartsProcess.Vars.PARTS_BILLED_BY_CASE, false);
    deliverParts();
    assertThat(partsRequests.find(caseNumber + "-P1").orElseThrow().billedByCase()).isFalse();

    assertThat(parts).isEnded();
    assertThat(instance).isWaitingAt(Elements.REPAIR_WITH_PARTS);
    assertThat(runtimeService.getVariables(instance.getId()))
        .containsEntry(Vars.PARTS_DELIVERED, true)
        .containsEntry(Vars.PARTS_REQUEST_NUMBER, caseNumber + "-P1")
        .containsEntry(Vars.PARTS_REQUEST_STATUS, "DELIVERED")
        .containsEntry(Vars.PARTS_TOTAL_AMOUNT, "0.00");
    // The parts flow leaves the repair case's status alone and adds its records.
    assertThat(status()).isEqualTo(Status.IN_REPAIR);
    assertThat(actions()).contains("PARTS_REQUESTED", "PARTS_SHIPPED");
    complete(Elements.REPAIR_WITH_PARTS, RepairCases.repaired("PSU replaced and tested"));
    assertThat(instance).isWaitingAt(Elements.WRITE_REPAIR_REPORT)
        .hasNotPassed(Elements.NOTIFY_MANAGERS_OF_EXTENSION);
  }

  @Test
  @DisplayName("000 §1.5.2.3 one case, one bill: a chargeable repair's quote prices the new parts once, the parts"
      + " flow asks for no payment of its own and the customer pays the repair's invoice only")
  void chargeableRepairWithNewPartsBillsThePartsOnceWithTheRepairsInvoice() {
    start(true, "2024-01-10");
    assess(Resolution.ON_SITE.code(), DamageCause.QUALITY.code());
    assertThat(instance).variables().containsEntry(Vars.COVERAGE, Coverage.CHARGEABLE.code());
    quote(); // labour 200 + parts 150 = 350
    complete(Elements.OBTAIN_QUOTE_ANSWER, Map.of(Vars.QUOTE_ANSWER, "accepted"));
    dispatch();
    diagnose(DamageCause.QUALITY.code(), RepairRoute.PARTS.code());

    // The parts flow is told that the repair's quote and invoice bill the parts.
    ProcessInstance parts = partsFlow();
    assertThat(runtimeService.getVariables(parts.getId()))
        .containsEntry("coveredByWarranty", false)
        .containsEntry(PartsProcess.Vars.PARTS_BILLED_BY_CASE, true);
    // The PSU board is not in the parts price table: planning need not price it, the quote already did.
    recordAndApproveParts();
    assertThat(parts).hasPassed(PartsProcess.Elements.RECORD_BILLED_WITH_CASE)
        .hasNotPassed(PartsProcess.Elements.MAIL_PAYMENT_REQUEST);
    assertThat(taskService.createTaskQuery().processInstanceId(parts.getId())
        .taskDefinitionKey(PartsProcess.Elements.CONFIRM_PAYMENT).count()).isZero();
    // Shipment waits for the parts, not for a second payment.
    makeAndShipParts();
    assertThat(parts).isEnded().hasNotPassed(PartsProcess.Elements.CONFIRM_PAYMENT);
    assertThat(mails("parts-payment-request")).isEmpty();

    PartsRequest request = partsRequests.find(caseNumber + "-P1").orElseThrow();
    assertThat(request.billedByCase()).isTrue();
    assertThat(request.caseQuotedPartsAmount()).isEqualByComparingTo("150");
    assertThat(request.totalAmount()).isEqualByComparingTo("0");
    assertThat(request.paidAmount()).isNull();
    assertThat(request.lines()).allSatisfy(l -> {
      assertThat(l.priceSource()).isEqualTo(PartLine.REPAIR_QUOTE);
      assertThat(l.amount()).isEqualByComparingTo("0");
    });
    assertThat(runtimeService.getVariable(instance.getId(), Vars.PARTS_TOTAL_AMOUNT)).isEqualTo("0.00");

    complete(Elements.REPAIR_WITH_PARTS, RepairCases.repaired("PSU replaced and tested"));
    report("returned");
    signOff("resolved");
    assertThat(mails("repair-invoice-request")).isNotEmpty()
        .allSatisfy(m -> assertThat(m.body()).contains("配件费 150").contains("合计 350"));
    complete(Elements.RECORD_PAYMENT, Map.of(Vars.AMOUNT_PAID, 350L, Vars.PAYMENT_REFERENCE, "BANK-9001"));
    followUp(4);

    assertThat(instance).isEnded().hasPassed(Elements.END_COMPLETED);
    // One bill: one payment on the case, the parts marked as billed with it, no parts payment.
    assertThat(actions()).contains(PartsProcess.Actions.BILLED_WITH_CASE).doesNotContain(PartsProcess.Actions.PAID);
    assertThat(records()).filteredOn(r -> Actions.PAYMENT.equals(r.action())).singleElement()
        .satisfies(r -> assertThat(r.fee()).isEqualByComparingTo("350"));
    assertThat(records()).filteredOn(r -> PartsProcess.Actions.BILLED_WITH_CASE.equals(r.action())).singleElement()
        .satisfies(r -> assertThat(r.note()).contains(caseNumber + "-P1").contains("150.00"));
  }

  @Test
  void partsRepairOverrunningSevenWorkingDaysTellsManagersAndCustomerAndGoesOn() {
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.UNKNOWN.code());
    dispatch();
    diagnose(DamageCause.QUALITY.code(), RepairRoute.PARTS.code());

    assertThat(instance).isWaitingAt(Elements.PARTS_APPROVAL);
    assertThat(status()).isEqualTo(Status.IN_REPAIR);
    recordAndApproveParts();

    // Seven working days count from the start of the parts repair, the parts flow included.
    moveClockTo(LocalDateTime.of(2026, 3, 11, 8, 59));
    assertThat(mails("repair-extension-customer")).isEmpty();
    moveClockTo(LocalDateTime.of(2026, 3, 11, 9, 1));

    assertThat(status()).isEqualTo(Status.REPAIR_EXTENDED);
    assertThat(singleMail("repair-extension-customer").recipient()).isEqualTo("zhang.wei@example.com");
    assertThat(mails("repair-extension-managers")).isNotEmpty()
        .allSatisfy(m -> assertThat(m.body()).contains(caseNumber).contains("7 个工作日"))
        .anySatisfy(m -> assertThat(m.recipient()).isEqualTo("repair-test-manager@aftersales.example"));
    // Non-interrupting: the parts flow and then the repair go on.
    assertThat(instance).isWaitingAt(Elements.PARTS_APPROVAL);
    makeAndShipParts();
    assertThat(instance).isWaitingAt(Elements.REPAIR_WITH_PARTS);
    // The warning of day 5 was left unanswered: its task ends with the parts repair.
    assertThat(task(Elements.AGREE_EXTENSION)).isNotNull();
    complete(Elements.REPAIR_WITH_PARTS, RepairCases.repaired("PSU replaced and tested"));
    assertThat(instance).isWaitingAt(Elements.WRITE_REPAIR_REPORT);
    assertThat(task(Elements.AGREE_EXTENSION)).isNull();
  }

  @Test
  @DisplayName("000 §1.3.3.1: on day 5 of the 7-working-day cycle customer service is asked to agree an extension with"
      + " the customer; the agreed date is recorded, the overdue alarm waits for it and the SLA report counts the"
      + " case as extended")
  void partsRepairCycleIsExtendedWithTheCustomerBeforeItRunsOut() {
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.QUALITY.code());
    dispatch();
    diagnose(DamageCause.QUALITY.code(), RepairRoute.PARTS.code());
    recordAndApproveParts();

    // The parts repair started on Monday 2 March 09:00: the warning is due 5 working days later.
    moveClockTo(LocalDateTime.of(2026, 3, 9, 8, 59));
    assertThat(task(Elements.AGREE_EXTENSION)).isNull();
    moveClockTo(LocalDateTime.of(2026, 3, 9, 9, 1));
    assertThat(instance).hasPassed(Elements.TIMER_REPAIR_CYCLE_WARNING).isWaitingAt(Elements.AGREE_EXTENSION);
    Task agree = task(Elements.AGREE_EXTENSION);
    assertThat(Tasks.candidateGroups(taskService, agree)).containsExactlyInAnyOrder("customer-service", "service-managers");
    assertThat(mails("repair-extension-customer")).isEmpty();

    // An "extension" that ends before the cycle does, or one without a reason, is refused.
    assertThatThrownBy(() -> taskService.complete(agree.getId(), Map.of(Vars.EXTENDED_UNTIL, "2026-03-10",
        Vars.EXTENSION_REASON, "Parts lead time"))).hasMessageContaining("extendedUntil");
    assertThatThrownBy(() -> taskService.complete(agree.getId(), Map.of(Vars.EXTENDED_UNTIL, "2026-03-18",
        Vars.EXTENSION_REASON, " "))).hasMessageContaining("extensionReason");
    complete(Elements.AGREE_EXTENSION, Map.of(Vars.EXTENDED_UNTIL, "2026-03-18",
        Vars.EXTENSION_REASON, "Door panels have a lead time of 10 to 12 working days"));

    assertThat(instance).hasPassed(Elements.RECORD_EXTENSION, Elements.MAIL_EXTENSION_AGREED)
        .isWaitingAt(Elements.PARTS_APPROVAL);
    assertThat(status()).isEqualTo(Status.REPAIR_EXTENDED);
    assertThat(records()).filteredOn(r -> Actions.EXTENSION_AGREED.equals(r.action())).singleElement()
        .satisfies(r -> assertThat(r.note()).contains("2026-03-18").contains("lead time of 10 to 12"));
    OutboxEntry agreed = singleMail("repair-extension-agreed");
    assertThat(agreed.recipient()).isEqualTo("zhang.wei@example.com");
    assertThat(agreed.body()).contains("2026-03-18").contains("lead time of 10 to 12");
    Date agreedEnd = (Date) runtimeService.getVariable(instance.getId(), Vars.REPAIR_CYCLE_EXTENDED_UNTIL);

    // Day 7 passes without an alarm: the cycle now ends on the agreed date.
    moveClockTo(LocalDateTime.of(2026, 3, 11, 9, 1));
    assertThat(mails("repair-extension-managers")).isEmpty();
    assertThat(instance).hasNotPassed(Elements.NOTIFY_MANAGERS_OF_EXTENSION);

    // The SLA report counts the case as extended, due on the agreed date, and not under the 7-day rule.
    SlaPeriod now = SlaPeriod.of(ClockUtil.getCurrentTime().toInstant(), 30, 24);
    assertThat(repairCycle.cases(now)).noneSatisfy(c -> assertThat(c.caseNumber()).isEqualTo(caseNumber));
    assertThat(repairCycleExtended.cases(now)).filteredOn(c -> caseNumber.equals(c.caseNumber())).singleElement()
        .satisfies(c -> assertThat(c.dueAt()).isEqualTo(agreedEnd.toInstant()))
        .extracting(SlaCase::isOpen).isEqualTo(true);

    // The agreed date passes: now the managers hear of the overrun.
    moveClockTo(LocalDateTime.ofInstant(agreedEnd.toInstant(), ZoneId.systemDefault()).plusMinutes(1));
    assertThat(mails("repair-extension-managers")).isNotEmpty();
    makeAndShipParts();
    complete(Elements.REPAIR_WITH_PARTS, RepairCases.repaired("Door panels fitted"));
    assertThat(instance).isWaitingAt(Elements.WRITE_REPAIR_REPORT);
  }

  @Test
  void rejectedPartsRequestGoesToAServiceManagerWhoChoosesAnotherRoute() {
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.QUALITY.code());
    dispatch();
    diagnose(DamageCause.QUALITY.code(), RepairRoute.PARTS.code());
    completeParts("Task_RecordPartsRequest", Map.of("partsLines", PSU_LINE));
    completeParts("Task_ReviewPartsRequest", Map.of("reviewDecision", "rejected",
        "rejectionReason", "PSU-200 is discontinued; the factory must fit the successor board"));

    // The repair does not go on with parts it will not get.
    assertThat(instance).hasPassed(Elements.END_PARTS_REJECTED).hasNotPassed(Elements.REPAIR_WITH_PARTS)
        .isWaitingAt(Elements.REVIEW_PARTS_REJECTION);
    assertThat(status()).isEqualTo(Status.PARTS_REJECTED);
    Task review = task(Elements.REVIEW_PARTS_REJECTION);
    assertThat(Tasks.candidateGroups(taskService, review)).containsExactly("service-managers");
    assertThat(runtimeService.getVariables(instance.getId()))
        .containsEntry(Vars.PARTS_DELIVERED, false)
        .containsEntry(Vars.PARTS_REQUEST_STATUS, "REJECTED")
        .containsEntry(Vars.PARTS_REJECTION_REASON, "PSU-200 is discontinued; the factory must fit the successor board");
    // The 7-working-day timer ended with the parts repair.
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().count()).isZero();

    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(Vars.REPAIR_ROUTE, "scrap it",
        Vars.PARTS_DECISION_NOTES, "n/a"))).hasMessageContaining("repairRoute");
    complete(Elements.REVIEW_PARTS_REJECTION, Map.of(Vars.REPAIR_ROUTE, RepairRoute.FACTORY.code(),
        Vars.PARTS_DECISION_NOTES, "Send it to the factory for the successor board"));

    assertThat(instance).hasPassed(Elements.RECORD_PARTS_DECISION).isWaitingAt(Elements.SEND_TO_FACTORY);
    assertThat(status()).isEqualTo(Status.AT_FACTORY);
    assertThat(records()).anySatisfy(r -> {
      assertThat(r.action()).isEqualTo(Actions.PARTS_DECISION);
      assertThat(r.note()).contains(caseNumber + "-P1").contains("discontinued").contains("factory")
          .contains("successor board");
    });
  }

  @Test
  void factoryRepairIsCheckedEveryThreeWorkingDaysUntilTheUnitIsBack() {
    start(true, "2025-11-20");
    assess(Resolution.FACTORY.code(), DamageCause.UNKNOWN.code());
    dispatch();
    assertThat(task(Elements.DIAGNOSE_ON_SITE)).isNotNull();
    assertThat(runtimeService.getVariable(instance.getId(), Vars.REPAIR_ROUTE)).isEqualTo(RepairRoute.FACTORY.code());
    diagnose(DamageCause.QUALITY.code(), RepairRoute.FACTORY.code());

    assertThat(status()).isEqualTo(Status.AT_FACTORY);
    complete(Elements.SEND_TO_FACTORY, Map.of(Vars.FACTORY_REFERENCE, "FAC-2026-118"));
    assertThat(task(Elements.AWAIT_FACTORY_RETURN).getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 3, 23, 9, 0)));

    moveClockTo(LocalDateTime.of(2026, 3, 5, 9, 1));
    Task check = task(Elements.CHECK_WITH_FACTORY);
    assertThat(Tasks.candidateGroups(taskService, check)).containsExactly("customer-service");
    complete(Elements.CHECK_WITH_FACTORY, Map.of(Vars.FACTORY_STATUS, "Main board being replaced",
        Vars.EXPECTED_RETURN_DATE, "2026-03-16"));
    OutboxEntry status = singleMail("repair-factory-status");
    assertThat(status.body()).contains("Main board being replaced").contains("2026-03-16").contains(caseNumber);

    moveClockTo(LocalDateTime.of(2026, 3, 10, 9, 1));
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.CHECK_WITH_FACTORY).count()).isEqualTo(1);
    // The unit comes back while the second check is open: the checks stop with the factory step.
    complete(Elements.AWAIT_FACTORY_RETURN, Map.of(Vars.FACTORY_REPORT, "Main board replaced"));

    assertThat(instance).isWaitingAt(Elements.WRITE_REPAIR_REPORT);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.CHECK_WITH_FACTORY).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().count()).isZero();
    assertThat(mails("repair-factory-status")).hasSize(1);
  }

  @Test
  void unresolvedSignOffIsEscalatedToAServiceManagerAndDispatchedAgain() {
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.QUALITY.code());
    dispatch();
    diagnose(DamageCause.QUALITY.code(), RepairRoute.ON_SITE.code());
    complete(Elements.REPAIR_ON_SITE, RepairCases.repaired("Cleaned sensor"));
    report("none");
    signOff("unresolved");

    Task review = task(Elements.REVIEW_UNRESOLVED_REPAIR);
    assertThat(Tasks.candidateGroups(taskService, review)).containsExactly("service-managers");
    complete(Elements.REVIEW_UNRESOLVED_REPAIR, Map.of(Vars.EXPERT_ADVICE, "Replace the sensor, not clean it"));

    assertThat(instance).isWaitingAt(Elements.DISPATCH_ENGINEER);
    assertThat(status()).isEqualTo(Status.ESCALATED);
    assertThat(runtimeService.getVariable(instance.getId(), Vars.ESCALATIONS)).isEqualTo(1);
    assertThat(records()).anySatisfy(r -> {
      assertThat(r.action()).isEqualTo(Actions.ESCALATION);
      assertThat(r.note()).contains("Replace the sensor");
    });

    dispatch();
    diagnose(DamageCause.QUALITY.code(), RepairRoute.ON_SITE.code());
    // Warranty was decided the first time round and is not decided again.
    assertThat(instance).isWaitingAt(Elements.REPAIR_ON_SITE);
    complete(Elements.REPAIR_ON_SITE, RepairCases.repaired("Sensor replaced"));
    report("disposed");
    signOff("resolved");
    assertThat(instance).isWaitingAt(Elements.TIMER_FOLLOW_UP_DUE);
  }

  @Test
  void lowSatisfactionOpensAServiceManagersReviewBeforeClosing() {
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.QUALITY.code());
    dispatch();
    diagnose(DamageCause.QUALITY.code(), RepairRoute.ON_SITE.code());
    complete(Elements.REPAIR_ON_SITE, RepairCases.repaired("Fixed"));
    report("none");
    signOff("resolved");
    followUp(2);

    Task review = task(Elements.REVIEW_DISSATISFACTION);
    assertThat(Tasks.candidateGroups(taskService, review)).containsExactly("service-managers");
    assertThat(instance).isNotEnded();
    complete(Elements.REVIEW_DISSATISFACTION, Map.of(Vars.REVIEW_FINDINGS, "Engineer was late; apologised"));

    assertThat(instance).isEnded().hasPassed(Elements.RECORD_SATISFACTION_REVIEW, Elements.END_COMPLETED);
    assertThat(status()).isEqualTo(Status.COMPLETED);
    assertThat(actions()).contains(Actions.FOLLOW_UP, Actions.SATISFACTION_REVIEW);
  }

  // ---- rulebook 003: labour by level and difficulty, report approval, spot checks --------------------------

  @Test
  @DisplayName("003 九.1 维修工时费应根据维修工程师的级别和维修难度制定, 配件费按采购价格加管理费: a senior engineer's complex"
      + " repair is priced from labour-rate, stocked parts the case used at cost plus the handling fee")
  void chargeableRepairIsPricedByTheEngineersLevelAndTheDifficultyWithStockedPartsAtCostPlusFee() {
    String senior = "labour-test-senior";
    Staff.member(identityService, "engineers", senior);
    engineerLevels.set(senior, "senior", "repair-test-manager");
    start(true, "2024-01-10");
    assess(Resolution.ON_SITE.code(), DamageCause.UNKNOWN.code());
    complete(Elements.DISPATCH_ENGINEER, Map.of(Vars.ENGINEER, senior, Vars.APPOINTMENT, "2026-03-03T10:00Z"));
    diagnose(DamageCause.HUMAN.code(), RepairRoute.ON_SITE.code(), "complex");
    assertThat(actions()).contains(Actions.DIAGNOSIS);
    assertThat(records()).anySatisfy(r -> assertThat(r.note()).contains("难度：complex"));

    // The engineer took two fuses from the store for the case (cost 20.00 each, 10% handling fee).
    String fuse = "LBR-FUSE-" + caseNumber.substring(caseNumber.length() - 6);
    stock.createPart(new Part(fuse, "Fuse", "F-10", null, "pc", null, 0, new BigDecimal("20.00")));
    stock.book(Booking.of(MovementType.RECEIPT, "main", fuse, 5, "walt", "delivery"));
    stock.book(Booking.of(MovementType.ISSUE, "main", fuse, 2, "eric", "repair").forCase(caseNumber, null));

    Task prepare = task(Elements.PREPARE_QUOTE);
    // The quote form starts from the difficulty the engineer chose.
    assertThat(taskService.getVariable(prepare.getId(), Vars.REPAIR_DIFFICULTY)).isEqualTo("complex");
    complete(Elements.PREPARE_QUOTE, Map.of(Vars.REPAIR_DIFFICULTY, "complex", Vars.PARTS_COST, 150.0));

    assertThat(instance).variables().containsEntry(Vars.ENGINEER_LEVEL, "senior")
        .containsEntry(Vars.LABOUR_COST, "400").containsEntry(Vars.PARTS_COST, "194.00")
        .containsEntry(Vars.QUOTE_TOTAL, "594.00");
    assertThat(singleMail("repair-quote").body()).contains("400").contains("194.00").contains("594.00");
    assertThat(records()).anySatisfy(r -> {
      assertThat(r.action()).isEqualTo(Actions.QUOTE);
      assertThat(r.fee()).isEqualByComparingTo("594");
      assertThat(r.note()).contains("senior 级工程师，complex 难度").contains("含库存配件按成本加管理费 44.00");
    });
  }

  @Test
  @DisplayName("003 三.5 维修报告应及时提交给售后部门负责人审核: a service manager approves the report before the customer"
      + " signs off; a returned report goes back to the engineer")
  void theRepairReportIsApprovedByAServiceManagerAndAReturnedReportIsWrittenAgain() {
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.QUALITY.code());
    dispatch();
    diagnose(DamageCause.QUALITY.code(), RepairRoute.ON_SITE.code());
    complete(Elements.REPAIR_ON_SITE, RepairCases.repaired("Cleaned contacts"));
    writeReport("none");

    Task approve = task(Elements.APPROVE_REPAIR_REPORT);
    assertThat(Tasks.candidateGroups(taskService, approve)).containsExactly("service-managers");
    assertThat(approve.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 3, 3, 9, 0)));
    assertThat(instance).hasNotPassed(Elements.OBTAIN_SIGN_OFF);

    // Returned without a reason: refused, nothing written.
    assertThatThrownBy(() -> taskService.complete(approve.getId(), Map.of(Vars.REPORT_APPROVAL, "returned")))
        .hasMessageContaining("reportApprovalNotes");
    complete(Elements.APPROVE_REPAIR_REPORT, Map.of(Vars.REPORT_APPROVAL, "returned",
        Vars.REPORT_APPROVAL_NOTES, "Say which contacts were cleaned"));
    Task again = task(Elements.WRITE_REPAIR_REPORT);
    assertThat(again.getAssignee()).isEqualTo("eric");
    assertThat(status()).isEqualTo(Status.IN_REPAIR);

    report("none");
    assertThat(instance).isWaitingAt(Elements.OBTAIN_SIGN_OFF);
    signOff("resolved");
    assertThat(instance).hasNotPassed(Elements.SPOT_CHECK).isWaitingAt(Elements.TIMER_FOLLOW_UP_DUE);
    assertThat(actions()).containsSubsequence(Actions.REPAIR_REPORT, Actions.REPORT_APPROVAL, Actions.REPAIR_REPORT,
        Actions.REPORT_APPROVAL);
    assertThat(records()).filteredOn(r -> Actions.REPORT_APPROVAL.equals(r.action())).extracting(ServiceRecord::note)
        .containsExactly("维修报告已退回；Say which contacts were cleaned", "维修报告已批准并归档");
  }

  @Test
  @DisplayName("003 四.2 售后部门应安排专人对维修后的复印机进行抽检: a finished repair in the sample is checked by phone or on"
      + " site after the sign-off; a passed check lets the case go on to the follow-up")
  void aSampledRepairIsSpotCheckedAfterTheSignOffAndAPassedCheckGoesOn() {
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.QUALITY.code());
    dispatch();
    diagnose(DamageCause.QUALITY.code(), RepairRoute.ON_SITE.code());
    complete(Elements.REPAIR_ON_SITE, RepairCases.repaired("Cleaned contacts"));
    report("none", true);
    assertThat(instance).variables().containsEntry(Vars.SPOT_CHECK_SAMPLED, true);
    signOff("resolved");

    Task check = task(Elements.SPOT_CHECK);
    assertThat(Tasks.candidateGroups(taskService, check)).containsExactly("service-managers");
    assertThat(check.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 3, 5, 9, 0)));
    assertThat(status()).isEqualTo(Status.SPOT_CHECK);
    assertThat(instance).hasNotPassed(Elements.TIMER_FOLLOW_UP_DUE);
    complete(Elements.SPOT_CHECK, Map.of(Vars.SPOT_CHECK_METHOD, "phone", Vars.SPOT_CHECK_RESULT, "passed"));

    assertThat(instance).isWaitingAt(Elements.TIMER_FOLLOW_UP_DUE).hasNotPassed(Elements.REWORK);
    followUp(5);
    assertThat(instance).isEnded().hasPassed(Elements.RECORD_SPOT_CHECK, Elements.END_COMPLETED);
    assertThat(records()).anySatisfy(r -> {
      assertThat(r.action()).isEqualTo(Actions.SPOT_CHECK);
      assertThat(r.note()).isEqualTo("质量抽检（phone）：passed");
    });
    assertThat(actions()).doesNotContain(Actions.SPOT_CHECK_FAILED);
  }

  @Test
  @DisplayName("003 四.2 对抽检不合格的维修工作，应及时要求维修工程师返工: a failed check sends the repair back to its engineer,"
      + " is recorded against them, and the reworked repair is approved and checked again")
  void aFailedSpotCheckSendsTheRepairBackToTheEngineerAndTheReworkIsCheckedAgain() {
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.QUALITY.code());
    dispatch();
    diagnose(DamageCause.QUALITY.code(), RepairRoute.ON_SITE.code());
    complete(Elements.REPAIR_ON_SITE, RepairCases.repaired("Cleaned contacts"));
    report("none", true);
    signOff("resolved");

    Task check = task(Elements.SPOT_CHECK);
    assertThatThrownBy(() -> taskService.complete(check.getId(), Map.of(Vars.SPOT_CHECK_METHOD, "onSite",
        Vars.SPOT_CHECK_RESULT, "failed"))).hasMessageContaining("spotCheckNotes");
    complete(Elements.SPOT_CHECK, Map.of(Vars.SPOT_CHECK_METHOD, "onSite", Vars.SPOT_CHECK_RESULT, "failed",
        Vars.SPOT_CHECK_NOTES, "Paper still jams after 20 pages"));

    Task rework = task(Elements.REWORK);
    assertThat(rework.getAssignee()).isEqualTo("eric");
    assertThat(rework.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 3, 4, 9, 0)));
    assertThat(status()).isEqualTo(Status.REWORK);
    assertThat(instance).hasNotPassed(Elements.TIMER_FOLLOW_UP_DUE, Elements.REQUEST_INVOICE);
    assertThat(records()).anySatisfy(r -> {
      assertThat(r.action()).isEqualTo(Actions.SPOT_CHECK_FAILED);
      assertThat(r.engineer()).isEqualTo("eric");
      assertThat(r.recordedBy()).isEqualTo("eric");
      assertThat(r.note()).contains("Paper still jams");
    });
    Map<String, Object> reworked = new HashMap<>(RepairCases.repaired("Replaced the pick-up roller"));
    reworked.put(Vars.REWORK_NOTES, "Replaced the pick-up roller, 200 pages without a jam");
    complete(Elements.REWORK, reworked);

    // The report is written and approved again; no check is ordered, but a reworked repair is always checked.
    assertThat(instance).variables().containsEntry(Vars.REWORKS, 1);
    report("none", false);
    assertThat(instance).variables().containsEntry(Vars.SPOT_CHECK_SAMPLED, true);
    signOff("resolved");
    complete(Elements.SPOT_CHECK, Map.of(Vars.SPOT_CHECK_METHOD, "phone", Vars.SPOT_CHECK_RESULT, "passed"));
    assertThat(instance).isWaitingAt(Elements.TIMER_FOLLOW_UP_DUE);
    assertThat(actions()).containsSubsequence(Actions.SPOT_CHECK, Actions.SPOT_CHECK_FAILED, Actions.REWORK,
        Actions.REPAIR_REPORT, Actions.REPORT_APPROVAL, Actions.SPOT_CHECK);
  }

  @Test
  void invalidAssessmentIsRejectedAndNothingIsWritten() {
    start(true, "2025-11-20");
    Task assess = task(Elements.ASSESS_REQUEST);
    Map<String, Object> bogus = Map.of(Vars.RESOLUTION, "ignore it", Vars.ASSESSMENT_NOTES, "n/a");

    assertThatThrownBy(() -> taskService.complete(assess.getId(), bogus))
        .hasMessageContaining("resolution");

    // The whole completion rolled back: the task is still open and the case record unchanged.
    assertThat(instance).isWaitingAt(Elements.ASSESS_REQUEST);
    assertThat(runtimeService.getVariable(instance.getId(), Vars.RESOLUTION)).isNull();
    assertThat(actions()).doesNotContain(Actions.ASSESSMENT);
    assertThat(status()).isEqualTo(Status.ASSESSMENT);
  }

  // ---- steps -----------------------------------------------------------------------------------

  @Test
  @DisplayName("003 五.3: parts the store holds are drawn through a requisition (approved, issued on the ledger) and"
      + " the repair goes on without parts-approval; the unused part goes back to the store after the repair")
  void stockedPartsAreDrawnFromTheStoreThroughARequisition() {
    Part toner = StockScenario.stockedPart(stock, 5);
    Part drum = StockScenario.stockedPart(stock, 2);
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.QUALITY.code());
    dispatch();
    complete(Elements.DIAGNOSE_ON_SITE, Map.<String, Object>of(Vars.FAULTS_FOUND, "Toner and drum worn", Vars.DAMAGE_CAUSE,
        DamageCause.QUALITY.code(), Vars.REPAIR_ROUTE, RepairRoute.PARTS.code(), Vars.REPAIR_DIFFICULTY, "standard",
        "drawFromStore", true,
        "stockLines", SpinValues.jsonValue("[{\"part\":\"%s\",\"quantity\":2,\"more\":true},{\"part\":\"%s\",\"quantity\":1}]"
            .formatted(toner.code(), drum.code())).create()));

    assertThat(instance).isWaitingAt(Elements.STORE_PARTS_ISSUED).hasPassed(Elements.PLAN_PARTS_SOURCE);
    ProcessInstance requisition = requisition();
    assertThat(requisition.getBusinessKey()).isEqualTo(caseNumber);
    StaffTasks staff = new StaffTasks(taskService, identityService);
    staff.complete(requisition.getId(), "kate", "store-keepers", Map.<String, Object>of("approvalDecision", "approved"));
    staff.complete(requisition.getId(), "kate", "store-keepers", Map.<String, Object>of("requisitionLines", SpinValues.jsonValue(
        "[{\"part\":\"%s\",\"issued\":2},{\"part\":\"%s\",\"issued\":1}]".formatted(toner.code(), drum.code()))
        .create()));

    assertThat(instance).isWaitingAt(Elements.REPAIR_WITH_PARTS).hasNotPassed(Elements.PARTS_APPROVAL);
    assertThat(runtimeService.getVariable(instance.getId(), "storeShortQuantity")).isEqualTo(0);
    assertThat((String) runtimeService.getVariable(instance.getId(), "storeIssued")).contains(toner.code() + " ")
        .contains(drum.code() + " ");
    assertThat(stock.onHand("main", toner.code())).isEqualTo(3);
    assertThat(stock.onHand("main", drum.code())).isEqualTo(1);
    complete(Elements.REPAIR_WITH_PARTS, RepairCases.repaired("Toner and drum replaced"));
    assertThat(instance).isWaitingAt(Elements.WRITE_REPAIR_REPORT);

    staff.complete(requisition.getId(), "eric", "engineers", Map.<String, Object>of("requisitionLines", SpinValues.jsonValue(
        "[{\"part\":\"%s\",\"unused\":1,\"oldPartOutcome\":\"scrapped\"},{\"part\":\"%s\",\"unused\":0,\"oldPartOutcome\":\"recovered\"}]"
            .formatted(toner.code(), drum.code())).create()));
    assertThat(requisition).isEnded();
    assertThat(stock.usedByCase(caseNumber)).extracting(StockService.CasePart::part, StockService.CasePart::quantity)
        .containsExactlyInAnyOrder(tuple(toner.code(), 1), tuple(drum.code(), 1));
  }

  @Test
  @DisplayName("003 五.3: what the shelf lacks and a rejected requisition go to parts-approval, named in partsNeeded")
  void shortAndRejectedStockGoesToPartsApproval() {
    Part toner = StockScenario.stockedPart(stock, 1);
    start(true, "2025-11-20");
    assess(Resolution.ON_SITE.code(), DamageCause.QUALITY.code());
    dispatch();
    complete(Elements.DIAGNOSE_ON_SITE, Map.<String, Object>of(Vars.FAULTS_FOUND, "Toner worn", Vars.DAMAGE_CAUSE,
        DamageCause.QUALITY.code(), Vars.REPAIR_ROUTE, RepairRoute.PARTS.code(), Vars.REPAIR_DIFFICULTY, "standard",
        "drawFromStore", true,
        "stockLines", SpinValues.jsonValue("[{\"part\":\"%s\",\"quantity\":3}]".formatted(toner.code())).create()));

    assertThat(instance).isWaitingAt(Elements.STORE_PARTS_ISSUED);
    assertThat((String) runtimeService.getVariable(instance.getId(), Vars.PARTS_NEEDED))
        .as("the two the shelf lacks").contains("库存不足, 需补件: " + toner.code()).endsWith(" x2");
    new StaffTasks(taskService, identityService).complete(requisition().getId(), "kate", "store-keepers",
        Map.of("approvalDecision", "rejected", "approvalComment", "该配件留作应急"));

    assertThat(instance).isWaitingAt(Elements.PARTS_APPROVAL);
    assertThat(runtimeService.getVariables(partsFlow().getId()).get(Vars.PARTS_NEEDED).toString())
        .contains("库存不足, 需补件: " + toner.code()).contains("库存未发放, 需补件: " + toner.code());
    assertThat(stock.onHand("main", toner.code())).isEqualTo(1);
  }

  private ProcessInstance requisition() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("parts-requisition")
        .processInstanceBusinessKey(caseNumber).singleResult();
  }

  private void start(boolean purchaseProof, String purchaseDate) {
    ServiceCase opened = cases.open(new NewCase("REPAIR", "phone", "Zhang Wei", "13800000000",
        "zhang.wei@example.com", "8 Xinhua Road, Suzhou", "LX-200 analyser", "SN-4411",
        purchaseDate == null ? null : LocalDate.parse(purchaseDate), purchaseProof, "Does not power on", null, null, null, null));
    caseNumber = opened.caseNumber();
    Map<String, Object> vars = new HashMap<>();
    vars.put(CaseVariables.CASE_NUMBER, caseNumber);
    vars.put(CaseVariables.CASE_TYPE, "REPAIR");
    vars.put(CaseVariables.CHANNEL, "phone");
    vars.put(CaseVariables.CUSTOMER_NAME, "Zhang Wei");
    vars.put(CaseVariables.PRODUCT_MODEL, "LX-200 analyser");
    vars.put(CaseVariables.SERIAL_NUMBER, "SN-4411");
    vars.put(CaseVariables.PURCHASE_DATE, purchaseDate);
    vars.put(CaseVariables.PURCHASE_PROOF, purchaseProof);
    vars.put(CaseVariables.DESCRIPTION, "Does not power on");
    vars.put(CaseVariables.RESPONSE_DUE_AT, at(START.plusDays(1)));
    instance = runtimeService.startProcessInstanceByKey(RepairProcess.PROCESS_KEY, caseNumber, vars);
    cases.attachProcessInstance(caseNumber, instance.getId());
    runDueJobs();
  }

  private void assess(String resolution, String cause) {
    complete(Elements.ASSESS_REQUEST, Map.of(Vars.RESOLUTION, resolution, Vars.DAMAGE_CAUSE, cause,
        Vars.ASSESSMENT_NOTES, "Unit does not start after a power cut"));
  }

  private void dispatch() {
    complete(Elements.DISPATCH_ENGINEER, Map.of(Vars.ENGINEER, "eric", Vars.APPOINTMENT, "2026-03-03T10:00Z"));
  }

  private void diagnose(String cause, String route) {
    diagnose(cause, route, "standard");
  }

  private void diagnose(String cause, String route, String difficulty) {
    complete(Elements.DIAGNOSE_ON_SITE, Map.of(Vars.FAULTS_FOUND, "Power supply board faulty",
        Vars.DAMAGE_CAUSE, cause, Vars.REPAIR_ROUTE, route, Vars.PARTS_NEEDED, "1x PSU-200",
        Vars.REPAIR_DIFFICULTY, difficulty));
  }

  private void quote() {
    // Labour is not typed in: labour-rate.dmn prices it (an intermediate engineer's standard repair: 200).
    complete(Elements.PREPARE_QUOTE, Map.of(Vars.REPAIR_DIFFICULTY, "standard", Vars.PARTS_COST, 150.0,
        Vars.QUOTE_NOTES, "Power supply board and two hours' work"));
  }

  /** The engineer's report and the service manager's approval (no spot check ordered). */
  private void report(String oldParts) {
    report(oldParts, false);
  }

  private void report(String oldParts, boolean orderSpotCheck) {
    writeReport(oldParts);
    complete(Elements.APPROVE_REPAIR_REPORT, Map.of(Vars.REPORT_APPROVAL, "approved",
        Vars.SPOT_CHECK_ORDERED, orderSpotCheck));
    assertThat(status()).isEqualTo(Status.AWAITING_SIGN_OFF);
  }

  private void writeReport(String oldParts) {
    complete(Elements.WRITE_REPAIR_REPORT, Map.of(Vars.FAULTS_FOUND, "Power supply board faulty",
        Vars.PARTS_REPLACED, "PSU-200", Vars.OLD_PARTS, oldParts, Vars.REPORT_NOTES, "Tested for an hour"));
    assertThat(status()).isEqualTo(Status.AWAITING_REPORT_APPROVAL);
  }

  private void signOff(String verdict) {
    complete(Elements.OBTAIN_SIGN_OFF, RepairCases.signedOff(verdict, "Checked with customer"));
  }

  /** Fires the 24-hour follow-up timer and makes the call. */
  private void followUp(int satisfaction) {
    moveClockTo(EngineClock.now().plusHours(24).plusMinutes(1));
    Task call = task(Elements.FOLLOW_UP_CALL);
    assertThat(Tasks.candidateGroups(taskService, call)).containsExactly("customer-service");
    complete(Elements.FOLLOW_UP_CALL, Map.of(Vars.SATISFACTION, (long) satisfaction,
        Vars.FOLLOW_UP_COMMENTS, "Customer comments"));
  }

  /** One part line as the parts flow's specialist records it (flows.parts.PartsProcess). */
  private static final String PSU_LINE = "[{\"partName\":\"Power supply board PSU-200\",\"part\":\"other\","
      + "\"partCategory\":\"hardware\",\"colour\":\"grey\",\"quantity\":1,\"batchNumber\":\"B2026-031\","
      + "\"inspectionNumber\":\"QC-88812\",\"reason\":\"Board burnt out\"}]";

  /** The parts flow's first steps: the specialist records the line, planning approves. */
  private void recordAndApproveParts() {
    completeParts("Task_RecordPartsRequest", Map.of("partsLines", PSU_LINE));
    completeParts("Task_ReviewPartsRequest", Map.of("reviewDecision", "approved"));
  }

  /** The parts flow's remaining steps for free parts: made, booked in, shipped complete. */
  private void makeAndShipParts() {
    completeParts("Task_MakeParts", Map.of("partsInspected", true));
    completeParts("Task_EnterPickupNotice", Map.of("pickupNoticeReference", "TH-2026-0301",
        "pickupPlace", "Factory gate 2"));
    completeParts("Task_BookIntoWarehouse", Map.of("warehouseLocation", "A-01-03"));
    completeParts("Task_ArrangeShipping", Map.of("deliveryNoteNumber", "DN-7001", "nextDeliveryDate", "2026-03-20"));
    completeParts("Task_ShipParts", Map.of("shipmentResult", "complete"));
  }

  private void deliverParts() {
    recordAndApproveParts();
    makeAndShipParts();
  }

  private ProcessInstance partsFlow() {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
  }

  /** Completes a task of the parts flow called for this case (its own forms and groups, tested there). */
  private void completeParts(String key, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).processDefinitionKey("parts-approval")
        .taskDefinitionKey(key).singleResult();
    assertThat(task).as("open parts task %s", key).isNotNull();
    taskService.complete(task.getId(), variables);
    runDueJobs();
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private Task task(String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .initializeFormKeys().singleResult();
  }

  /** Completes the open task, checking first what every repair task must have, then runs what is due. */
  private void complete(String key, Map<String, Object> variables) {
    Task task = task(key);
    assertThat(task).as("open task %s", key).isNotNull();
    assertThat(task.getDueDate()).as("due date of %s", key).isNotNull();
    assertThat(Tasks.candidateGroups(taskService, task)).as("candidate groups of %s", key).isNotEmpty();
    assertThat(task.getCamundaFormRef()).as("form of %s", key).isNotNull();
    assertThat(task.getCamundaFormRef().getKey()).startsWith("repair-");
    taskService.complete(task.getId(), variables);
    runDueJobs();
  }

  private void moveClockTo(LocalDateTime time) {
    EngineClock.set(at(time));
    runDueJobs();
  }

  /** Executes async continuations and due timers of the case (the repair and the parts flow it calls). */
  private void runDueJobs() {
    Jobs.runDueOfCase(runtimeService, managementService, caseNumber);
  }

  private Object historicVariable(String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  private String status() {
    return cases.find(caseNumber).orElseThrow().status();
  }

  private List<ServiceRecord> records() {
    return cases.records(caseNumber);
  }

  private List<String> actions() {
    return records().stream().map(ServiceRecord::action).toList();
  }

  private List<OutboxEntry> mails(String template) {
    return Mails.of(outbox, caseNumber, template);
  }

  private OutboxEntry singleMail(String template) {
    List<OutboxEntry> found = mails(template);
    assertThat(found).as("mails %s for %s", template, caseNumber).hasSize(1);
    return found.get(0);
  }
}
