package com.aftersales.intake;

import com.aftersales.cases.ServiceCase;
import java.time.Instant;

/**
 * Outcome of a submission.
 *
 * @param created false when the request repeated an earlier one (same external reference or
 *     Idempotency-Key) and the earlier case is returned
 */
public record IntakeResult(ServiceCase serviceCase, Instant responseDueAt, boolean created) {}
