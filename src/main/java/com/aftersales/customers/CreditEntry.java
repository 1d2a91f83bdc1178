package com.aftersales.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One line of a customer's credit history: the grade and limit set, and why. */
public record CreditEntry(
    CreditGrade creditGrade,
    BigDecimal creditLimit,
    LocalDate nextCreditReview,
    String reason,
    String changedBy,
    Instant changedAt) {}
