package com.aftersales.intake;

import java.time.Instant;

/** Body of the answer to POST /api/service-requests. */
public record IntakeResponse(
    String caseNumber, String processInstanceId, String type, Instant responseDueAt, Long customerId) {

  static IntakeResponse of(IntakeResult result) {
    return new IntakeResponse(
        result.serviceCase().caseNumber(),
        result.serviceCase().processInstanceId(),
        result.serviceCase().type(),
        result.responseDueAt(),
        result.serviceCase().customerId());
  }
}
