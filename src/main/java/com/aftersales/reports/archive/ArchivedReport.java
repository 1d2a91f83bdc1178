package com.aftersales.reports.archive;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;

/** One kept run of a scheduled report; {@code csv} is downloaded separately. */
public record ArchivedReport(
    long id,
    String report,
    LocalDate periodFrom,
    LocalDate periodTo,
    Instant createdAt,
    String recipients,
    String fileName,
    String summary,
    @JsonIgnore String csv) {}
