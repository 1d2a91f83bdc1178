package com.aftersales.customers;

import java.math.BigDecimal;

/**
 * How chargeable work and parts are paid, by the customer's credit grade (002 二(三) 2.1–2.5): D pays before the goods
 * (先款后货), C pays cash on delivery (现款现货), A and B buy on account within their credit limit; an amount that
 * would take an A or B customer's open balance over the limit must be reported to the marketing manager or the
 * general manager (2.5) before it is granted.
 */
public enum PaymentTerms {
  PAY_FIRST,
  CASH_ON_DELIVERY,
  ON_ACCOUNT,
  OVER_LIMIT;

  /**
   * @param openBalance what the customer owes already (yuan, not negative)
   * @param amount the amount of this work or parts request (yuan, not negative)
   */
  public static PaymentTerms of(CreditGrade grade, BigDecimal creditLimit, BigDecimal openBalance, BigDecimal amount) {
    if (amount.signum() < 0 || openBalance.signum() < 0) {
      throw new IllegalArgumentException("amounts must not be negative: " + openBalance + ", " + amount);
    }
    return switch (grade) {
      case D -> PAY_FIRST;
      case C -> CASH_ON_DELIVERY;
      case A, B -> openBalance.add(amount).compareTo(creditLimit) <= 0 ? ON_ACCOUNT : OVER_LIMIT;
    };
  }

  /** Whether the marketing manager or general manager must be told before the work or parts are released. */
  public boolean mustBeReported() {
    return this == OVER_LIMIT;
  }
}
