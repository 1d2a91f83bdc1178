package com.aftersales.flows.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExchangeEligibilityTest {

  @Test
  void aQualityProblemInsideTheWarrantyIsExchanged() {
    ExchangeEligibility.Result result = ExchangeEligibility.assess("warranty", "Inside the warranty period", "quality");
    assertThat(result.eligible()).isTrue();
    assertThat(result.reason()).contains("Quality problem").contains("Inside the warranty period");
  }

  @Test
  void aProductOutsideTheWarrantyIsNotExchanged() {
    ExchangeEligibility.Result result = ExchangeEligibility.assess("chargeable", "Outside the warranty period", "quality");
    assertThat(result.eligible()).isFalse();
    assertThat(result.reason()).isEqualTo("Not covered by the warranty: Outside the warranty period");
  }

  @Test
  void onlyQualityProblemsAreExchangedEvenInsideTheWarranty() {
    assertThat(ExchangeEligibility.assess("warranty", "Inside the warranty period", "unknown").eligible()).isFalse();
    assertThat(ExchangeEligibility.assess("warranty", "x", null).reason()).contains("not known");
    assertThat(ExchangeEligibility.assess("chargeable", null, "human").reason())
        .isEqualTo("Not covered by the warranty: chargeable");
  }

  @Test
  void aDecisionWithoutCoverageIsAnError() {
    assertThatThrownBy(() -> ExchangeEligibility.assess(null, null, "quality"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
