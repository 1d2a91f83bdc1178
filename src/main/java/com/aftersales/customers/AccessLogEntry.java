package com.aftersales.customers;

import java.time.Instant;

/** One line of the 借阅卡 (002 7.1): who opened which archive, when, how and why. */
public record AccessLogEntry(
    long customerId, String staffUser, String staffGroups, String viewKind, String reason, Instant accessedAt) {}
