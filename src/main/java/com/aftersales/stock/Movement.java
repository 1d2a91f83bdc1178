package com.aftersales.stock;

import java.math.BigDecimal;
import java.time.Instant;

/** One ledger line as written; never changed afterwards. */
public record Movement(
    long id,
    MovementType type,
    String store,
    String part,
    int quantity,
    int delta,
    int balanceAfter,
    BigDecimal unitCost,
    String caseNumber,
    String requisitionNumber,
    String reference,
    String actor,
    String reason,
    Instant occurredAt) {}
