package com.aftersales.reports.sla;

import java.time.Instant;

/**
 * One case under one commitment, as the commitment's rule sees it.
 *
 * @param caseNumber the after-sales case number (process business key)
 * @param processInstanceId the engine's process instance (Cockpit: {@code #/process-instance/{id}})
 * @param reference what within the case the commitment is about when a case can have several (e.g. the parts
 *     order {@code PR-...#1}), otherwise null
 * @param startedAt when the commitment started to run
 * @param dueAt when it must be kept; null while the clock is stopped (complaint waiting for the customer)
 * @param fulfilledAt when it was kept, null while open
 */
public record SlaCase(
    String caseNumber,
    String processInstanceId,
    String reference,
    Instant startedAt,
    Instant dueAt,
    Instant fulfilledAt) {

  public boolean isOpen() {
    return fulfilledAt == null;
  }
}
