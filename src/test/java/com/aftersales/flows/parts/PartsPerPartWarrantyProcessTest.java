package com.aftersales.flows.parts;

import static com.aftersales.flows.parts.PartsCaseDriver.DOOR_PANELS;
import static com.aftersales.flows.parts.PartsCaseDriver.HEADBOARD_18;
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
import com.aftersales.customers.JdbcWarrantyTerms;
import com.aftersales.customers.Product;
import com.aftersales.flows.parts.PartsProcess.Elements;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.mail.Outbox;
import com.aftersales.testsupport.ProcessTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Warranty per part line in parts-approval (rulebook 000 第五篇 一1): a standalone request for a product registered in
 * the installed base decides every line through warranty-coverage.dmn, a part with its own registered term by that
 * term and every other part by the product's, both from the product's installation or purchase; each decision is in
 * the decision history of the instance and on the line. Engine clock: Monday 2 March 2026.
 */
@ProcessTest
class PartsPerPartWarrantyProcessTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired CaseService cases;
  @Autowired CustomerService customers;
  @Autowired InstalledBase installedBase;
  @Autowired JdbcWarrantyTerms terms;
  @Autowired PartsService requests;
  @Autowired PartsWarranty partsWarranty;
  @Autowired Outbox outbox;

  PartsCaseDriver walk;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(at(START));
    walk = new PartsCaseDriver(runtimeService, taskService, managementService, historyService, identityService, cases,
        customers, requests, outbox);
  }

  @Test
  @DisplayName("000 第五篇 一1 (不同部位、部件有不同保修期): a headboard with its own 36-month term is free while the"
      + " bed's 12-month warranty has run out; the door panels are charged")
  void aPartWithItsOwnLongerTermIsCoveredWhileTheProductHasExpired() {
    String model = "PW-BED-" + suffix();
    terms.register(model, null, 12);
    terms.register(model, "bed-headboard", 36);
    Customer customer = walk.customer(CreditGrade.C, "0");
    Product bed = register(customer, model, LocalDate.of(2024, 6, 1), null);

    walk.openCase(customer, model, bed.serialNumber(), bed.id());
    ProcessInstance instance = walk.start(customer, model, HEADBOARD_18, DOOR_PANELS);

    assertThat(instance).hasPassed(Elements.PREPARE_PART_WARRANTY, Elements.DECIDE_PART_WARRANTY)
        .isWaitingAt(Elements.REVIEW);
    assertThat(walk.request().lines()).extracting(PartLine::priceSource)
        .containsExactly(PartLine.WARRANTY, PartLine.PRICE_TABLE);
    assertThat(walk.request().lines()).extracting(PartLine::amount).map(a -> a.toPlainString())
        .containsExactly("0.00", "340.00");
    Map<Integer, PartsWarranty.LineDecision> decided = partsWarranty.decisions(walk.request().requestNumber());
    assertThat(decided.get(1)).satisfies(d -> {
      assertThat(d.termSource()).isEqualTo(PartsWarranty.PART_TERM);
      assertThat(d.startsOn()).isEqualTo(LocalDate.of(2024, 6, 1));
      assertThat(d.endsOn()).isEqualTo(LocalDate.of(2027, 6, 1));
      assertThat(d.coverage()).isEqualTo("warranty");
    });
    assertThat(decided.get(2)).satisfies(d -> {
      assertThat(d.termSource()).isEqualTo(PartsWarranty.PRODUCT_TERM);
      assertThat(d.endsOn()).isEqualTo(LocalDate.of(2025, 6, 1));
      assertThat(d.coverage()).isEqualTo("chargeable");
      assertThat(d.reason()).isEqualTo("已超出保修期");
    });

    // the decision history of the instance keeps one warranty-coverage decision per line, with its inputs
    List<HistoricDecisionInstance> decisions = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(instance.getId()).decisionDefinitionKey("warranty-coverage")
        .activityIdIn(Elements.DECIDE_PART_WARRANTY).includeInputs().includeOutputs().list();
    assertThat(decisions).hasSize(2);
    assertThat(decisions).extracting(d -> d.getOutputs().stream()
            .filter(o -> o.getVariableName().equals("coverage")).findFirst().orElseThrow().getValue())
        .containsExactlyInAnyOrder("warranty", "chargeable");
    assertThat(decisions).allSatisfy(d -> assertThat(d.getInputs()).anySatisfy(i ->
        assertThat(i.getClauseName()).isEqualTo("保修期（月）")));
    assertThat(walk.records()).filteredOn(r -> PartsProcess.Actions.LINE_WARRANTY.equals(r.action())).hasSize(2)
        .anySatisfy(r -> assertThat(r.note()).contains("第 1 行").contains("保修免费").contains("该配件自己的保修期"));

    walk.approve();
    assertThat(instance).variables().containsEntry(Vars.CHARGEABLE, true)
        .containsEntry(Vars.PARTS_TOTAL_AMOUNT, "340.00");
    assertThat(instance).hasPassed(Elements.PAYMENT_GATE);
  }

  @Test
  @DisplayName("000 第五篇 一1: door panels with their own 3-month term are charged while the bed is still under its"
      + " 12-month warranty; the headboard follows the bed and is free")
  void aPartWithItsOwnShorterTermIsChargedWhileTheProductIsCovered() {
    String model = "PW-WARDROBE-" + suffix();
    terms.register(model, null, 12);
    terms.register(model, "door-panel", 3);
    Customer customer = walk.customer(CreditGrade.C, "0");
    // bought in 2025, installed on 1 November 2025: the warranty counts from the installation
    Product wardrobe = register(customer, model, LocalDate.of(2025, 9, 20), LocalDate.of(2025, 11, 1));

    walk.openCase(customer, model, wardrobe.serialNumber(), wardrobe.id());
    ProcessInstance instance = walk.start(customer, model, HEADBOARD_18, DOOR_PANELS);

    Map<Integer, PartsWarranty.LineDecision> decided = partsWarranty.decisions(walk.request().requestNumber());
    assertThat(decided.get(1).coverage()).isEqualTo("warranty");
    assertThat(decided.get(1).termSource()).isEqualTo(PartsWarranty.PRODUCT_TERM);
    assertThat(decided.get(1).endsOn()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(decided.get(2).coverage()).isEqualTo("chargeable");
    assertThat(decided.get(2).termSource()).isEqualTo(PartsWarranty.PART_TERM);
    assertThat(decided.get(2).endsOn()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(walk.request().lines()).extracting(PartLine::priceSource)
        .containsExactly(PartLine.WARRANTY, PartLine.PRICE_TABLE);

    walk.approve();
    assertThat(instance).variables().containsEntry(Vars.PARTS_TOTAL_AMOUNT, "340.00");
  }

  @Test
  @DisplayName("000 第五篇 一1 / §1.5.1.1: every part under its warranty is free, the request is not charged and asks"
      + " for no payment")
  void everyLineCoveredLeavesNothingToPay() {
    String model = "PW-SOFA-" + suffix();
    terms.register(model, null, 24);
    Customer customer = walk.customer(CreditGrade.D, "0");
    Product sofa = register(customer, model, LocalDate.of(2025, 12, 1), null);

    walk.openCase(customer, model, sofa.serialNumber(), sofa.id());
    ProcessInstance instance = walk.start(customer, model, HEADBOARD_18, DOOR_PANELS);
    walk.approve();

    assertThat(instance).variables().containsEntry(Vars.CHARGEABLE, false)
        .containsEntry(Vars.PARTS_TOTAL_AMOUNT, "0.00");
    assertThat(instance).hasNotPassed(Elements.PAYMENT_GATE).isWaitingAt(Elements.MAKE_PARTS);
    walk.makeAndBookIn("PW-1");
    walk.shipComplete("DN-PW-1");
    assertThat(instance).isEnded().hasPassed(Elements.END_DELIVERED);
  }

  @Test
  @DisplayName("000 第五篇 一1: a case without a registered product is not decided part by part; its lines are priced as"
      + " before")
  void aCaseWithoutARegisteredProductIsNotDecidedPerPart() {
    Customer customer = walk.customer(CreditGrade.C, "0");
    walk.openCase(customer, "PW-UNREGISTERED-" + suffix(), null, null);
    ProcessInstance instance = walk.start(customer, "PW-UNREGISTERED", DOOR_PANELS);

    assertThat(instance).hasPassed(Elements.PREPARE_PART_WARRANTY).hasNotPassed(Elements.DECIDE_PART_WARRANTY)
        .isWaitingAt(Elements.REVIEW);
    assertThat(instance).variables().containsEntry(Vars.PART_WARRANTY_BY_LINE, false);
    assertThat(partsWarranty.decisions(walk.request().requestNumber())).isEmpty();
    assertThat(walk.request().lines()).extracting(PartLine::priceSource).containsExactly(PartLine.PRICE_TABLE);
  }

  private Product register(Customer customer, String model, LocalDate bought, LocalDate installed) {
    return installedBase.register(customer.id(), new InstalledBase.Registration(model, "PW-SN-" + suffix(), bought,
        installed, null, "dealer"), LocalDate.of(2026, 3, 2));
  }
}
