package com.aftersales.customers;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an archive holds about a customer, without its id ({@link Customer}): from the API, an imported row or
 * intake.
 */
public record NewCustomer(
    CustomerKind kind,
    String name,
    String contactName,
    String phone,
    String email,
    String address,
    String region,
    String salesperson,
    Classification classification,
    CreditGrade creditGrade,
    BigDecimal creditLimit,
    LocalDate nextCreditReview,
    SecrecyLevel secrecyLevel) {

  /**
   * A customer intake meets for the first time: nothing is known about their credit, so grade C (cash on
   * delivery, 二(三) 2.3) with no limit, reviewed after the grade's period, and the lowest secrecy level.
   */
  public static NewCustomer atIntake(
      CustomerKind kind, String name, String contactName, String phone, String email, String address,
      LocalDate today) {
    return new NewCustomer(
        kind, name, contactName, phone, email, address, null, null,
        Classification.NORMAL, CreditGrade.C, BigDecimal.ZERO, today.plus(CreditGrade.C.reviewEvery()),
        SecrecyLevel.SECRET);
  }
}
