package com.aftersales.flows.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.PaymentTerms;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** payment-terms.dmn row by row, straight from processes/ as an analyst saves it. */
class PaymentTermsDecisionTest {

  static DmnDecision decision;
  static DmnEngine engine;
  static String matchedRule;

  @BeforeAll
  static void parse() throws Exception {
    DmnEngineConfiguration configuration = DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    ((org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration) configuration).customPostDecisionTableEvaluationListeners(
        java.util.List.of((DmnDecisionTableEvaluationListener) (DmnDecisionTableEvaluationEvent event) ->
            matchedRule = event.getMatchingRules().isEmpty() ? null : event.getMatchingRules().get(0).getId()));
    engine = configuration.buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/payment-terms.dmn"))) {
      decision = engine.parseDecision(CreditProcess.DECISION_KEY, in);
    }
  }

  static PaymentTerms terms(String grade, boolean withinLimit) {
    DmnDecisionResult result = engine.evaluateDecision(decision,
        Map.of("creditGrade", grade, "withinCreditLimit", withinLimit));
    assertThat(result).hasSize(1);
    String code = result.getSingleResult().getEntry("paymentTerms");
    for (PaymentTerms t : PaymentTerms.values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    throw new AssertionError("not a PaymentTerms code: " + code);
  }

  @ParameterizedTest(name = "grade {0}, within the limit: {1} -> {2} ({3})")
  @CsvSource({
    "D, true,  PAY_FIRST,        Rule_PayFirst",
    "D, false, PAY_FIRST,        Rule_PayFirst",
    "C, true,  CASH_ON_DELIVERY, Rule_CashOnDelivery",
    "C, false, CASH_ON_DELIVERY, Rule_CashOnDelivery",
    "A, true,  ON_ACCOUNT,       Rule_OnAccount",
    "B, true,  ON_ACCOUNT,       Rule_OnAccount",
    "A, false, OVER_LIMIT,       Rule_OverLimit",
    "B, false, OVER_LIMIT,       Rule_OverLimit",
  })
  @DisplayName("002 二(三) 2.1–2.5: D pays first, C cash on delivery, A/B on account within the limit, over it reported")
  void eachGradeGetsItsPaymentTerms(String grade, boolean withinLimit, PaymentTerms expected, String rule) {
    assertThat(terms(grade, withinLimit)).isEqualTo(expected);
    assertThat(matchedRule).isEqualTo(rule);
  }

  @Test
  @DisplayName("every credit grade of the archive has terms whether or not the amount fits the limit")
  void everyGradeIsCovered() {
    for (CreditGrade grade : CreditGrade.values()) {
      assertThat(terms(grade.code(), true)).isNotNull();
      assertThat(terms(grade.code(), false)).isNotNull();
    }
  }
}
