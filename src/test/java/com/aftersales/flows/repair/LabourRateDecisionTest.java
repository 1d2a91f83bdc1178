package com.aftersales.flows.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row of labour-rate: the labour of a chargeable repair by the engineer's level and the repair's difficulty. */
class LabourRateDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;
  static DmnModelInstance model;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes", "labour-rate.dmn"))) {
      decision = engine.parseDecision(RepairProcess.LABOUR_RATE_DECISION, in);
    }
    try (InputStream in = Files.newInputStream(Path.of("processes", "labour-rate.dmn"))) {
      model = Dmn.readModelFromStream(in);
    }
  }

  private static DmnDecisionTableResult evaluate(String level, String difficulty) {
    return engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("engineerLevel", level).putValue("repairDifficulty", difficulty));
  }

  @ParameterizedTest(name = "a {0} engineer''s {1} repair costs {2} yuan of labour")
  @DisplayName("003 九.1 维修工时费应根据维修工程师的级别和维修难度制定: one row per level and difficulty")
  @CsvSource({
      "junior, simple, 100",
      "junior, standard, 150",
      "junior, complex, 250",
      "intermediate, simple, 150",
      "intermediate, standard, 200",
      "intermediate, complex, 300",
      "senior, simple, 200",
      "senior, standard, 280",
      "senior, complex, 400"})
  void labourByLevelAndDifficulty(String level, String difficulty, int labour) {
    DmnDecisionTableResult result = evaluate(level, difficulty);
    assertThat(result).hasSize(1);
    assertThat(((Number) result.getSingleResult().getEntry("labourCost")).intValue()).isEqualTo(labour);
  }

  @Test
  @DisplayName("every level and difficulty of the code's value sets has exactly one row, and no row is left over")
  void theTableCoversTheValueSetsExactly() {
    int rows = 0;
    for (RepairProcess.EngineerLevel level : RepairProcess.EngineerLevel.values()) {
      for (RepairProcess.RepairDifficulty difficulty : RepairProcess.RepairDifficulty.values()) {
        assertThat(evaluate(level.code(), difficulty.code())).as(level + " " + difficulty).hasSize(1);
        rows++;
      }
    }
    assertThat(model.getModelElementsByType(Rule.class)).hasSize(rows);
    assertThat(evaluate("expert", "simple")).isEmpty();
  }

  @Test
  @DisplayName("the rulebook names no amounts: every row says its figure is the project's, and the decision keeps history")
  void everyFigureIsMarkedAsTheProjects() {
    assertThat(model.getModelElementsByType(Rule.class))
        .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).contains("本项目设定"));
    Decision d = model.getModelElementById(RepairProcess.LABOUR_RATE_DECISION);
    assertThat(d.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(Arrays.asList("工程师级别", "维修难度")).allSatisfy(label -> assertThat(
        model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Input.class).stream()
            .map(org.camunda.bpm.model.dmn.instance.Input::getLabel)).contains(label));
  }
}
