package com.aftersales.stock.requisition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row of parts-requisition-approver: who approves a requisition of a given amount at cost price. */
class RequisitionApproverDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes", "parts-requisition-approver.dmn"))) {
      decision = engine.parseDecision(RequisitionProcess.APPROVER_DECISION, in);
    }
  }

  @ParameterizedTest(name = "{0} yuan is approved by {1}")
  @CsvSource({
      "0.0, store-keepers",
      "80.0, store-keepers",
      "2000.0, store-keepers",
      "2000.01, service-managers",
      "2400.0, service-managers",
      "150000.0, service-managers"})
  void approverByAmount(double amount, String group) {
    String approver = engine.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("requisitionAmount", amount)).getSingleResult().getEntry("approverGroup");
    assertThat(approver).isEqualTo(group);
  }
}
