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
 * @param moved whether a manager moved the deadline (recorded in {@code task_due_date_move}); {@code dueAt} is
 *     then the original commitment, which the case is judged against
 * @param movedDueAt the deadline as moved (null: moved away entirely, or not moved)
 */
public record SlaCase(
    String caseNumber,
    String processInstanceId,
    String reference,
    Instant startedAt,
    Instant dueAt,
    Instant fulfilledAt,
    boolean moved,
    Instant movedDueAt) {

  /** A case whose deadline nobody moved. */
  public SlaCase(
      String caseNumber, String processInstanceId, String reference, Instant startedAt, Instant dueAt,
      Instant fulfilledAt) {
    this(caseNumber, processInstanceId, reference, startedAt, dueAt, fulfilledAt, false, null);
  }

  public boolean isOpen() {
    return fulfilledAt == null;
  }
}
