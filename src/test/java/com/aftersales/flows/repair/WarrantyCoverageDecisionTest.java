package com.aftersales.flows.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.repair.RepairProcess.Coverage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** warranty-coverage.dmn row by row, on the plain DMN engine (no process engine needed). */
class WarrantyCoverageDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/warranty-coverage.dmn"))) {
      decision = engine.parseDecision(RepairProcess.DECISION_KEY, in);
    }
  }

  private static DmnDecisionResultEntries decide(Boolean proof, Integer months, int warrantyMonths, String cause) {
    VariableMap vars = Variables.createVariables()
        .putValue("purchaseProof", proof)
        .putValue("monthsSincePurchase", months)
        .putValue("warrantyMonths", warrantyMonths)
        .putValue("damageCause", cause);
    return engine.evaluateDecision(decision, vars).getSingleResult();
  }

  @Test
  void noProofOfPurchaseIsChargeableEvenForAQualityFaultInsideThePeriod() {
    DmnDecisionResultEntries result = decide(false, 3, 12, "quality");
    assertThat((String) result.get("coverage")).isEqualTo(Coverage.CHARGEABLE.code());
    assertThat((String) result.get("coverageReason")).contains("无购买证明");
  }

  @Test
  void humanDamageIsChargeableInsideTheWarrantyPeriod() {
    DmnDecisionResultEntries result = decide(true, 2, 12, "human");
    assertThat((String) result.get("coverage")).isEqualTo(Coverage.CHARGEABLE.code());
    assertThat((String) result.get("coverageReason")).contains("人为损坏或操作不当");
  }

  @Test
  void unknownPurchaseDateIsChargeable() {
    DmnDecisionResultEntries result = decide(true, null, 12, "quality");
    assertThat((String) result.get("coverage")).isEqualTo(Coverage.CHARGEABLE.code());
    assertThat((String) result.get("coverageReason")).contains("购买日期不明");
  }

  @Test
  void qualityFaultOutsideThePeriodIsChargeable() {
    DmnDecisionResultEntries result = decide(true, 13, 12, "quality");
    assertThat((String) result.get("coverage")).isEqualTo(Coverage.CHARGEABLE.code());
    assertThat((String) result.get("coverageReason")).isEqualTo("已超出保修期");
  }

  @Test
  void qualityFaultInsideThePeriodWithProofIsWarranty() {
    DmnDecisionResultEntries result = decide(true, 5, 12, "quality");
    assertThat((String) result.get("coverage")).isEqualTo(Coverage.WARRANTY.code());
  }

  @ParameterizedTest(name = "proof={0} months={1} period={2} cause={3} -> {4}")
  @CsvSource(nullValues = "null", value = {
      "false, null, 12, human,   chargeable",
      "false, 30,   12, unknown, chargeable",
      "true,  0,    12, unknown, warranty",
      "true,  12,   12, quality, warranty",
      "true,  12,   12, unknown, warranty",
      "true,  13,   12, unknown, chargeable",
      "true,  20,   24, quality, warranty",
      "true,  25,   24, quality, chargeable",
      "true,  null, 12, unknown, chargeable",
      "true,  null, 12, human,   chargeable",
      "true,  40,   12, human,   chargeable"})
  void everyCombinationMatchesExactlyOneRow(Boolean proof, Integer months, int period, String cause,
      String expected) {
    // UNIQUE hit policy: getSingleResult throws if two rows matched, and an unmatched case gives null.
    DmnDecisionResultEntries result = decide(proof, months, period, cause);
    assertThat(result).isNotNull();
    assertThat((String) result.get("coverage")).isEqualTo(expected);
  }
}
