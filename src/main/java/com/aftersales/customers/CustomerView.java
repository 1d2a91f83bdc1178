package com.aftersales.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The whole archive of one customer (the 360 view): only managers open it, and each opening is logged. */
public record CustomerView(
    Customer customer,
    List<Product> products,
    List<CaseEntry> cases,
    List<ComplaintEntry> complaints,
    List<CreditEntry> creditHistory,
    List<VerificationEntry> verifications) {

  public record CaseEntry(
      String caseNumber,
      String type,
      String status,
      String productModel,
      String serialNumber,
      LocalDate purchaseDate,
      Instant openedAt,
      Instant closedAt,
      /** The earlier repair of the same product within the repeat-repair window, when this case repeats it. */
      String repeatOf) {}

  public record ComplaintEntry(
      String caseNumber,
      String category,
      String severity,
      Instant receivedAt,
      Instant respondedAt,
      String resolution,
      Boolean customerSatisfied) {}
}
