package com.aftersales.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as printed: yuan with two decimals, e.g. {@code 1,280.50 元}; null prints as a dash. */
final class Money {

  private Money() {}

  static String yuan(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    return String.format(java.util.Locale.ROOT, "%,.2f 元", amount.setScale(2, RoundingMode.HALF_UP));
  }
}
