package com.aftersales.cases;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One thing done on a case: a diagnosis, a repair, a quote, a payment. {@code recordedAt} is filled in
 * by the service when null.
 */
public record ServiceRecord(
    String action,
    String engineer,
    String partsUsed,
    BigDecimal fee,
    String note,
    String recordedBy,
    Instant recordedAt) {

  public static ServiceRecord of(String action, String note) {
    return new ServiceRecord(action, null, null, null, note, null, null);
  }
}
