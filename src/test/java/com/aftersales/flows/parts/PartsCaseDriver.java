package com.aftersales.flows.parts;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.InstalledBase;
import com.aftersales.customers.JdbcWarrantyTerms;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.Product;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.flows.FirstContact;
import com.aftersales.flows.parts.PartsProcess.Elements;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.mail.Outbox;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.RepairCases;
import com.aftersales.testsupport.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Walks one standalone parts case (as intake starts it: a case of its own with the customer's id, no contact data in
 * the engine) through parts-approval for the per-part warranty and payment-gate tests. Engine clock: the caller's.
 */
final class PartsCaseDriver {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** Monday 2 March 2026, 09:00: no holidays in the following weeks. */
  static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

  static final String HEADBOARD_18 = line("Bed headboard 1.8 m", "bed-headboard", "double-sided-gloss-panel", "1.8", 1);
  static final String DOOR_PANELS = line("Wardrobe door panel", "door-panel", "single-sided-gloss-panel", null, 2);

  static String line(String name, String part, String category, String size, int quantity) {
    return "{\"partName\":\"" + name + "\",\"part\":\"" + part + "\",\"partCategory\":\"" + category + "\","
        + (size == null ? "" : "\"size\":\"" + size + "\",") + "\"colour\":\"walnut\",\"quantity\":" + quantity
        + ",\"batchNumber\":\"B2026-031\",\"inspectionNumber\":\"QC-88812\",\"reason\":\"Damaged in transport\"}";
  }

  final RuntimeService runtimeService;
  final TaskService taskService;
  final ManagementService managementService;
  final HistoryService historyService;
  final IdentityService identityService;
  final CaseService cases;
  final CustomerService customers;
  final PartsService requests;
  final Outbox outbox;

  ProcessInstance instance;
  String caseNumber;

  PartsCaseDriver(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      HistoryService historyService, IdentityService identityService, CaseService cases, CustomerService customers,
      PartsService requests, Outbox outbox) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.cases = cases;
    this.customers = customers;
    this.requests = requests;
    this.outbox = outbox;
  }

  Customer customer(CreditGrade grade, String limit) {
    return customer(customers, grade, limit);
  }

  /** A new archive customer of the grade and credit limit, with an e-mail address for the customer's mails. */
  static Customer customer(CustomerService customers, CreditGrade grade, String limit) {
    String phone = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    return customers.create(new NewCustomer(CustomerKind.PERSON, "补件测试 " + phone, "补件测试", phone,
        phone + "@example.cn", null, "华东", null, Classification.NORMAL, grade, new BigDecimal(limit),
        LocalDate.of(2026, 4, 1), SecrecyLevel.SECRET), "parts-test", "补件流程测试");
  }

  /**
   * Registers the model's warranty term and one part's own, and a product of that model bought (and installed) then
   * for the customer (000 第五篇 一1: the repairs of a registered product decide their parts one by one).
   */
  static Product registerProduct(JdbcWarrantyTerms terms, InstalledBase installedBase, Customer customer, String model,
      int months, String part, int partMonths, LocalDate bought, LocalDate installed) {
    terms.register(model, null, months);
    terms.register(model, part, partMonths);
    return installedBase.register(customer.id(), new InstalledBase.Registration(model, "RPW-SN-" + suffix(), bought,
        installed, null, "dealer"), LocalDate.of(2026, 3, 2));
  }

  /**
   * Opens the repair case of the customer's registered product and starts the repair as intake does (the customer's
   * id, no contact data in the engine); the repair's business key is the case number.
   */
  static ProcessInstance startRepair(CaseService cases, RuntimeService runtimeService, ManagementService management,
      Customer customer, String model, Product product) {
    String caseNumber = cases.open(new NewCase(RepairProcess.CASE_TYPE, "phone", customer.name(), null, null, null,
        model, product.serialNumber(), product.purchaseDate(), true, "Parts broken", null, null, customer.id(), null))
        .caseNumber();
    cases.attachProduct(caseNumber, product.id());
    Map<String, Object> vars = new HashMap<>();
    vars.put(CaseVariables.CASE_NUMBER, caseNumber);
    vars.put(CaseVariables.CASE_TYPE, RepairProcess.CASE_TYPE);
    vars.put(CaseVariables.CHANNEL, "phone");
    vars.put(CaseVariables.CUSTOMER_NAME, customer.name());
    vars.put("customerId", customer.id());
    vars.put(CaseVariables.PRODUCT_MODEL, model);
    vars.put(CaseVariables.SERIAL_NUMBER, product.serialNumber());
    vars.put(CaseVariables.PURCHASE_DATE, product.purchaseDate().toString());
    vars.put(CaseVariables.PURCHASE_PROOF, true);
    vars.put(CaseVariables.DESCRIPTION, "Parts broken");
    vars.put(CaseVariables.RESPONSE_DUE_AT, at(START.plusDays(1)));
    ProcessInstance repair = runtimeService.startProcessInstanceByKey(RepairProcess.PROCESS_KEY, caseNumber, vars);
    cases.attachProcessInstance(caseNumber, repair.getId());
    Jobs.runDueOfCase(runtimeService, management, caseNumber);
    return repair;
  }

  /** The engine clock at {@link #START} and the staff a repair of these tests meets. */
  static void repairStaff(IdentityService identityService) {
    EngineClock.set(at(START));
    Staff.member(identityService, "service-managers", "repair-test-manager");
    Staff.member(identityService, "finance", "repair-test-finance");
    Staff.member(identityService, "engineers", "eric");
  }

  /** Completes the case's open task of that key, in the repair or a flow it called, then runs what is due. */
  static void completeCaseTask(TaskService taskService, RuntimeService runtimeService, ManagementService management,
      String caseNumber, String key, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("open task %s", key).isNotNull();
    taskService.complete(task.getId(), variables);
    Jobs.runDueOfCase(runtimeService, management, caseNumber);
  }

  /** The repair with the parts, the report and its approval, the customer's sign-off: the invoice is next. */
  static void finishRepair(BiConsumer<String, Map<String, Object>> complete) {
    complete.accept(RepairProcess.Elements.REPAIR_WITH_PARTS, RepairCases.repaired("Parts replaced and checked"));
    complete.accept(RepairProcess.Elements.WRITE_REPAIR_REPORT, Map.of(RepairProcess.Vars.FAULTS_FOUND,
        "Parts damaged", RepairProcess.Vars.PARTS_REPLACED, "the parts named in the case", RepairProcess.Vars.OLD_PARTS,
        "returned", RepairProcess.Vars.REPORT_NOTES, "Checked"));
    complete.accept(RepairProcess.Elements.APPROVE_REPAIR_REPORT, Map.of(RepairProcess.Vars.REPORT_APPROVAL,
        "approved", RepairProcess.Vars.SPOT_CHECK_ORDERED, false));
    complete.accept(RepairProcess.Elements.OBTAIN_SIGN_OFF,
        RepairCases.signedOff("resolved", "Checked with the customer"));
  }

  /** A money variable of a process instance, from history (it may have ended). */
  static BigDecimal money(HistoryService historyService, String processInstanceId, String name) {
    return new BigDecimal(historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).singleResult().getValue().toString());
  }

  /** Opens the customer's parts case for the product (model and serial number) and attaches a registered product. */
  String openCase(Customer customer, String model, String serialNumber, Long productId) {
    caseNumber = cases.open(new NewCase("parts", "phone", customer.name(), null, null, null, model, serialNumber,
        LocalDate.of(2025, 12, 1), true, "Headboard scratched", null, null, customer.id(), null)).caseNumber();
    if (productId != null) {
      cases.attachProduct(caseNumber, productId);
    }
    return caseNumber;
  }

  /** Starts the request as intake does and completes customer service's first contact. */
  ProcessInstance start(Customer customer, String model, String... lines) {
    return start(customer, model, Map.of(), lines);
  }

  /** {@link #start(Customer, String, String...)} with further variables of the request (splitOrders, ...). */
  ProcessInstance start(Customer customer, String model, Map<String, Object> request, String... lines) {
    Map<String, Object> vars = new HashMap<>(request);
    vars.put("caseNumber", caseNumber);
    vars.put("caseType", "parts");
    vars.put("customerId", customer.id());
    vars.put("customerName", customer.name());
    vars.put("productModel", model);
    vars.put("purchaseProof", true);
    vars.put("responseDueAt", at(START.plusDays(1)));
    vars.put(Vars.PARTS_LINES, SpinValues.jsonValue("[" + String.join(",", lines) + "]").create());
    instance = runtimeService.startProcessInstanceByKey(PartsProcess.PROCESS_KEY, caseNumber, vars);
    cases.attachProcessInstance(caseNumber, instance.getId());
    runJobs();
    complete(Elements.CONTACT_CUSTOMER, Map.of(FirstContact.CONTACT_NOTE, "已电话确认所需配件"));
    return instance;
  }

  void approve() {
    complete(Elements.REVIEW, Map.of(Vars.REVIEW_DECISION, "approved"));
  }

  void makeAndBookIn(String location) {
    complete(Elements.MAKE_PARTS, Map.of("partsInspected", true));
    complete(Elements.ENTER_PICKUP_NOTICE, Map.of(Vars.PICKUP_NOTICE_REFERENCE, "TH-2026-0301",
        Vars.PICKUP_PLACE, "Factory gate 2"));
    complete(Elements.BOOK_INTO_WAREHOUSE, Map.of(Vars.WAREHOUSE_LOCATION, location));
  }

  void shipComplete(String deliveryNote) {
    complete(Elements.ARRANGE_SHIPPING, Map.of(Vars.DELIVERY_NOTE_NUMBER, deliveryNote,
        Vars.NEXT_DELIVERY_DATE, "2026-03-20"));
    complete(Elements.SHIP_PARTS, Map.of(Vars.SHIPMENT_RESULT, "complete"));
  }

  PartsRequest request() {
    return requests.find(caseNumber + "-P1").orElseThrow();
  }

  Task task(String key) {
    List<Task> found = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
    assertThat(found).as("open tasks %s", key).hasSize(1);
    return found.get(0);
  }

  /** The open task of the payment gate the parts flow called, if any. */
  Task gateTask() {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).processDefinitionKey("payment-gate")
        .singleResult();
  }

  void complete(String key, Map<String, Object> variables) {
    taskService.complete(task(key).getId(), variables);
    runJobs();
  }

  void completeAs(Task task, String user, String group, Map<String, Object> variables) {
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
    runJobs();
  }

  void runJobs() {
    Jobs.runDueOfCase(runtimeService, managementService, caseNumber);
  }

  List<OutboxEntry> mails(String template) {
    return outbox.forCase(caseNumber).stream().filter(m -> m.template().equals(template)).toList();
  }

  List<ServiceRecord> records() {
    return cases.records(caseNumber);
  }

  Object historic(String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).list().stream().findFirst().map(v -> v.getValue()).orElse(null);
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }

  static String suffix() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
  }
}
