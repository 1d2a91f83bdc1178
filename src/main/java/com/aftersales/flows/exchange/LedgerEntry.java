package com.aftersales.flows.exchange;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the exchange ledger (换货登记台账). */
public record LedgerEntry(
    String caseNumber,
    LocalDate exchangeDate,
    String customerName,
    String productModel,
    String oldSerialNumber,
    String newSerialNumber,
    String reason,
    Approval regionalManager,
    Approval salesOffice,
    Approval generalManager,
    String storageLocation,
    String warehouseReceivedBy,
    Instant warehouseReceivedAt,
    String handler,
    Instant recordedAt) {

  /** One approver's signature: who, what, when, and the comment. */
  public record Approval(String by, String decision, String comment, Instant at) {}
}
