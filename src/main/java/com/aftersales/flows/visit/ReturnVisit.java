package com.aftersales.flows.visit;

import java.time.Instant;

/** One return visit as stored (table return_visit). */
public record ReturnVisit(
    String visitNumber,
    String caseNumber,
    VisitProcess.Reason reason,
    VisitProcess.Status status,
    Instant caseClosedAt,
    String caseFinalStatus,
    String drawId,
    String processInstanceId,
    int attempts,
    String visitedBy,
    Instant visitedAt,
    String visitMode,
    String answer,
    Integer satisfaction,
    String suggestions,
    Boolean complaintRaised,
    String complaintCaseNumber,
    String feedbackFormNumber,
    Instant feedbackHandedInAt,
    Instant feedbackAnsweredAt,
    String serviceCommitment,
    Long planId) {}
