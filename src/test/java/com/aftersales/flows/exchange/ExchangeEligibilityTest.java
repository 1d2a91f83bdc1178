package com.aftersales.flows.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.cases.DamageCause;
import com.aftersales.flows.repair.RepairProcess.Coverage;
import org.junit.jupiter.api.Test;

class ExchangeEligibilityTest {

  @Test
  void aQualityProblemInsideTheWarrantyIsExchanged() {
    ExchangeEligibility.Result result = ExchangeEligibility.assess(Coverage.WARRANTY, "Inside the warranty period", DamageCause.QUALITY);
    assertThat(result.eligible()).isTrue();
    assertThat(result.reason()).contains("保修期内的质量问题").contains("Inside the warranty period");
  }

  @Test
  void aProductOutsideTheWarrantyIsNotExchanged() {
    ExchangeEligibility.Result result = ExchangeEligibility.assess(Coverage.CHARGEABLE, "Outside the warranty period", DamageCause.QUALITY);
    assertThat(result.eligible()).isFalse();
    assertThat(result.reason()).isEqualTo("不在保修范围内：Outside the warranty period");
  }

  @Test
  void onlyQualityProblemsAreExchangedEvenInsideTheWarranty() {
    assertThat(ExchangeEligibility.assess(Coverage.WARRANTY, "Inside the warranty period", DamageCause.UNKNOWN).eligible()).isFalse();
    assertThat(ExchangeEligibility.assess(Coverage.WARRANTY, "x", null).reason()).contains("尚不明确");
    assertThat(ExchangeEligibility.assess(Coverage.CHARGEABLE, null, DamageCause.HUMAN).reason())
        .isEqualTo("不在保修范围内：chargeable");
  }

  @Test
  void aDecisionWithoutCoverageIsAnError() {
    assertThatThrownBy(() -> ExchangeEligibility.assess(null, null, DamageCause.QUALITY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
