package com.aftersales.flows.parts;

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
import com.aftersales.customers.PaymentTerms;
import com.aftersales.customers.Product;
import com.aftersales.customers.Receivables;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.Vars;
import com.aftersales.mail.Outbox;
import com.aftersales.stock.Booking;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.Part;
import com.aftersales.stock.StaffTasks;
import com.aftersales.stock.StockScenario;
import com.aftersales.stock.StockService;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.Mails;
import com.aftersales.testsupport.ProcessTest;
import com.aftersales.testsupport.Staff;
import java.math.BigDecimal;
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
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Warranty per part for the parts a repair draws from the spare-parts store (rulebook 000 第五篇 一1:
 * 同一产品中不同部位、部件有不同保修期; 003 五.3 领用, 003 九.1 配件费按采购价格加管理费): for a registered product each
 * part the case used from the store is decided by warranty-coverage once when the invoice is made (a part with its own
 * term by that term, the others by the product's), and the invoice bills the charged ones at the ledger's cost plus
 * the handling fee (10 %). Engine clock: Monday 2 March 2026.
 */
@ProcessTest
class RepairStorePartsPerPartWarrantyProcessTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired CaseService cases;
  @Autowired CustomerService customers;
  @Autowired InstalledBase installedBase;
  @Autowired JdbcWarrantyTerms terms;
  @Autowired StockService stock;
  @Autowired Receivables receivables;
  @Autowired Outbox outbox;

  private ProcessInstance repair;
  private String caseNumber;

  @BeforeEach
  void setUp() {
    PartsCaseDriver.repairStaff(identityService);
    Staff.member(identityService, "store-keepers", "kate");
  }

  @Test
  @DisplayName("000 第五篇 一1 (不同部位、部件有不同保修期) / 003 九.1: in a chargeable repair of a bed out of its 12-month"
      + " warranty the motor drawn from the store, under its own 36-month term, is free; the slats are charged at the"
      + " ledger's cost plus the handling fee and the invoice bills labour and the slats")
  void aStoredPartUnderItsOwnWarrantyIsFreeInAChargeableRepair() {
    String model = "RSW-BED-" + suffix();
    Part motor = part("RSW-MOTOR", "300.00");
    Part slats = part("RSW-SLATS", "45.50");
    startRepair(model, 12, motor.code(), 36, LocalDate.of(2024, 6, 1), null);

    assess();
    assertThat(repair).variables().containsEntry(Vars.COVERAGE, "chargeable");
    complete(Elements.PREPARE_QUOTE, Map.of(Vars.REPAIR_DIFFICULTY, "standard", Vars.PARTS_COST, BigDecimal.ZERO,
        Vars.QUOTE_NOTES, "Motor and slats from the store, two hours' work"));
    complete(Elements.OBTAIN_QUOTE_ANSWER, Map.of(Vars.QUOTE_ANSWER, "accepted"));
    drawFromStore(motor, slats);

    finishRepair();
    // one decision per part drawn, each by its own term or the product's
    assertThat(storeDecisions()).containsExactlyInAnyOrder("warranty", "chargeable");
    assertThat(lineNotes()).anySatisfy(n -> assertThat(n).contains(motor.code()).contains("保修免费")
        .contains("按该配件自己的保修期 2024-06-01 至 2027-06-01"));
    assertThat(lineNotes()).anySatisfy(n -> assertThat(n).contains(slats.code() + " x2")
        .contains("收费 100.10 元（成本 91.00 元加管理费 9.10 元）").contains("按产品的保修期"));

    assertThat(repair).hasPassed(Elements.REQUEST_INVOICE);
    assertThat(money(Vars.INVOICE_LABOUR)).isEqualByComparingTo(new BigDecimal("200.00"));
    assertThat(money(Vars.INVOICE_PARTS)).isEqualByComparingTo(new BigDecimal("100.10"));
    assertThat(money(Vars.INVOICE_TOTAL)).isEqualByComparingTo(new BigDecimal("300.10"));
    assertThat(records()).filteredOn(r -> RepairProcess.Actions.INVOICE.equals(r.action())).singleElement()
        .satisfies(r -> assertThat(r.fee()).isEqualByComparingTo(new BigDecimal("300.10")));
    // the chargeable repair's payment terms were decided after the quote: the invoice does not ask again
    assertThat(repair).hasPassed(Elements.PAYMENT_GATE).hasNotPassed(Elements.INVOICE_PAYMENT_GATE);
  }

  @Test
  @DisplayName("000 第五篇 一1 / 003 九.1: in a warranty repair of a wardrobe within its 12-month warranty the hinge drawn"
      + " from the store, whose own 3-month term has ended, is invoiced at the ledger's cost plus the handling fee; the"
      + " motor is free")
  void aStoredPartWhoseOwnTermHasEndedIsChargedInAFreeRepair() {
    Part hinge = part("RSW-HINGE", "12.35");
    Part motor = part("RSW-MOTOR", "300.00");
    // installed on 1 November 2025: both terms count from the installation
    startRepair("RSW-WARDROBE-" + suffix(), 12, hinge.code(), 3, LocalDate.of(2025, 9, 20),
        LocalDate.of(2025, 11, 1));

    assess();
    assertThat(repair).variables().containsEntry(Vars.COVERAGE, "warranty");
    assertThat(repair).hasNotPassed(Elements.PREPARE_QUOTE);
    drawFromStore(motor, hinge);

    finishRepair();
    assertThat(lineNotes()).anySatisfy(n -> assertThat(n).contains(hinge.code() + " x2")
        .contains("收费 27.17 元（成本 24.70 元加管理费 2.47 元）").contains("按该配件自己的保修期 2025-11-01 至 2026-02-01"));
    assertThat(lineNotes()).anySatisfy(n -> assertThat(n).contains(motor.code()).contains("保修免费"));
    assertThat(storeDecisions()).containsExactlyInAnyOrder("warranty", "chargeable");
    // the otherwise free repair is invoiced for the hinges alone
    assertThat(repair).hasPassed(Elements.REQUEST_INVOICE);
    assertThat(money(Vars.INVOICE_LABOUR)).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(money(Vars.INVOICE_TOTAL)).isEqualByComparingTo(new BigDecimal("27.17"));
    assertThat(Mails.of(outbox, caseNumber, "repair-invoice-request")).isNotEmpty().allSatisfy(m -> assertThat(
        m.body()).contains("人工费 0.00 元，配件费 27.17 元，合计 27.17 元"));

    // 002 二(三): the invoiced amount takes a chargeable repair's payment path: the credit grade (C, 现款现货) decides
    // how it is paid and the case's receivable is opened for it, settled by finance's payment
    assertThat(repair).hasPassed(Elements.INVOICE_PAYMENT_GATE).isWaitingAt(Elements.RECORD_PAYMENT);
    assertThat(receivables.ofCase(caseNumber)).hasValueSatisfying(r -> {
      assertThat(r.paymentTerms()).isEqualTo(PaymentTerms.CASH_ON_DELIVERY);
      assertThat(r.amount()).isEqualByComparingTo(new BigDecimal("27.17"));
      assertThat(r.paidAt()).isNull();
    });
    complete(Elements.RECORD_PAYMENT, Map.of(Vars.AMOUNT_PAID, new BigDecimal("27.17"), Vars.PAYMENT_REFERENCE,
        "BANK-RSW-2"));
    assertThat(receivables.ofCase(caseNumber)).hasValueSatisfying(r -> assertThat(r.paidAt()).isNotNull());
  }

  @Test
  @DisplayName("002 二(三) 2.4 (先款后货) / 000 第五篇 一1: a D customer who prepaid the quote pays the difference first"
      + " when the invoice exceeds the quote by a stored part charged by the product's ended term, and is not asked"
      + " to pay the invoice again")
  void aPrepaidCustomerPaysTheDifferenceWhenTheInvoiceExceedsTheQuote() {
    Part motor = part("RSW-MOTOR", "300.00");
    Part slats = part("RSW-SLATS", "45.50");
    startRepair("RSW-BED-" + suffix(), 12, motor.code(), 36, LocalDate.of(2024, 6, 1), null, CreditGrade.D);

    assess();
    complete(Elements.PREPARE_QUOTE, Map.of(Vars.REPAIR_DIFFICULTY, "standard", Vars.PARTS_COST, BigDecimal.ZERO,
        Vars.QUOTE_NOTES, "Two hours' work; parts from the store as found"));
    complete(Elements.OBTAIN_QUOTE_ANSWER, Map.of(Vars.QUOTE_ANSWER, "accepted"));
    complete("Task_ConfirmAdvancePayment", Map.of(Vars.AMOUNT_PAID, new BigDecimal("200.00"),
        Vars.PAYMENT_REFERENCE, "BANK-RSW-D1"));
    assertThat(repair).variables().containsEntry("paidInAdvance", true).containsEntry(Vars.QUOTE_TOTAL, "200.00");
    drawFromStore(motor, slats);
    finishRepair();

    // invoice 300.10 (labour 200.00, slats 100.10), quote 200.00: the difference goes through the gate
    assertThat(money(Vars.INVOICE_TOTAL)).isEqualByComparingTo(new BigDecimal("300.10"));
    assertThat(repair).hasPassed(Elements.REQUEST_INVOICE).isWaitingAt(Elements.INVOICE_PAYMENT_GATE);
    assertThat(money(Vars.INVOICE_PAYMENT_AMOUNT)).isEqualByComparingTo(new BigDecimal("100.10"));
    assertThat(Mails.of(outbox, caseNumber, "payment-advance-request")).anySatisfy(m -> assertThat(m.body())
        .contains("100.10"));
    complete("Task_ConfirmAdvancePayment", Map.of(Vars.AMOUNT_PAID, new BigDecimal("100.10"),
        Vars.PAYMENT_REFERENCE, "BANK-RSW-D2"));
    assertThat(repair).hasPassed(Elements.INVOICE_PAYMENT_GATE).hasNotPassed(Elements.RECORD_PAYMENT);
  }

  @Test
  @DisplayName("000 第五篇 一1: a warranty repair whose stored parts are all within their terms is not invoiced")
  void aWarrantyRepairWhoseStoredPartsAreAllCoveredIsNotInvoiced() {
    Part hinge = part("RSW-HINGE", "12.35");
    startRepair("RSW-SOFA-" + suffix(), 24, hinge.code(), 36, LocalDate.of(2025, 12, 1), null);

    assess();
    drawFromStore(hinge);
    finishRepair();

    assertThat(lineNotes()).singleElement().satisfies(n -> assertThat(n).contains("保修免费"));
    assertThat(storeDecisions()).containsExactly("warranty");
    assertThat(repair).hasNotPassed(Elements.REQUEST_INVOICE);
    assertThat(repair).variables().containsEntry(Vars.INVOICE_NEEDED, false);
    assertThat(records()).extracting(ServiceRecord::action).doesNotContain(RepairProcess.Actions.INVOICE);
  }

  // ---- the walk ----------------------------------------------------------------------------------

  /** A part in the main store at the given cost price, five on the shelf. */
  private Part part(String prefix, String cost) {
    Part part = stock.createPart(new Part(StockScenario.uniqueCode(prefix), prefix, "M-1", null, "pc", null, 0,
        new BigDecimal(cost)));
    stock.book(Booking.of(MovementType.RECEIPT, "main", part.code(), 5, "kate", "delivery"));
    return part;
  }

  /** Registers the model's term and one part's own, a product of it for a new customer, and starts its repair. */
  private void startRepair(String model, int months, String part, int partMonths, LocalDate bought,
      LocalDate installed) {
    startRepair(model, months, part, partMonths, bought, installed, CreditGrade.C);
  }

  private void startRepair(String model, int months, String part, int partMonths, LocalDate bought,
      LocalDate installed, CreditGrade grade) {
    Customer customer = PartsCaseDriver.customer(customers, grade, "0");
    Product product = PartsCaseDriver.registerProduct(terms, installedBase, customer, model, months, part, partMonths,
        bought, installed);
    repair = PartsCaseDriver.startRepair(cases, runtimeService, managementService, customer, model, product);
    caseNumber = repair.getBusinessKey();
  }

  private void assess() {
    complete(Elements.ASSESS_REQUEST, Map.of(Vars.RESOLUTION, "onSite", Vars.DAMAGE_CAUSE, "quality",
        Vars.ASSESSMENT_NOTES, "Worn parts"));
  }

  /**
   * The engineer asks the store for the parts (the first one, the others two each); the requisition is approved and
   * issued in full, and the repair goes on with them without parts-approval.
   */
  private void drawFromStore(Part first, Part... others) {
    StringBuilder lines = new StringBuilder("[{\"part\":\"" + first.code() + "\",\"quantity\":1}");
    StringBuilder issued = new StringBuilder("[{\"part\":\"" + first.code() + "\",\"issued\":1}");
    for (Part p : others) {
      lines.append(",{\"part\":\"").append(p.code()).append("\",\"quantity\":2}");
      issued.append(",{\"part\":\"").append(p.code()).append("\",\"issued\":2}");
    }
    complete(Elements.DISPATCH_ENGINEER, Map.of(Vars.ENGINEER, "eric", Vars.APPOINTMENT, "2026-03-03T10:00Z"));
    complete(Elements.DIAGNOSE_ON_SITE, Map.<String, Object>of(Vars.FAULTS_FOUND, "Worn parts", Vars.DAMAGE_CAUSE,
        "quality", Vars.REPAIR_ROUTE, "parts", Vars.REPAIR_DIFFICULTY, "standard", "drawFromStore", true,
        "stockLines", SpinValues.jsonValue(lines.append("]").toString()).create()));
    ProcessInstance requisition = runtimeService.createProcessInstanceQuery().processDefinitionKey("parts-requisition")
        .processInstanceBusinessKey(caseNumber).singleResult();
    StaffTasks staff = new StaffTasks(taskService, identityService);
    staff.complete(requisition.getId(), "kate", "store-keepers", Map.of("approvalDecision", "approved"));
    staff.complete(requisition.getId(), "kate", "store-keepers", Map.of("requisitionLines",
        SpinValues.jsonValue(issued.append("]").toString()).create()));
    runDueJobs();
    assertThat(repair).isWaitingAt(Elements.REPAIR_WITH_PARTS).hasNotPassed(Elements.PARTS_APPROVAL);
  }

  private void finishRepair() {
    PartsCaseDriver.finishRepair(this::complete);
  }

  /**
   * The coverage of each warranty-coverage decision of a part drawn from the store: made in the repair when the
   * invoice is due (Gateway_InvoiceNeeded), apart from the repair's decision for the whole product.
   */
  private List<Object> storeDecisions() {
    List<HistoricDecisionInstance> decisions = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(repair.getId()).decisionDefinitionKey("warranty-coverage")
        .activityIdIn("Gateway_InvoiceNeeded").includeOutputs().list();
    return decisions.stream().map(d -> d.getOutputs().stream().filter(o -> o.getVariableName().equals("coverage"))
        .findFirst().orElseThrow().getValue()).toList();
  }

  private List<String> lineNotes() {
    return records().stream().filter(r -> PartsProcess.Actions.LINE_WARRANTY.equals(r.action()))
        .map(ServiceRecord::note).toList();
  }

  private BigDecimal money(String name) {
    return PartsCaseDriver.money(historyService, repair.getId(), name);
  }

  private List<ServiceRecord> records() {
    return cases.records(caseNumber);
  }

  private void complete(String key, Map<String, Object> variables) {
    PartsCaseDriver.completeCaseTask(taskService, runtimeService, managementService, caseNumber, key, variables);
  }

  private void runDueJobs() {
    Jobs.runDueOfCase(runtimeService, managementService, caseNumber);
  }
}
