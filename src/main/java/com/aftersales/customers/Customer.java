package com.aftersales.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One archive of the customer archive (客户信息档案); {@code mergedInto} is set once merged into another. */
public record Customer(
    long id,
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
    SecrecyLevel secrecyLevel,
    Long mergedInto,
    Instant createdAt) {}
