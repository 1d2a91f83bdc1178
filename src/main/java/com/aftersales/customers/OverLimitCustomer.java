package com.aftersales.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the over-limit report: a customer whose open amount exceeds the credit limit (002 二(三) 2.5).
 * {@code name} is null when the reader may not open an archive of the customer's secrecy level.
 */
public record OverLimitCustomer(
    long customerId,
    String name,
    CreditGrade creditGrade,
    BigDecimal creditLimit,
    BigDecimal openAmount,
    BigDecimal overBy,
    int openCases,
    Instant oldestOpenSince,
    LocalDate nextCreditReview,
    String salesperson,
    SecrecyLevel secrecyLevel) {

  OverLimitCustomer withoutName() {
    return new OverLimitCustomer(customerId, null, creditGrade, creditLimit, openAmount, overBy, openCases,
        oldestOpenSince, nextCreditReview, salesperson, secrecyLevel);
  }
}
