package com.aftersales.mail;

import java.time.Instant;

public record OutboxEntry(
    long id,
    String dedupKey,
    String caseNumber,
    String template,
    String recipient,
    String subject,
    String body,
    String status,
    int attempts,
    Instant createdAt,
    Instant sentAt) {

  public static final String PENDING = "PENDING";
  public static final String SENT = "SENT";
  /** No SMTP server configured: the mail is kept here and logged. */
  public static final String KEPT = "KEPT";
}
