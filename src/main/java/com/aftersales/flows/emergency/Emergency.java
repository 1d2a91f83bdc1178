package com.aftersales.flows.emergency;

import java.time.Instant;

/** One row of table emergency. */
public record Emergency(
    String caseNumber,
    String kind,
    Instant reportedAt,
    Instant dispatchDueAt,
    Instant arrivalDueAt,
    String teamLeader,
    String team,
    Instant dispatchedAt,
    Instant arrivedAt,
    String stockDrawn,
    String stockShort,
    int progressReports,
    String resolution,
    Instant resolvedAt,
    Instant closedAt) {

  /** The team arrived by the commitment. */
  public boolean arrivedInTime() {
    return arrivedAt != null && !arrivedAt.isAfter(arrivalDueAt);
  }
}
