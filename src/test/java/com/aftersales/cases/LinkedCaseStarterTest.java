package com.aftersales.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class LinkedCaseStarterTest {

  static final String PROCESS_KEY = "linked-case-starter-test";

  @Autowired LinkedCaseStarter starter;
  @Autowired CaseService cases;
  @Autowired CaseLinks links;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired TransactionTemplate transaction;

  String deployment;

  @BeforeEach
  void deployTestFlow() {
    deployment = repositoryService.createDeployment().name(PROCESS_KEY)
        .addModelInstance(PROCESS_KEY + ".bpmn", Bpmn.createExecutableProcess(PROCESS_KEY)
            .camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Wait").name("Wait").camundaCandidateGroups("customer-service").endEvent()
            .done())
        .deploy().getId();
  }

  @AfterEach
  void cleanUp() {
    repositoryService.deleteDeployment(deployment, true, true);
    ClockUtil.reset();
  }

  @Test
  void theNewCaseHasTheOriginsCustomerAndProductIsLinkedAndRunsItsOwnProcess() {
    // Friday 10:00: the 24-hour commitment is plain elapsed time.
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 6, 10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    ServiceCase origin = open("exchange");

    String opened = starter.start(origin.caseNumber(), "repair", PROCESS_KEY, Map.of("damageCause", "quality"));

    ServiceCase c = cases.find(opened).orElseThrow();
    assertThat(c.type()).isEqualTo("repair");
    assertThat(c.caseNumber()).isNotEqualTo(origin.caseNumber());
    assertThat(c.request()).usingRecursiveComparison()
        .comparingOnlyFields("channel", "customerName", "customerPhone", "customerEmail", "customerAddress",
            "productModel", "serialNumber", "purchaseDate", "purchaseProof", "description", "language")
        .isEqualTo(origin.request());
    assertThat(links.linksOf(opened)).singleElement().satisfies(l -> {
      assertThat(l.caseNumber()).isEqualTo(opened);
      assertThat(l.relatedCaseNumber()).isEqualTo(origin.caseNumber());
      assertThat(l.relation()).isEqualTo("repair-of");
    });
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(opened).singleResult();
    assertThat(c.processInstanceId()).isEqualTo(instance.getId());
    Map<String, Object> variables = runtimeService.getVariables(instance.getId());
    assertThat(variables).containsEntry(CaseVariables.CASE_NUMBER, opened)
        .containsEntry(CaseVariables.CASE_TYPE, "repair")
        .containsEntry(CaseVariables.CUSTOMER_NAME, "Zhao Lei")
        .containsEntry(CaseVariables.LANGUAGE, "en")
        .containsEntry(CaseVariables.PURCHASE_DATE, "2025-09-30")
        .containsEntry(CaseVariables.PURCHASE_PROOF, true)
        .containsEntry(LinkedCaseStarter.ORIGIN_CASE_NUMBER, origin.caseNumber())
        .containsEntry("damageCause", "quality")
        .containsEntry(CaseVariables.RESPONSE_DUE_AT,
            Date.from(LocalDateTime.of(2026, 3, 7, 10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
  }

  @Test
  void startingAgainForTheSameOriginAndTypeReturnsTheFirstCase() {
    ServiceCase origin = open("exchange");

    String first = starter.start(origin.caseNumber(), "repair", PROCESS_KEY);
    String second = starter.start(origin.caseNumber(), "repair", PROCESS_KEY);

    assertThat(second).isEqualTo(first);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(first).count()).isEqualTo(1);
    assertThat(links.linksOf(origin.caseNumber())).hasSize(1);
  }

  @Test
  void aFailingStartLeavesNeitherCaseNorLink() {
    ServiceCase origin = open("exchange");

    assertThatThrownBy(() -> transaction.executeWithoutResult(
        status -> starter.start(origin.caseNumber(), "repair", "no-such-process")))
        .hasMessageContaining("no-such-process");

    assertThat(links.linksOf(origin.caseNumber())).isEmpty();
    assertThatThrownBy(() -> starter.start("AS-1999-000001", "repair", PROCESS_KEY))
        .isInstanceOf(CaseNotFoundException.class);
  }

  private ServiceCase open(String type) {
    return cases.open(new NewCase(type, "walk-in", "Zhao Lei", "+86 137 0000 0000", "zhao.lei@example.com",
        "Beijing", "Balance B-5", "SN-B5-1", LocalDate.of(2025, 9, 30), true, "Does not calibrate", null, "en", null, null));
  }
}
