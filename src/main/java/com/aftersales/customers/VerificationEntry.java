package com.aftersales.customers;

import java.time.Instant;

/** One customer's line of a re-verification sheet: the outcome, what changed, who verified and when. */
public record VerificationEntry(
    String sheetId, long customerId, VerificationOutcome outcome, String note, String verifiedBy, Instant verifiedAt) {}
