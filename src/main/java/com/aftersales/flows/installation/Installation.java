package com.aftersales.flows.installation;

import java.time.Instant;
import java.time.LocalDate;

/** One row of table installation. */
public record Installation(
    String caseNumber,
    String scope,
    Boolean factoryAssistance,
    LocalDate visitDate,
    String teamLeader,
    String installers,
    Integer installerCount,
    String checklist,
    Instant customerSignedAt,
    String siteProblem,
    String problemNote,
    Integer satisfactionScore,
    String followUpNote,
    Instant receivedAt,
    Instant closedAt) {}
