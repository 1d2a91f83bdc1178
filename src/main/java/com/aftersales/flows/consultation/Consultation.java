package com.aftersales.flows.consultation;

import java.time.Instant;

/** One row of table consultation. */
public record Consultation(
    String caseNumber,
    String kind,
    String question,
    Instant receivedAt,
    Instant answerDueAt,
    String answer,
    String answeredBy,
    Instant answeredAt,
    String feedbackReport,
    String instruction,
    String instructedBy,
    Boolean actionRequired,
    String responsibleDepartment,
    String followThroughNote,
    int followThroughChecks,
    Instant followThroughDoneAt,
    Instant closedAt) {

  /** The answer came by the commitment. */
  public boolean answeredInTime() {
    return answeredAt != null && !answeredAt.isAfter(answerDueAt);
  }
}
