package com.aftersales.flows.parts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of parts-lead-time.dmn and parts-price.dmn, straight from the files an analyst edits. */
class PartsDecisionTablesTest {

  static DmnEngine engine;
  static DmnDecision leadTime;
  static DmnDecision price;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("processes/parts-lead-time.dmn")) {
      leadTime = engine.parseDecision(PartsProcess.LEAD_TIME_DECISION, in);
    }
    try (InputStream in = new FileInputStream("processes/parts-price.dmn")) {
      price = engine.parseDecision(PartsProcess.PRICE_DECISION, in);
    }
  }

  @ParameterizedTest(name = "{0}: {1}-{2} days")
  @CsvSource({
    "double-sided-gloss-panel, 10, 12",
    "single-sided-gloss-panel, 8, 10",
    "inner-panel-or-glass, 2, 4",
    "hardware, 0, 2"
  })
  void leadTimeOfEachCategory(String category, int min, int max) {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(leadTime, Map.of("partCategory", category));
    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().<Number>getEntry("minDays").intValue()).isEqualTo(min);
    assertThat(result.getSingleResult().<Number>getEntry("maxDays").intValue()).isEqualTo(max);
  }

  @Test
  void everyCategoryOfTheFlowHasALeadTime() {
    for (String category : PartsProcess.CATEGORIES) {
      assertThat(engine.evaluateDecisionTable(leadTime, Map.of("partCategory", category))).hasSize(1);
    }
    assertThat(engine.evaluateDecisionTable(leadTime, Map.of("partCategory", "plastic"))).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} m: {2} yuan per {3}")
  @CsvSource(nullValues = "-", value = {
    "bed-headboard, 1.8, 650, each",
    "bed-headboard, 1.5, 600, each",
    "bed-headboard, 1.2, 500, each",
    "bed-rail, 1.9, 100, each",
    "bed-rail, 2.0, 100, each",
    "bed-rail-set, 1.8, 250, pair",
    "bed-rail-set, 1.5, 250, pair",
    "bed-rail-set, 1.2, 250, pair",
    "footboard, 1.8, 100, each",
    "footboard, 1.5, 100, each",
    "footboard, 1.2, 100, each",
    "bed-legs, -, 50, pair",
    "bed-slats, 1.8, 100, pair",
    "bed-slats, 1.5, 100, pair",
    "bed-slats, 1.2, 100, pair",
    "door-panel, -, 170, each",
    "dressing-mirror, -, 100, each"
  })
  void priceOfEachTableRow(String part, String size, int unitPrice, String unit) {
    DmnDecisionTableResult result = evaluatePrice(part, size);
    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().<Number>getEntry("unitPrice").intValue()).isEqualTo(unitPrice);
    assertThat(result.getSingleResult().<String>getEntry("unit")).isEqualTo(unit);
  }

  @ParameterizedTest(name = "{0} {1} m has no price row")
  @CsvSource(nullValues = "-", value = {
    "bed-headboard, -", "bed-headboard, 2.0", "bed-rail, 1.8", "bed-rail-set, 2.0", "footboard, 1.9",
    "bed-slats, -", "other, 1.8", "other, -"
  })
  void partsWithoutARowArePricedByPlanning(String part, String size) {
    assertThat(evaluatePrice(part, size)).isEmpty();
  }

  @Test
  void partsPricedWhateverTheirSize() {
    assertThat(evaluatePrice("door-panel", "1.8").getSingleResult().<Number>getEntry("unitPrice").intValue())
        .isEqualTo(170);
  }

  private static DmnDecisionTableResult evaluatePrice(String part, String size) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("part", part);
    variables.put("size", size);
    return engine.evaluateDecisionTable(price, variables);
  }
}
