package com.aftersales.flows.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** complaint-routing.dmn row by row, straight from processes/ as an analyst saves it. */
class ComplaintRoutingDecisionTest {

  static DmnDecision decision;
  static DmnEngine engine;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/complaint-routing.dmn"))) {
      decision = engine.parseDecision(ComplaintProcess.DECISION_KEY, in);
    }
  }

  @ParameterizedTest(name = "{0}/{1}/key={2} -> {3} h, {4} ({5})")
  @CsvSource({
    // category,        severity, key,  hours, group,              rule
    "product-quality,  high,     true,  4,  service-managers, Rule_HighSeverityKeyCustomer",
    "service-attitude, high,     true,  4,  service-managers, Rule_HighSeverityKeyCustomer",
    "delivery,         high,     false, 8,  service-managers, Rule_HighSeverity",
    "service-attitude, high,     false, 8,  service-managers, Rule_HighSeverity",
    "service-attitude, normal,   true,  12, service-managers, Rule_AttitudeKeyCustomer",
    "service-attitude, low,      false, 24, service-managers, Rule_Attitude",
    "installation,     normal,   true,  12, customer-service, Rule_KeyCustomer",
    "price,            low,      true,  12, customer-service, Rule_KeyCustomer",
    "product-quality,  normal,   false, 24, customer-service, Rule_Default",
    "delivery,         low,      false, 24, customer-service, Rule_Default",
    "other,            normal,   false, 24, customer-service, Rule_Default",
  })
  void eachRowGivesItsResponseTimeAndGroup(
      String category, String severity, boolean keyCustomer, int hours, String group, String rule) {
    DmnDecisionResult result =
        engine.evaluateDecision(
            decision, Map.of("category", category, "severity", severity, "keyCustomer", keyCustomer));

    assertThat(result).hasSize(1);
    assertThat((Integer) result.getSingleResult().getEntry("responseHours")).isEqualTo(hours);
    assertThat((String) result.getSingleResult().getEntry("handlingGroup")).isEqualTo(group);
    assertThat(ruleIds()).contains(rule);
  }

  @Test
  void nothingIsSlowerThanTheCompanysTwentyFourHours() throws Exception {
    String xml = Files.readString(Path.of("processes/complaint-routing.dmn"));
    List<Integer> hours =
        java.util.regex.Pattern.compile("OutputEntry_\\w+_Hours\"><text>(\\d+)</text>")
            .matcher(xml)
            .results()
            .map(m -> Integer.parseInt(m.group(1)))
            .toList();
    assertThat(hours).hasSize(ruleIds().size()).allSatisfy(h -> assertThat(h).isBetween(1, 24));
  }

  private static List<String> ruleIds() {
    return ((org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision.getDecisionLogic())
        .getRules().stream().map(r -> r.getId()).toList();
  }
}
