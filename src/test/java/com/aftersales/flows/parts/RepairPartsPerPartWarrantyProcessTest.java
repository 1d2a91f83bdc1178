package com.aftersales.flows.parts;

import static com.aftersales.flows.parts.PartsCaseDriver.DOOR_PANELS;
import static com.aftersales.flows.parts.PartsCaseDriver.HEADBOARD_18;
import static com.aftersales.flows.parts.PartsCaseDriver.suffix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.InstalledBase;
import com.aftersales.customers.JdbcWarrantyTerms;
import com.aftersales.customers.Product;
import com.aftersales.documents.CaseDocument;
import com.aftersales.documents.CaseDocuments;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.Vars;
import com.aftersales.mail.Outbox;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.testsupport.Mails;
import com.aftersales.testsupport.ProcessTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Warranty per part inside a repair (rulebook 000 第五篇 一1: 同一产品中不同部位、部件有不同保修期): the repair decides
 * for the whole product, and the parts request it calls for a registered product decides every line by its own term
 * (a part with its own term by that term, the others by the product's, from the installation or purchase), one
 * warranty-coverage decision per line; the charged lines are priced once by the parts request (the product's price
 * list before the appendix table, 004 附表) and billed only with the repair's invoice (000 §1.5.2.3 一案一单).
 * Engine clock: Monday 2 March 2026.
 */
@ProcessTest
class RepairPartsPerPartWarrantyProcessTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired CaseService cases;
  @Autowired CustomerService customers;
  @Autowired InstalledBase installedBase;
  @Autowired JdbcWarrantyTerms terms;
  @Autowired PartsService requests;
  @Autowired PartsWarranty partsWarranty;
  @Autowired PriceList priceList;
  @Autowired CaseDocuments documents;
  @Autowired Outbox outbox;

  private ProcessInstance repair;
  private String caseNumber;

  @BeforeEach
  void setUp() {
    PartsCaseDriver.repairStaff(identityService);
  }

  @Test
  @DisplayName("000 第五篇 一1 (不同部位、部件有不同保修期): in a chargeable repair of a bed out of its 12-month warranty"
      + " the headboard, under its own 36-month term, is free; the door panels are priced once from the bed's own price"
      + " list and the invoice bills labour and the door panels only")
  void aPartUnderItsOwnWarrantyIsFreeInAChargeableRepair() {
    String model = "RPW-BED-" + suffix();
    // the bed's own price list prices the door panel (004 附表: before the appendix table's 170)
    priceList.put(model, "door-panel", "", "each", new BigDecimal("155.00"), "paul", Instant.now());
    startRepair(model, 12, "bed-headboard", 36, CreditGrade.C, LocalDate.of(2024, 6, 1), null);

    assess();
    assertThat(repair).variables().containsEntry(Vars.COVERAGE, "chargeable");
    quote(new BigDecimal("900.00")); // labour 200 + the new parts as estimated before the lines exist
    complete(Elements.OBTAIN_QUOTE_ANSWER, Map.of(Vars.QUOTE_ANSWER, "accepted"));
    assertThat(repair).variables().containsEntry(Vars.QUOTE_TOTAL, "1100.00");
    dispatchAndDiagnose();

    ProcessInstance parts = partsFlow();
    recordLines(HEADBOARD_18, DOOR_PANELS);
    PartsRequest request = request();
    assertThat(request.lines()).extracting(PartLine::priceSource)
        .containsExactly(PartLine.WARRANTY, PartLine.PRICE_LIST);
    assertThat(request.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("0.00", "310.00");
    Map<Integer, PartsWarranty.LineDecision> decided = partsWarranty.decisions(request.requestNumber());
    assertThat(decided.get(1).termSource()).isEqualTo(PartsWarranty.PART_TERM);
    assertThat(decided.get(1).endsOn()).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(decided.get(1).coverage()).isEqualTo("warranty");
    assertThat(decided.get(2).termSource()).isEqualTo(PartsWarranty.PRODUCT_TERM);
    assertThat(decided.get(2).coverage()).isEqualTo("chargeable");
    assertThat(lineDecisions(parts)).containsExactlyInAnyOrder("warranty", "chargeable");

    approveAndDeliver();
    // one bill: the parts flow asks for no payment of its own
    assertThat(parts).isEnded().hasPassed(PartsProcess.Elements.RECORD_BILLED_WITH_CASE)
        .hasNotPassed(PartsProcess.Elements.PAYMENT_GATE, PartsProcess.Elements.CONFIRM_PAYMENT);
    assertThat(request().billedByCase()).isTrue();
    assertThat(request().totalAmount()).isEqualByComparingTo("310.00");
    assertThat(repair).variables().containsEntry(Vars.PARTS_DECIDED_BY_LINE, true)
        .containsEntry(Vars.PARTS_TOTAL_AMOUNT, "310.00");

    finishRepair();
    assertThat(repair).hasPassed(Elements.REQUEST_INVOICE);
    assertThat(money(Vars.INVOICE_LABOUR)).isEqualByComparingTo(new BigDecimal("200.00"));
    assertThat(money(Vars.INVOICE_PARTS)).isEqualByComparingTo(new BigDecimal("310.00"));
    assertThat(money(Vars.INVOICE_TOTAL)).isEqualByComparingTo(new BigDecimal("510.00"));
    assertThat(invoiceMails()).allSatisfy(m -> assertThat(m.body())
        .contains("人工费 200.00 元，配件费 310.00 元，合计 510.00 元"));
    complete(Elements.RECORD_PAYMENT, Map.of(Vars.AMOUNT_PAID, 510L, Vars.PAYMENT_REFERENCE, "BANK-RPW-1"));
    assertThat(records()).filteredOn(r -> RepairProcess.Actions.PAYMENT.equals(r.action())).singleElement()
        .satisfies(r -> assertThat(r.fee()).isEqualByComparingTo(new BigDecimal("510")));
    assertThat(records()).filteredOn(r -> RepairProcess.Actions.INVOICE.equals(r.action())).singleElement()
        .satisfies(r -> assertThat(r.fee()).isEqualByComparingTo(new BigDecimal("510.00")));
    assertThat(records()).filteredOn(r -> PartsProcess.Actions.BILLED_WITH_CASE.equals(r.action())).singleElement()
        .satisfies(r -> assertThat(r.note()).contains("310.00"));
    assertThat(records()).extracting(ServiceRecord::action).doesNotContain(PartsProcess.Actions.PAID);
  }

  @Test
  @DisplayName("000 第五篇 一1: in a warranty repair of a wardrobe within its 12-month warranty the door panels, whose"
      + " own 3-month term has ended, are charged (appendix table, no price list) and invoiced; the headboard is free")
  void aPartWhoseOwnTermHasEndedIsChargedInAFreeRepair() {
    // bought in September, installed on 1 November 2025: both terms count from the installation
    startRepair("RPW-WARDROBE-" + suffix(), 12, "door-panel", 3, CreditGrade.C, LocalDate.of(2025, 9, 20),
        LocalDate.of(2025, 11, 1));

    assess();
    assertThat(repair).variables().containsEntry(Vars.COVERAGE, "warranty");
    assertThat(repair).hasNotPassed(Elements.PREPARE_QUOTE);
    dispatchAndDiagnose();

    ProcessInstance parts = partsFlow();
    assertThat(runtimeService.getVariables(parts.getId())).containsEntry("coveredByWarranty", true)
        .containsEntry(PartsProcess.Vars.PARTS_BILLED_BY_CASE, false);
    recordLines(HEADBOARD_18, DOOR_PANELS);
    Map<Integer, PartsWarranty.LineDecision> decided = partsWarranty.decisions(request().requestNumber());
    assertThat(decided.get(1).coverage()).isEqualTo("warranty");
    assertThat(decided.get(1).endsOn()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(decided.get(2).coverage()).isEqualTo("chargeable");
    assertThat(decided.get(2).termSource()).isEqualTo(PartsWarranty.PART_TERM);
    assertThat(decided.get(2).endsOn()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(lineDecisions(parts)).containsExactlyInAnyOrder("warranty", "chargeable");
    assertThat(request().lines()).extracting(PartLine::priceSource)
        .containsExactly(PartLine.WARRANTY, PartLine.PRICE_TABLE);

    approveAndDeliver();
    assertThat(parts).isEnded().hasPassed(PartsProcess.Elements.RECORD_BILLED_WITH_CASE)
        .hasNotPassed(PartsProcess.Elements.PAYMENT_GATE);
    assertThat(request().totalAmount()).isEqualByComparingTo("340.00");

    finishRepair();
    // the otherwise free repair is invoiced for the door panels alone
    assertThat(repair).hasPassed(Elements.REQUEST_INVOICE);
    assertThat(money(Vars.INVOICE_LABOUR)).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(money(Vars.INVOICE_TOTAL)).isEqualByComparingTo(new BigDecimal("340.00"));
    assertThat(invoiceMails()).allSatisfy(m -> assertThat(m.body())
        .contains("人工费 0.00 元，配件费 340.00 元，合计 340.00 元"));
    // the case keeps what the invoice bills, and the invoice note prints it though the repair had no quote
    assertThat(records()).filteredOn(r -> RepairProcess.Actions.INVOICE.equals(r.action())).singleElement()
        .satisfies(r -> {
          assertThat(r.fee()).isEqualByComparingTo(new BigDecimal("340.00"));
          assertThat(r.note()).startsWith("人工费 0.00 元；配件费 340.00 元");
        });
    assertThat(documents.available(caseNumber)).contains(CaseDocument.INVOICE_NOTE)
        .doesNotContain(CaseDocument.QUOTE);
    complete(Elements.RECORD_PAYMENT, Map.of(Vars.AMOUNT_PAID, 340L, Vars.PAYMENT_REFERENCE, "BANK-RPW-2"));
    assertThat(records()).filteredOn(r -> RepairProcess.Actions.PAYMENT.equals(r.action())).singleElement()
        .satisfies(r -> assertThat(r.fee()).isEqualByComparingTo(new BigDecimal("340")));
  }

  @Test
  @DisplayName("000 第五篇 一1: in a warranty repair whose every part is within its term nothing is invoiced, as before")
  void aWarrantyRepairWhosePartsAreAllCoveredIsNotInvoiced() {
    startRepair("RPW-SOFA-" + suffix(), 24, "door-panel", 36, CreditGrade.D, LocalDate.of(2025, 12, 1), null);

    assess();
    dispatchAndDiagnose();
    ProcessInstance parts = partsFlow();
    recordLines(HEADBOARD_18, DOOR_PANELS);
    assertThat(request().lines()).extracting(PartLine::priceSource)
        .containsExactly(PartLine.WARRANTY, PartLine.WARRANTY);
    approveAndDeliver();
    assertThat(parts).isEnded().hasNotPassed(PartsProcess.Elements.RECORD_BILLED_WITH_CASE,
        PartsProcess.Elements.PAYMENT_GATE);
    assertThat(request().billedByCase()).isFalse();

    finishRepair();
    assertThat(repair).hasNotPassed(Elements.REQUEST_INVOICE);
    assertThat(repair).variables().containsEntry(Vars.INVOICE_NEEDED, false)
        .containsEntry(Vars.INVOICE_TOTAL, "0.00");
    assertThat(Mails.of(outbox, caseNumber, "repair-invoice-request")).isEmpty();
    assertThat(records()).extracting(ServiceRecord::action).doesNotContain(RepairProcess.Actions.INVOICE);
    assertThat(documents.available(caseNumber)).doesNotContain(CaseDocument.INVOICE_NOTE);
  }

  @Test
  @DisplayName("000 第五篇 一1 / 二4: a part damaged by the customer is charged even within its own term; the repair's"
      + " damage cause goes into each line's decision")
  void humanDamageIsChargedEvenWithinAPartsOwnTerm() {
    startRepair("RPW-CABINET-" + suffix(), 12, "bed-headboard", 36, CreditGrade.C, LocalDate.of(2024, 6, 1), null);

    complete(Elements.ASSESS_REQUEST, Map.of(Vars.RESOLUTION, "onSite", Vars.DAMAGE_CAUSE, "human",
        Vars.ASSESSMENT_NOTES, "Headboard broken when the bed was moved"));
    quote(new BigDecimal("650.00"));
    complete(Elements.OBTAIN_QUOTE_ANSWER, Map.of(Vars.QUOTE_ANSWER, "accepted"));
    complete(Elements.DISPATCH_ENGINEER, Map.of(Vars.ENGINEER, "eric", Vars.APPOINTMENT, "2026-03-03T10:00Z"));
    complete(Elements.DIAGNOSE_ON_SITE, Map.of(Vars.FAULTS_FOUND, "Headboard broken",
        Vars.DAMAGE_CAUSE, "human", Vars.REPAIR_ROUTE, "parts", Vars.PARTS_NEEDED, "1x headboard 1.8 m",
        Vars.REPAIR_DIFFICULTY, "standard"));
    recordLines(HEADBOARD_18);

    PartsWarranty.LineDecision headboard = partsWarranty.decisions(request().requestNumber()).get(1);
    assertThat(headboard.termSource()).isEqualTo(PartsWarranty.PART_TERM);
    assertThat(headboard.coverage()).isEqualTo("chargeable");
    assertThat(headboard.reason()).contains("人为损坏");
    assertThat(request().lines()).extracting(l -> l.amount().toPlainString()).containsExactly("650.00");
  }

  // ---- the walk ----------------------------------------------------------------------------------

  /**
   * Registers the model's term and one part's own, a product of it bought (and installed) then for a new customer of
   * the credit grade, and starts the repair of that product.
   */
  private void startRepair(String model, int months, String part, int partMonths, CreditGrade grade,
      LocalDate bought, LocalDate installed) {
    Customer customer = PartsCaseDriver.customer(customers, grade, "0");
    Product product = PartsCaseDriver.registerProduct(terms, installedBase, customer, model, months, part, partMonths,
        bought, installed);
    repair = PartsCaseDriver.startRepair(cases, runtimeService, managementService, customer, model, product);
    caseNumber = repair.getBusinessKey();
  }

  private void assess() {
    complete(Elements.ASSESS_REQUEST, Map.of(Vars.RESOLUTION, "onSite", Vars.DAMAGE_CAUSE, "quality",
        Vars.ASSESSMENT_NOTES, "Headboard cracked, door panels warped"));
  }

  private void quote(BigDecimal newParts) {
    complete(Elements.PREPARE_QUOTE, Map.of(Vars.REPAIR_DIFFICULTY, "standard", Vars.PARTS_COST, newParts,
        Vars.QUOTE_NOTES, "Headboard, door panels and two hours' work"));
  }

  private void dispatchAndDiagnose() {
    complete(Elements.DISPATCH_ENGINEER, Map.of(Vars.ENGINEER, "eric", Vars.APPOINTMENT, "2026-03-03T10:00Z"));
    complete(Elements.DIAGNOSE_ON_SITE, Map.of(Vars.FAULTS_FOUND, "Headboard cracked, door panels warped",
        Vars.DAMAGE_CAUSE, "quality", Vars.REPAIR_ROUTE, "parts", Vars.PARTS_NEEDED,
        "1x headboard 1.8 m, 2x door panel", Vars.REPAIR_DIFFICULTY, "standard"));
    assertThat(repair).isWaitingAt(Elements.PARTS_APPROVAL);
  }

  /** The parts specialist records the lines (parts-approval's Task_RecordPartsRequest): then each is decided. */
  private void recordLines(String... lines) {
    complete("Task_RecordPartsRequest", Map.of(PartsProcess.Vars.PARTS_LINES, "[" + String.join(",", lines) + "]"));
    assertThat(partsFlow()).hasPassed(PartsProcess.Elements.DECIDE_PART_WARRANTY)
        .isWaitingAt(PartsProcess.Elements.REVIEW);
  }

  private void approveAndDeliver() {
    complete(PartsProcess.Elements.REVIEW, Map.of(PartsProcess.Vars.REVIEW_DECISION, "approved"));
    complete(PartsProcess.Elements.MAKE_PARTS, Map.of("partsInspected", true));
    complete(PartsProcess.Elements.ENTER_PICKUP_NOTICE, Map.of(PartsProcess.Vars.PICKUP_NOTICE_REFERENCE,
        "TH-2026-0301", PartsProcess.Vars.PICKUP_PLACE, "Factory gate 2"));
    complete(PartsProcess.Elements.BOOK_INTO_WAREHOUSE, Map.of(PartsProcess.Vars.WAREHOUSE_LOCATION, "A-01-03"));
    complete("Task_ArrangeShipping", Map.of("deliveryNoteNumber", "DN-RPW-1", "nextDeliveryDate", "2026-03-20"));
    complete("Task_ShipParts", Map.of("shipmentResult", "complete"));
    assertThat(repair).isWaitingAt(Elements.REPAIR_WITH_PARTS);
  }

  private void finishRepair() {
    PartsCaseDriver.finishRepair(this::complete);
  }

  private ProcessInstance partsFlow() {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(repair.getId()).singleResult();
  }

  private PartsRequest request() {
    return requests.find(caseNumber + "-P1").orElseThrow();
  }

  /** The coverage of each warranty-coverage decision of a line, from the parts flow's decision history. */
  private List<Object> lineDecisions(ProcessInstance parts) {
    List<HistoricDecisionInstance> decisions = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(parts.getId()).decisionDefinitionKey("warranty-coverage")
        .activityIdIn(PartsProcess.Elements.DECIDE_PART_WARRANTY).includeOutputs().list();
    return decisions.stream().map(d -> d.getOutputs().stream().filter(o -> o.getVariableName().equals("coverage"))
        .findFirst().orElseThrow().getValue()).toList();
  }

  private BigDecimal money(String name) {
    return PartsCaseDriver.money(historyService, repair.getId(), name);
  }

  private List<ServiceRecord> records() {
    return cases.records(caseNumber);
  }

  /** The invoice request to finance (one mail per member of the group). */
  private List<OutboxEntry> invoiceMails() {
    List<OutboxEntry> found = Mails.of(outbox, caseNumber, "repair-invoice-request");
    assertThat(found).as("invoice requests for %s", caseNumber).isNotEmpty();
    return found;
  }

  private void complete(String key, Map<String, Object> variables) {
    PartsCaseDriver.completeCaseTask(taskService, runtimeService, managementService, caseNumber, key, variables);
  }
}
