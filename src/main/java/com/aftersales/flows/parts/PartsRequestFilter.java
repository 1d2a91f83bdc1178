package com.aftersales.flows.parts;

import java.time.LocalDate;

/** Filters of {@code GET /api/parts-requests}; null = no filter. Dates are days in the company's zone, inclusive. */
public record PartsRequestFilter(String status, String caseNumber, LocalDate from, LocalDate to, String requestNumber) {}
