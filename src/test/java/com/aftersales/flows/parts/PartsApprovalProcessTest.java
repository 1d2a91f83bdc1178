package com.aftersales.flows.parts;

import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.Mails;
import com.aftersales.testsupport.ProcessTest;
import com.aftersales.flows.FirstContact;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.Tasks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.parts.PartsProcess.Elements;
import com.aftersales.flows.parts.PartsProcess.Status;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.mail.Outbox;
import com.aftersales.mail.OutboxEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of parts-approval with the real delegates, decision tables, records, outbox and working-day
 * calendar; timers fire by moving the engine clock and executing the due jobs. Its runs must walk at least 90 %
 * of parts-approval (testsupport.ProcessCoverage; report under target/process-test-coverage).
 */
@ProcessTest
class PartsApprovalProcessTest {

  /** Monday 2 March 2026, 09:00 in the company zone: no holidays in the following weeks. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

  static final String HEADBOARD_18 = line("Bed headboard 1.8 m", "bed-headboard", "double-sided-gloss-panel", "1.8", 1);
  static final String DOOR_PANELS = line("Wardrobe door panel", "door-panel", "single-sided-gloss-panel", null, 2);
  static final String HINGES = line("Door hinge", "other", "hardware", null, 4);
  static final String GLASS = line("Cabinet glass", "other", "inner-panel-or-glass", null, 1);

  @Autowired PriceList priceList;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired CaseService cases;
  @Autowired Outbox outbox;
  @Autowired PartsService requests;
  @Autowired com.aftersales.flows.visit.VisitRepository visits;

  ProcessInstance instance;
  String caseNumber;

  @BeforeEach
  void setUp() {
    EngineClock.set(at(START));
  }

  // ---- the paths ------------------------------------------------------------------------------

  @Test
  @DisplayName("002 客服流程: a parts request is acknowledged by mail and customer service contacts the customer within"
      + " the response commitment, beside the specialist's and planning's steps")
  void partsRequestIsAcknowledgedAndContactedWithin24Hours() {
    startUncontacted(json(HINGES), true, Map.of());

    assertThat(instance).hasPassed(Elements.SEND_ACKNOWLEDGEMENT).isWaitingAt(Elements.CONTACT_CUSTOMER, Elements.REVIEW);
    assertThat(mails("parts-acknowledgement")).singleElement().satisfies(m -> {
      assertThat(m.recipient()).isEqualTo("li.lei@example.com");
      assertThat(m.subject()).contains(caseNumber);
    });
    Task contact = task(Elements.CONTACT_CUSTOMER);
    assertThat(Tasks.candidateGroups(taskService, contact)).containsExactly("customer-service");
    assertThat(contact.getDueDate()).isEqualTo(at(START.plusDays(1)));
    complete(Elements.CONTACT_CUSTOMER, Map.of(FirstContact.CONTACT_NOTE, "Confirmed the two hinges by phone"));

    assertThat(instance).hasPassed(FirstContact.RECORD_FIRST_CONTACT, "EndEvent_CustomerContacted")
        .isWaitingAt(Elements.REVIEW);
    assertThat(actions()).contains(FirstContact.ACTION);
    runtimeService.deleteProcessInstance(instance.getId(), "test done");
  }

  @Test
  @DisplayName("002 二(五)1.3 处理后有回访: warranty parts are recorded, approved, made, booked in and shipped free; the closed parts case enters the return-visit programme")
  void warrantyPartsAreRecordedApprovedMadeBookedInAndShippedFree() {
    start(null, false);
    assertThat(instance).isWaitingAt(Elements.RECORD_REQUEST);
    Task record = task(Elements.RECORD_REQUEST);
    assertThat(Tasks.candidateGroups(taskService, record)).containsExactly("customer-service");
    assertThat(record.getDueDate()).isEqualTo(at(START.plusDays(1)));
    assertThat(instance).variables().containsEntry(Vars.PARTS_LINES_PROBLEMS, "请至少填写一行配件。");

    complete(Elements.RECORD_REQUEST, Map.of(Vars.PARTS_LINES, json(HINGES), Vars.COVERED_BY_WARRANTY, true));
    assertThat(instance).isWaitingAt(Elements.REVIEW);
    assertThat(Tasks.candidateGroups(taskService, task(Elements.REVIEW))).containsExactly("planning");
    assertThat(instance).variables().containsEntry(Vars.UNPRICED_LINES, 0);
    approve();

    assertThat(instance).hasPassed(Elements.PLAN_ORDER).hasNotPassed(Elements.MAIL_PAYMENT_REQUEST)
        .isWaitingAt(Elements.MAKE_PARTS);
    Task make = task(Elements.MAKE_PARTS);
    assertThat(Tasks.candidateGroups(taskService, make)).containsExactly("production");
    // hardware: within 2 working days
    assertThat(make.getDueDate()).isEqualTo(at(START.plusDays(2)));
    makeAndBookIn("A-01-03");
    assertThat(instance).isWaitingAt(Elements.ARRANGE_SHIPPING);
    assertThat(request().status()).isEqualTo(Status.READY_TO_SHIP);

    arrangeShipping("DN-1001");
    assertThat(mails("parts-shipping-notice")).isNotEmpty().allSatisfy(m ->
        assertThat(m.body()).contains("DN-1001").contains(caseNumber));
    ship("complete", null);

    assertThat(instance).isEnded().hasPassed(Elements.MAIL_SHIPPED, Elements.END_DELIVERED);
    assertThat(instance).variables().containsEntry(Vars.PARTS_DELIVERED, true)
        .containsEntry(Vars.PARTS_TOTAL_AMOUNT, "0.00");
    PartsRequest done = request();
    assertThat(done.status()).isEqualTo(Status.DELIVERED);
    assertThat(done.lines()).singleElement().satisfies(l -> {
      assertThat(l.priceSource()).isEqualTo(PartLine.WARRANTY);
      assertThat(l.amount()).isEqualByComparingTo("0");
    });
    assertThat(done.orders()).singleElement().satisfies(o -> {
      assertThat(o.location()).isEqualTo("A-01-03");
      assertThat(o.bookedAt()).isNotNull();
    });
    assertThat(cases.find(caseNumber).orElseThrow().status()).isEqualTo("PARTS_DELIVERED");
    assertThat(visits.find(com.aftersales.flows.visit.VisitService.visitNumberOf(caseNumber)))
        .hasValueSatisfying(v -> assertThat(v.caseFinalStatus()).isEqualTo("PARTS_DELIVERED"));
    assertThat(actions()).containsSubsequence(PartsProcess.Actions.REQUESTED, PartsProcess.Actions.REVIEWED,
        PartsProcess.Actions.BOOKED_IN, PartsProcess.Actions.SHIPPED, PartsProcess.Actions.CLOSED);
    assertThat(mails("parts-shipped")).singleElement()
        .satisfies(m -> assertThat(m.recipient()).isEqualTo("li.lei@example.com"));
  }

  @Test
  @DisplayName("000 §1.5.1.1 / §1.5.2.3: parts under warranty stay free even when the caller bills its case; nothing"
      + " is marked as billed with the repair")
  void warrantyPartsStayFreeWhenTheCallerSaysItsCaseBillsThem() {
    start(json(HEADBOARD_18), true, Map.of(Vars.PARTS_BILLED_BY_CASE, true, Vars.CASE_QUOTED_PARTS_AMOUNT, 650L));
    assertThat(instance).isWaitingAt(Elements.REVIEW);
    approve();
    assertThat(instance).hasNotPassed(Elements.RECORD_BILLED_WITH_CASE, Elements.MAIL_PAYMENT_REQUEST)
        .isWaitingAt(Elements.MAKE_PARTS);
    assertThat(request().billedByCase()).isFalse();
    assertThat(request().lines()).singleElement()
        .satisfies(l -> assertThat(l.priceSource()).isEqualTo(PartLine.WARRANTY));
    assertThat(actions()).doesNotContain(PartsProcess.Actions.BILLED_WITH_CASE);
  }

  @Test
  @DisplayName("000 §1.5.2.3: only a calling repair bills the parts with its invoice; a parts request started on its"
      + " own is priced and paid by itself even when started with partsBilledByCase")
  void standaloneRequestKeepsItsOwnPricingAndPaymentWhateverItWasStartedWith() {
    start(json(HEADBOARD_18, DOOR_PANELS), false,
        Map.of(Vars.PARTS_BILLED_BY_CASE, true, Vars.CASE_QUOTED_PARTS_AMOUNT, "1"));
    assertThat(instance).variables().containsEntry(Vars.PARTS_BILLED_BY_CASE, false);
    assertThat((String) variable(Vars.PARTS_SUMMARY)).contains("650.00 yuan/each = 650.00");
    approve();
    assertThat(instance).variables().containsEntry(Vars.CHARGEABLE, true)
        .containsEntry(Vars.PARTS_TOTAL_AMOUNT, "990.00");
    assertThat(instance).hasNotPassed(Elements.RECORD_BILLED_WITH_CASE)
        .isWaitingAt(Elements.CONFIRM_PAYMENT, Elements.MAKE_PARTS);
    assertThat(request().billedByCase()).isFalse();
    assertThat(request().caseQuotedPartsAmount()).isNull();
  }

  @Test
  void chargeablePartsArePricedFromTheTableAndShipOnlyAfterPayment() {
    start(json(HEADBOARD_18, DOOR_PANELS), false);
    assertThat(instance).hasNotPassed(Elements.RECORD_REQUEST).isWaitingAt(Elements.REVIEW);
    assertThat((String) variable(Vars.PARTS_SUMMARY)).contains("650.00 yuan/each = 650.00")
        .contains("170.00 yuan/each = 340.00");
    approve();
    assertThat(instance).variables().containsEntry(Vars.CHARGEABLE, true)
        .containsEntry(Vars.PARTS_TOTAL_AMOUNT, "990.00");
    assertThat(mails("parts-payment-request")).singleElement()
        .satisfies(m -> assertThat(m.body()).contains("990.00").contains(caseNumber));
    assertThat(instance).isWaitingAt(Elements.CONFIRM_PAYMENT, Elements.MAKE_PARTS);
    assertThat(Tasks.candidateGroups(taskService, task(Elements.CONFIRM_PAYMENT))).containsExactly("finance");

    makeAndBookIn("B-02-01");
    // made but not paid: nothing ships
    assertThat(instance).isWaitingAt(Elements.CONFIRM_PAYMENT).hasNotPassed(Elements.ARRANGE_SHIPPING);
    assertThatThrownBy(() -> complete(Elements.CONFIRM_PAYMENT,
        Map.of(Vars.PAID_AMOUNT, 500L, Vars.PAYMENT_REFERENCE, "BANK-77")))
        .hasMessageContaining("does not cover");
    complete(Elements.CONFIRM_PAYMENT, Map.of(Vars.PAID_AMOUNT, 990L, Vars.PAYMENT_REFERENCE, "BANK-77"));
    assertThat(instance).isWaitingAt(Elements.ARRANGE_SHIPPING);
    assertThat(request().paidAmount()).isEqualByComparingTo("990");
    assertThat(request().paymentReference()).isEqualTo("BANK-77");

    arrangeShipping("DN-2001");
    ship("complete", null);
    assertThat(instance).isEnded().hasPassed(Elements.RECORD_PAYMENT, Elements.END_DELIVERED);
    assertThat(request().totalAmount()).isEqualByComparingTo("990");
  }

  @Test
  void latePaymentIsRemindedEveryThreeWorkingDaysAndEscalatedAfterTen() {
    start(json(DOOR_PANELS), false);
    approve();
    makeAndBookIn("C-01-01");
    assertThat(mails("parts-payment-reminder")).isEmpty();

    moveClockTo(LocalDateTime.of(2026, 3, 5, 9, 0));
    assertThat(mails("parts-payment-reminder")).singleElement()
        .satisfies(m -> assertThat(m.body()).contains("340.00"));
    moveClockTo(LocalDateTime.of(2026, 3, 10, 9, 0));
    assertThat(mails("parts-payment-reminder")).hasSize(2);
    assertThat(mails("parts-payment-overdue")).isEmpty();

    moveClockTo(LocalDateTime.of(2026, 3, 16, 9, 0));
    // every member of service-managers (other tests may add members)
    assertThat(mails("parts-payment-overdue")).extracting(OutboxEntry::recipient).contains("sam@aftersales.example");
    assertThat(instance).isWaitingAt(Elements.CONFIRM_PAYMENT).hasPassed(Elements.MAIL_PAYMENT_OVERDUE);

    complete(Elements.CONFIRM_PAYMENT, Map.of(Vars.PAID_AMOUNT, 340L, Vars.PAYMENT_REFERENCE, "LATE-1"));
    assertThat(instance).isWaitingAt(Elements.ARRANGE_SHIPPING);
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().count()).isZero();
  }

  @Test
  void rejectedRequestIsMailedWithItsReasonAndNothingIsMade() {
    start(json(GLASS), false);
    assertThat(instance).variables().containsEntry(Vars.UNPRICED_LINES, 1);
    assertThatThrownBy(() -> complete(Elements.REVIEW, Map.of(Vars.REVIEW_DECISION, "rejected")))
        .hasMessageContaining("reason");
    complete(Elements.REVIEW, Map.of(Vars.REVIEW_DECISION, "rejected",
        Vars.REJECTION_REASON, "The glass is not damaged in transport; please use the spare"));
    runJobs();

    assertThat(instance).isEnded().hasPassed(Elements.MAIL_REJECTION, Elements.END_REJECTED)
        .hasNotPassed(Elements.MAKE_ORDERS);
    assertThat(mails("parts-rejected")).singleElement()
        .satisfies(m -> assertThat(m.body()).contains("not damaged in transport").contains(caseNumber));
    assertThat(request().status()).isEqualTo(Status.REJECTED);
    assertThat(request().rejectionReason()).contains("not damaged");
    assertThat(instance).variables().containsEntry(Vars.PARTS_DELIVERED, false);
  }

  @Test
  void partWithoutTablePriceGetsThePlanningManagersPrice() {
    start(json(GLASS, HEADBOARD_18), false);
    assertThatThrownBy(() -> complete(Elements.REVIEW, Map.of(Vars.REVIEW_DECISION, "approved")))
        .hasMessageContaining("line(s) 1");
    // the review form's list: line numbers (read only) and the manager's price for line 1
    complete(Elements.REVIEW, Map.of(Vars.REVIEW_DECISION, "approved", Vars.PARTS_LINES,
        json("{\"lineNo\":1,\"unitPrice\":80.5}", "{\"lineNo\":2,\"unitPrice\":1}")));
    runJobs();
    assertThat(instance).variables().containsEntry(Vars.PARTS_TOTAL_AMOUNT, "730.50");
    assertThat(request().lines()).extracting(PartLine::priceSource)
        .containsExactly(PartLine.PLANNING, PartLine.PRICE_TABLE);
    // table prices are kept whatever the form says
    assertThat(request().lines().get(1).unitPrice()).isEqualByComparingTo("650");
  }

  @Test
  @DisplayName("004 附表: a part the product's price list prices is billed at that price; the appendix table prices"
      + " only the parts the list does not")
  void priceListComesBeforeTheAppendixTable() {
    priceList.put("Bed B-180", "bed-headboard", "1.8", "each", new BigDecimal("620.00"), "paul", Instant.now());
    try {
      start(json(HEADBOARD_18, DOOR_PANELS), false);
      assertThat(request().lines()).extracting(PartLine::priceSource)
          .containsExactly(PartLine.PRICE_LIST, PartLine.PRICE_TABLE);
      assertThat((String) variable(Vars.PARTS_SUMMARY)).contains("620.00 yuan/each = 620.00")
          .contains("170.00 yuan/each = 340.00");
      approve();
      assertThat(instance).variables().containsEntry(Vars.PARTS_TOTAL_AMOUNT, "960.00");
    } finally {
      priceList.remove("Bed B-180", "bed-headboard", "1.8");
    }
  }

  @Test
  void urgentOrdersUseTheDateAgreedWithProductionAndSplitOrdersHaveTheirOwnLeadTimes() {
    start(json(HEADBOARD_18, HINGES), true, Map.of(Vars.URGENT, true, Vars.SPLIT_ORDERS, true));
    approve();
    List<Task> negotiations = tasks(Elements.NEGOTIATE_URGENT);
    assertThat(negotiations).hasSize(2);
    assertThat(Tasks.candidateGroups(taskService, negotiations.get(0))).containsExactly("production");
    assertThat(request().orders()).extracting(PartsRequest.Order::kind).containsExactly("panels", "hardware");
    assertThat(request().orders()).extracting(PartsRequest.Order::maxDays).containsExactly(12, 2);

    for (Task t : negotiations) {
      taskService.complete(t.getId(), Map.of(Vars.AGREED_READY_DATE, "2026-03-04"));
    }
    List<Task> making = tasks(Elements.MAKE_PARTS);
    assertThat(making).hasSize(2).allSatisfy(t ->
        assertThat(t.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 3, 4, 18, 0))));
    assertThat(request().orders()).allSatisfy(o -> assertThat(o.urgentAgreed()).isTrue());
    assertThat(instance).hasPassed(Elements.RECORD_URGENT_DATE);

    for (Task t : making) {
      taskService.complete(t.getId(), Map.of("partsInspected", true));
    }
    for (Task t : tasks(Elements.ENTER_PICKUP_NOTICE)) {
      taskService.complete(t.getId(), Map.of(Vars.PICKUP_NOTICE_REFERENCE, "TH-" + t.getId(),
          Vars.PICKUP_PLACE, "Factory gate 2"));
    }
    runJobs();
    for (Task t : tasks(Elements.BOOK_INTO_WAREHOUSE)) {
      taskService.complete(t.getId(), Map.of(Vars.WAREHOUSE_LOCATION, "U-1"));
    }
    assertThat(instance).isWaitingAt(Elements.ARRANGE_SHIPPING);
    assertThat(request().orders()).allSatisfy(o -> assertThat(o.bookedAt()).isNotNull());
  }

  @Test
  void exceededLeadTimeAlertsPlanningWhileProductionGoesOn() {
    start(json(HEADBOARD_18), true);
    approve();
    Task make = task(Elements.MAKE_PARTS);
    // double-sided gloss panel: 10-12 days, read as 12 working days
    assertThat(make.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 3, 18, 9, 0)));
    moveClockTo(LocalDateTime.of(2026, 3, 18, 8, 59));
    assertThat(mails("parts-lead-time-exceeded")).isEmpty();
    moveClockTo(LocalDateTime.of(2026, 3, 18, 9, 1));
    assertThat(mails("parts-lead-time-exceeded")).extracting(OutboxEntry::recipient).contains("paul@aftersales.example");
    assertThat(mails("parts-lead-time-exceeded")).allSatisfy(m ->
        assertThat(m.body()).contains(caseNumber).contains("10-12 个工作日"));
    assertThat(instance).isWaitingAt(Elements.MAKE_PARTS).hasPassed(Elements.TIMER_LEAD_TIME_EXCEEDED);
    makeAndBookIn("D-4");
    assertThat(instance).isWaitingAt(Elements.ARRANGE_SHIPPING);
  }

  @Test
  void wrongOrMissingPartsAreCorrectedAndShippedAgain() {
    start(json(HINGES), true);
    approve();
    makeAndBookIn("E-1");
    arrangeShipping("DN-3001");
    assertThatThrownBy(() -> complete(Elements.SHIP_PARTS, Map.of(Vars.SHIPMENT_RESULT, "wrong-or-missing")))
        .hasMessageContaining("Describe");
    ship("wrong-or-missing", "Two hinges missing");
    assertThat(instance).isWaitingAt(Elements.CORRECT_PARTS);
    assertThat(request().status()).isEqualTo(Status.CORRECTION);
    complete(Elements.CORRECT_PARTS, Map.of(Vars.CORRECTION_NOTE, "Two hinges added from stock"));

    assertThat(instance).isWaitingAt(Elements.ARRANGE_SHIPPING);
    arrangeShipping("DN-3002");
    assertThat(mails("parts-shipping-notice")).anySatisfy(m -> assertThat(m.body()).contains("DN-3002"));
    ship("complete", null);
    assertThat(instance).isEnded().hasPassed(Elements.CORRECT_PARTS, Elements.END_DELIVERED);
    assertThat(request().deliveryNote()).isEqualTo("DN-3002");
  }

  @Test
  void approvedUnpackShipsAtOnceAndTheNewPartsRefillThePackage() {
    start(json(DOOR_PANELS), true, Map.of(Vars.UNPACK_REQUESTED, true));
    approve();
    Task approveUnpack = task(Elements.APPROVE_UNPACK);
    assertThat(Tasks.candidateGroups(taskService, approveUnpack)).containsExactly("marketing-managers");
    complete(Elements.APPROVE_UNPACK, Map.of(Vars.UNPACK_DECISION, "approved"));
    assertThatThrownBy(() -> complete(Elements.UNPACK_PACKAGE, Map.of(Vars.PACKAGE_NUMBER, "PKG-778",
        Vars.PACKAGE_MARKED, false))).hasMessageContaining("Mark");
    complete(Elements.UNPACK_PACKAGE, Map.of(Vars.PACKAGE_NUMBER, "PKG-778", Vars.PACKAGED_PRODUCT_MODEL,
        "Wardrobe W-200", Vars.PACKAGE_MARKED, true));

    // the parts ship from the opened package while production makes the new ones
    assertThat(instance).isWaitingAt(Elements.ARRANGE_SHIPPING, Elements.MAKE_PARTS);
    PartsRequest.Unpack log = request().unpack();
    assertThat(log.packageNumber()).isEqualTo("PKG-778");
    assertThat(log.packageMarked()).isTrue();
    // single-sided gloss panel: 8-10 days -> 10 working days to refill
    assertThat(log.replenishDue()).isEqualTo(at(LocalDateTime.of(2026, 3, 16, 9, 0)).toInstant());
    arrangeShipping("DN-4001");
    ship("complete", null);
    assertThat(instance).isNotEnded().hasPassed(Elements.MAIL_SHIPPED);

    makeAndBookIn("F-1");
    Task putBack = task(Elements.PUT_PARTS_BACK);
    assertThat(Tasks.candidateGroups(taskService, putBack)).containsExactly("warehouse");
    assertThat(putBack.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 3, 16, 9, 0)));
    moveClockTo(LocalDateTime.of(2026, 3, 16, 10, 0));
    assertThat(mails("parts-replenish-overdue")).isNotEmpty().allSatisfy(m -> assertThat(m.body()).contains("PKG-778"));
    complete(Elements.PUT_PARTS_BACK, Map.of("putBackConfirmed", true));

    assertThat(instance).isEnded().hasPassed(Elements.END_PACKAGE_REPLENISHED, Elements.END_DELIVERED);
    assertThat(request().unpack().replenishedAt()).isNotNull();
  }

  @Test
  void refusedUnpackMakesThePartsInstead() {
    start(json(DOOR_PANELS), true, Map.of(Vars.UNPACK_REQUESTED, true));
    approve();
    assertThatThrownBy(() -> complete(Elements.APPROVE_UNPACK, Map.of(Vars.UNPACK_DECISION, "refused")))
        .hasMessageContaining("reason");
    complete(Elements.APPROVE_UNPACK, Map.of(Vars.UNPACK_DECISION, "refused",
        Vars.UNPACK_DECISION_NOTE, "That wardrobe ships tomorrow"));
    assertThat(instance).isWaitingAt(Elements.MAKE_PARTS).hasNotPassed(Elements.UNPACK_PACKAGE);
    makeAndBookIn("G-1");
    assertThat(instance).isWaitingAt(Elements.ARRANGE_SHIPPING).hasNotPassed(Elements.PUT_PARTS_BACK);
    assertThat(request().unpack()).isNull();
    assertThat(actions()).contains(PartsProcess.Actions.UNPACK_DECIDED);
  }

  @Test
  void invalidLinesFromTheCallerGoToTheSpecialistWithEveryProblemNamed() {
    start(json(line("", "bed-rail", "plastic", "3.0", 0)), true);
    assertThat(instance).isWaitingAt(Elements.RECORD_REQUEST);
    assertThat((String) variable(Vars.PARTS_LINES_PROBLEMS)).contains("第 1 行：标准配件名称为必填项")
        .contains("第 1 行：类别须为").contains("第 1 行：床的尺寸须为")
        .contains("第 1 行：数量须为 1 到 99 之间的整数");
    complete(Elements.RECORD_REQUEST, Map.of(Vars.PARTS_LINES,
        json(line("Bed rail", "bed-rail", "hardware", "2.0 m", 2))));
    assertThat(instance).isWaitingAt(Elements.REVIEW);
    assertThat(request().lines()).singleElement().satisfies(l -> assertThat(l.size()).isEqualTo("2.0"));
  }

  @Test
  void repairFlowCallsThePartsFlowAndGetsTheResultBack() {
    String deployment = repositoryService.createDeployment().name("parts-caller-test")
        .addClasspathResource("parts/parts-caller-test.bpmn").deploy().getId();
    try {
      caseNumber = openCase("repair");
      Map<String, Object> vars = customer();
      vars.put("coverage", "chargeable");
      vars.put(Vars.PARTS_LINES, "[" + DOOR_PANELS + "]");
      ProcessInstance caller = runtimeService.startProcessInstanceByKey("parts-caller-test", caseNumber, vars);
      instance = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
      assertThat(instance).isNotNull().isWaitingAt(Elements.REVIEW);
      assertThat(runtimeService.getVariable(instance.getId(), Vars.COVERED_BY_WARRANTY)).isEqualTo(false);
      assertThat(instance.getBusinessKey()).isEqualTo(caseNumber);
      approve();
      makeAndBookIn("H-1");
      complete(Elements.CONFIRM_PAYMENT, Map.of(Vars.PAID_AMOUNT, 340L, Vars.PAYMENT_REFERENCE, "R-1"));
      arrangeShipping("DN-5001");
      ship("complete", null);

      assertThat(caller).isEnded().hasPassed("CallActivity_ObtainParts");
      Map<String, Object> out = new HashMap<>();
      historyService.createHistoricVariableInstanceQuery().processInstanceId(caller.getId()).list()
          .forEach(v -> out.put(v.getName(), v.getValue()));
      assertThat(out).containsEntry(Vars.PARTS_DELIVERED, true)
          .containsEntry(Vars.PARTS_REQUEST_NUMBER, caseNumber + "-P1")
          .containsEntry(Vars.PARTS_REQUEST_STATUS, Status.DELIVERED)
          .containsEntry(Vars.PARTS_TOTAL_AMOUNT, "340.00");
      // the repair's case keeps its own status; the parts flow adds its records
      assertThat(cases.find(caseNumber).orElseThrow().status()).isEqualTo("OPEN");
      assertThat(actions()).contains(PartsProcess.Actions.REQUESTED, PartsProcess.Actions.CLOSED);
    } finally {
      repositoryService.deleteDeployment(deployment, true, true);
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  static String line(String name, String part, String category, String size, int quantity) {
    return "{\"partName\":\"" + name + "\",\"part\":\"" + part + "\",\"partCategory\":\"" + category + "\","
        + (size == null ? "" : "\"size\":\"" + size + "\",") + "\"colour\":\"walnut\",\"quantity\":" + quantity
        + ",\"batchNumber\":\"B2026-031\",\"inspectionNumber\":\"QC-88812\",\"reason\":\"Damaged in transport\"}";
  }

  static Object json(String... lines) {
    return SpinValues.jsonValue("[" + String.join(",", lines) + "]").create();
  }

  private void start(Object lines, boolean warranty) {
    start(lines, warranty, Map.of());
  }

  private void start(Object lines, boolean warranty, Map<String, Object> more) {
    startUncontacted(lines, warranty, more);
    complete(Elements.CONTACT_CUSTOMER,
        Map.of(FirstContact.CONTACT_NOTE, "Called: the parts are checked by planning, we call back with the date"));
  }

  /** As intake starts a parts request: the acknowledgement is sent, customer service's first contact is open. */
  private void startUncontacted(Object lines, boolean warranty, Map<String, Object> more) {
    caseNumber = openCase("parts");
    Map<String, Object> vars = customer();
    vars.put("caseType", "parts");
    vars.put("responseDueAt", at(START.plusDays(1)));
    vars.put(Vars.COVERED_BY_WARRANTY, warranty);
    if (lines != null) {
      vars.put(Vars.PARTS_LINES, lines);
    }
    vars.putAll(more);
    instance = runtimeService.startProcessInstanceByKey(PartsProcess.PROCESS_KEY, caseNumber, vars);
    runJobs();
  }

  private String openCase(String type) {
    return cases.open(new NewCase(type, "phone", "Li Lei", "13800138000", "li.lei@example.com", "Shanghai",
        "Bed B-180", null, LocalDate.of(2025, 12, 1), true, "Headboard scratched", null, null, null, null)).caseNumber();
  }

  private Map<String, Object> customer() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("caseNumber", caseNumber);
    vars.put("customerName", "Li Lei");
    vars.put("productModel", "Bed B-180");
    return vars;
  }

  private void approve() {
    complete(Elements.REVIEW, Map.of(Vars.REVIEW_DECISION, "approved"));
  }

  private void makeAndBookIn(String location) {
    complete(Elements.MAKE_PARTS, Map.of("partsInspected", true));
    complete(Elements.ENTER_PICKUP_NOTICE, Map.of(Vars.PICKUP_NOTICE_REFERENCE, "TH-2026-0301",
        Vars.PICKUP_PLACE, "Factory gate 2"));
    Task book = task(Elements.BOOK_INTO_WAREHOUSE);
    assertThat(Tasks.candidateGroups(taskService, book)).containsExactly("warehouse");
    complete(Elements.BOOK_INTO_WAREHOUSE, Map.of(Vars.WAREHOUSE_LOCATION, location));
  }

  private void arrangeShipping(String deliveryNote) {
    complete(Elements.ARRANGE_SHIPPING, Map.of(Vars.DELIVERY_NOTE_NUMBER, deliveryNote,
        Vars.NEXT_DELIVERY_DATE, "2026-03-20"));
    assertThat(request().status()).isEqualTo(Status.SHIPPING);
  }

  private void ship(String result, String problem) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(Vars.SHIPMENT_RESULT, result);
    vars.put(Vars.SHIPMENT_PROBLEM, problem);
    assertThat(Tasks.candidateGroups(taskService, task(Elements.SHIP_PARTS))).containsExactly("sales");
    complete(Elements.SHIP_PARTS, vars);
  }

  private Object variable(String name) {
    return runtimeService.getVariable(instance.getId(), name);
  }

  private PartsRequest request() {
    return requests.find((String) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(Vars.PARTS_REQUEST_NUMBER).singleResult().getValue())
        .orElseThrow();
  }

  private Task task(String key) {
    List<Task> found = tasks(key);
    assertThat(found).as("open tasks %s", key).hasSize(1);
    return found.get(0);
  }

  private List<Task> tasks(String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .orderByTaskCreateTime().asc().list();
  }

  private void complete(String key, Map<String, Object> variables) {
    taskService.complete(task(key).getId(), variables);
    runJobs();
  }

  private void moveClockTo(LocalDateTime time) {
    EngineClock.set(at(time));
    runJobs();
  }

  /** Executes the due jobs of the case's instances until none is left (mail steps, timers). */
  private void runJobs() {
    Jobs.runDueOfCase(runtimeService, managementService, caseNumber);
  }

  private List<OutboxEntry> mails(String template) {
    return Mails.of(outbox, caseNumber, template);
  }

  private List<String> actions() {
    return cases.records(caseNumber).stream().map(ServiceRecord::action).toList();
  }

  static Date at(LocalDateTime time) {
    return EngineClock.at(time, ZONE);
  }

  @SuppressWarnings("unused")
  private static BigDecimal yuan(String value) {
    return new BigDecimal(value);
  }
}
