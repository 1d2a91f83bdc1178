package com.aftersales.flows.repair;

import com.aftersales.testsupport.ProcessTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.DamageCause;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.InstalledBase;
import com.aftersales.customers.JdbcWarrantyTerms;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.Product;
import com.aftersales.flows.repair.RepairProcess.Coverage;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.Resolution;
import com.aftersales.flows.repair.RepairProcess.Vars;
import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.Staff;
import com.aftersales.testsupport.Tasks;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The repair flow's warranty decision for a product registered in the installed base: the product's own warranty
 * (installation or purchase date plus its model's term, or its registered end) decides, not the purchase date the
 * caller names and not one global number of months. Engine clock: Monday 2 March 2026.
 */
@ProcessTest
class RepairWarrantyBySerialNumberTest {

  static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CaseService cases;
  @Autowired CustomerService customers;
  @Autowired InstalledBase installedBase;
  @Autowired JdbcWarrantyTerms terms;

  ProcessInstance instance;
  String caseNumber;

  @BeforeEach
  void setUp() {
    EngineClock.set(EngineClock.at(START));
    Staff.member(identityService, "service-managers", "warranty-sn-manager");
    Staff.member(identityService, "engineers", "eric");
  }

  @Test
  @DisplayName("000 §1.1.1.3 (保修期的确认, 依据购买日期或仪器编号): a unit bought 20 months ago but installed 8 months ago,"
      + " of a model with a 12-month term, is repaired under warranty")
  void theWarrantyRunsFromTheRegisteredInstallation() {
    String model = "SN-WARRANTY-" + suffix();
    terms.register(model, null, 12);
    Product product = register(model, LocalDate.of(2024, 7, 1), LocalDate.of(2025, 7, 1), null);

    startRepair(model, product, "2024-07-01");
    assess();

    assertThat(instance).hasPassed(Elements.DECIDE_WARRANTY).isWaitingAt(Elements.DISPATCH_ENGINEER);
    assertThat(instance).variables().containsEntry(Vars.COVERAGE, Coverage.WARRANTY.code())
        .containsEntry(Vars.WARRANTY_MONTHS, 12).containsEntry(Vars.MONTHS_SINCE_PURCHASE, 9);
  }

  @Test
  @DisplayName("000 §1.5.2: a product whose registered warranty ended yesterday is charged, whatever purchase date the"
      + " caller names")
  void theRegisteredEndDateDecidesTheDayAfter() {
    String model = "SN-WARRANTY-" + suffix();
    terms.register(model, null, 36);
    Product product = register(model, LocalDate.of(2025, 6, 15), null, LocalDate.of(2026, 3, 1));

    startRepair(model, product, "2025-12-01");
    assess();

    assertThat(instance).hasPassed(Elements.DECIDE_WARRANTY);
    assertThat(instance).variables().containsEntry(Vars.COVERAGE, Coverage.CHARGEABLE.code())
        .containsEntry(Vars.COVERAGE_REASON, "已超出保修期");
  }

  private Product register(String model, LocalDate bought, LocalDate installed, LocalDate ends) {
    String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    long customerId = customers.create(NewCustomer.atIntake(CustomerKind.PERSON, "保修测试 " + phone, null, phone,
        null, null, LocalDate.of(2026, 3, 2)), "test", "test").id();
    return installedBase.register(customerId, new InstalledBase.Registration(model, "SNW-" + suffix(), bought,
        installed, ends, "dealer"), LocalDate.of(2026, 3, 2));
  }

  private void startRepair(String model, Product product, String claimedPurchaseDate) {
    ServiceCase opened = cases.open(new NewCase("REPAIR", "phone", "保修测试", null, null, null, model,
        product.serialNumber(), LocalDate.parse(claimedPurchaseDate), true, "不能开机", null, null,
        product.customerId(), null));
    caseNumber = opened.caseNumber();
    cases.attachProduct(caseNumber, product.id());
    Map<String, Object> vars = new HashMap<>();
    vars.put(CaseVariables.CASE_NUMBER, caseNumber);
    vars.put(CaseVariables.CASE_TYPE, "REPAIR");
    vars.put(CaseVariables.CHANNEL, "phone");
    vars.put(CaseVariables.CUSTOMER_ID, product.customerId());
    vars.put(CaseVariables.CUSTOMER_NAME, "保修测试");
    vars.put(CaseVariables.PRODUCT_MODEL, model);
    vars.put(CaseVariables.SERIAL_NUMBER, product.serialNumber());
    vars.put(CaseVariables.PURCHASE_DATE, claimedPurchaseDate);
    vars.put(CaseVariables.PURCHASE_PROOF, true);
    vars.put(CaseVariables.DESCRIPTION, "不能开机");
    vars.put(CaseVariables.RESPONSE_DUE_AT, EngineClock.at(START.plusDays(1)));
    instance = runtimeService.startProcessInstanceByKey(RepairProcess.PROCESS_KEY, caseNumber, vars);
    cases.attachProcessInstance(caseNumber, instance.getId());
    Jobs.runDueOfCase(runtimeService, managementService, caseNumber);
  }

  private void assess() {
    String task = Tasks.open(taskService, instance.getId(), Elements.ASSESS_REQUEST).getId();
    taskService.complete(task, Map.of(Vars.RESOLUTION, Resolution.ON_SITE.code(), Vars.DAMAGE_CAUSE,
        DamageCause.QUALITY.code(), Vars.ASSESSMENT_NOTES, "质量问题"));
    Jobs.runDueOfCase(runtimeService, managementService, caseNumber);
  }

  private static String suffix() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
  }
}
