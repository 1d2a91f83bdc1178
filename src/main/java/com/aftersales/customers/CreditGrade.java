package com.aftersales.customers;

import com.aftersales.variables.Variable;
import java.time.Period;

/**
 * The customer's credit grade (002 二(三)): it decides how chargeable work is paid and how often the customer's
 * credit is reviewed (3.2.3: A every six months, B every three, C and D monthly).
 */
public enum CreditGrade implements Variable.Code {
  A(Period.ofMonths(6)),
  B(Period.ofMonths(3)),
  C(Period.ofMonths(1)),
  D(Period.ofMonths(1));

  private final Period reviewEvery;

  CreditGrade(Period reviewEvery) {
    this.reviewEvery = reviewEvery;
  }

  /** The grade's letter, as forms and decision tables name it. */
  @Override
  public String code() {
    return name();
  }

  /** The time between two credit reviews of a customer of this grade. */
  public Period reviewEvery() {
    return reviewEvery;
  }
}
