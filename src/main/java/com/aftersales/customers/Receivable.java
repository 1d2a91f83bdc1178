package com.aftersales.customers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One charged case of a customer: the amount the payment gate granted or asked for first, what was paid and when.
 * {@code open()} is the unpaid rest.
 */
public record Receivable(
    long customerId,
    String caseNumber,
    BigDecimal amount,
    BigDecimal paidAmount,
    PaymentTerms paymentTerms,
    String paymentReference,
    Instant openedAt,
    Instant paidAt) {

  public BigDecimal open() {
    return amount.subtract(paidAmount).max(BigDecimal.ZERO);
  }
}
