package com.aftersales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The payment rule of the credit grades (002 二(三) 2.1–2.5). */
class PaymentTermsTest {

  private static final BigDecimal LIMIT = new BigDecimal("10000.00");

  @Test
  void gradeDPaysBeforeTheGoodsAndGradeCCashOnDeliveryWhateverTheLimit() {
    assertThat(PaymentTerms.of(CreditGrade.D, LIMIT, BigDecimal.ZERO, BigDecimal.ONE)).isEqualTo(PaymentTerms.PAY_FIRST);
    assertThat(PaymentTerms.of(CreditGrade.C, LIMIT, BigDecimal.ZERO, BigDecimal.ONE))
        .isEqualTo(PaymentTerms.CASH_ON_DELIVERY);
  }

  @Test
  void gradesAAndBBuyOnAccountUpToTheLimitAndReportWhatGoesOver() {
    assertThat(PaymentTerms.of(CreditGrade.A, LIMIT, new BigDecimal("4000"), new BigDecimal("6000.00")))
        .isEqualTo(PaymentTerms.ON_ACCOUNT);
    PaymentTerms over = PaymentTerms.of(CreditGrade.B, LIMIT, new BigDecimal("4000"), new BigDecimal("6000.01"));
    assertThat(over).isEqualTo(PaymentTerms.OVER_LIMIT);
    assertThat(over.mustBeReported()).isTrue();
    assertThat(PaymentTerms.ON_ACCOUNT.mustBeReported()).isFalse();
  }

  @Test
  void negativeAmountsAreRefused() {
    assertThatThrownBy(() -> PaymentTerms.of(CreditGrade.A, LIMIT, BigDecimal.ZERO, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
