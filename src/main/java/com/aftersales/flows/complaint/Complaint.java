package com.aftersales.flows.complaint;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of table complaint. */
public record Complaint(
    Report report,
    String repeatOfCaseNumber,
    String handlingGroup,
    String currentGroup,
    int responseHours,
    Instant receivedAt,
    Instant responseDueAt,
    Instant respondedAt,
    String responseOutcome,
    Instant pausedAt,
    long pausedSeconds,
    int escalationLevel,
    int reopenCount,
    Boolean complaintJustified,
    Boolean demandReasonable,
    String causeCategory,
    String investigationFindings,
    String solutionType,
    String resolution,
    BigDecimal compensationAmount,
    String linkedCaseNumber,
    Boolean customerSatisfied,
    Integer satisfactionScore,
    String responsiblePerson,
    String regionalHead,
    String responsibilityFinding,
    Instant archivedAt) {

  /** What the customer asked and how we classified it. */
  public record Report(
      String caseNumber,
      String category,
      String severity,
      boolean keyCustomer,
      String details,
      String customerDemand,
      String relatedCaseNumber) {}

  /** The complaint when it is registered: the report, the complaint it repeats, its group and commitment. */
  public record NewComplaint(
      Report report,
      String repeatOfCaseNumber,
      String handlingGroup,
      int responseHours,
      Instant receivedAt,
      Instant responseDueAt) {}

  /** One escalation: overdue response or a dissatisfied customer moving the complaint up. */
  public record Escalation(
      String caseNumber,
      int sequenceNo,
      String reason,
      int fromLevel,
      int toLevel,
      String fromGroup,
      String toGroup,
      Instant escalatedAt) {

    public static final String RESPONSE_OVERDUE = "response-overdue";
    public static final String CUSTOMER_NOT_SATISFIED = "customer-not-satisfied";
    /** Cannot be solved at our level: straight to the top level, the company (000 第三条). */
    public static final String REPORTED_TO_COMPANY = "reported-to-company";
  }
}
