package com.aftersales.stock;

import java.time.LocalDate;

/** Which ledger lines to list; null means any. Days are inclusive, in the company's zone. */
public record MovementFilter(
    String store, String part, String caseNumber, String requisitionNumber, MovementType type, LocalDate from,
    LocalDate to) {

  public static MovementFilter ofCase(String caseNumber) {
    return new MovementFilter(null, null, caseNumber, null, null, null, null);
  }

  public static MovementFilter ofRequisition(String requisitionNumber) {
    return new MovementFilter(null, null, null, requisitionNumber, null, null, null);
  }
}
