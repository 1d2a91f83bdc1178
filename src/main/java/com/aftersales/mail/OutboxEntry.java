package com.aftersales.mail;

import java.time.Instant;

/**
 * One row of the outbox: a mail, or an SMS ({@code channel} {@value JdbcOutbox#MAIL} or the channel's name, see
 * {@link OutboxChannel}); the recipient of an SMS is the phone number.
 */
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
    String lastError,
    Instant createdAt,
    Instant sentAt,
    String channel) {

  public static final String PENDING = "PENDING";
  /** One node is talking to the SMTP server right now. */
  public static final String SENDING = "SENDING";
  public static final String SENT = "SENT";
  /** No SMTP server configured: the mail is kept here and logged. */
  public static final String KEPT = "KEPT";
  /** The recipient has no e-mail address (a customer reached by phone only). */
  public static final String NO_ADDRESS = "NO_ADDRESS";
  /** What is recorded as recipient, with status NO_ADDRESS, instead of an address that is not one valid address. */
  public static final String INVALID_ADDRESS = "(invalid address)";

  /** Whether nothing more will be done for this entry. */
  public boolean isFinal() {
    return SENT.equals(status) || KEPT.equals(status) || NO_ADDRESS.equals(status);
  }

  /** Whether this entry is a mail (an SMS is sent again only by what wrote it, never by the outbox's retry). */
  public boolean isMail() {
    return JdbcOutbox.MAIL.equals(channel);
  }
}
