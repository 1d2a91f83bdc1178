package com.aftersales.flows.maintenance;

import java.time.Instant;
import java.time.LocalDate;

/** One row of table maintenance_visit. */
public record MaintenanceVisit(
    String caseNumber,
    int visitNumber,
    LocalDate visitDate,
    String engineer,
    String findings,
    String unsolvedProblems,
    String followOn,
    int satisfactionScore,
    Instant recordedAt) {}
