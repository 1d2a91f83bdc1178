package com.aftersales.mail;

import java.util.List;
import java.util.Map;

/**
 * Every notification goes through the outbox table: one row per dedup key, so a retried or re-run job
 * never sends the same mail twice. Without an SMTP host configured, mails are kept in the outbox and
 * logged instead of sent.
 */
public interface Outbox {

  /**
   * Renders {@code template} (src/main/resources/mail/templates/NAME.txt) with {@code model} and sends
   * it to {@code recipient} unless a mail with {@code dedupKey} was already sent. A null or blank
   * recipient is recorded as undeliverable ({@link OutboxEntry#NO_ADDRESS}) so staff can see that the
   * customer has to be called instead.
   *
   * @return the outbox entry, new or existing
   * @throws MailDeliveryFailedException when the SMTP server refuses or cannot be reached; the caller's job
   *     is retried and the entry is sent by a later attempt
   */
  OutboxEntry sendOnce(String dedupKey, String recipient, String template, Map<String, Object> model);

  /**
   * As {@link #sendOnce(String, String, String, Map)}, with a file attached (a report's CSV). The attachment is
   * kept with the entry, so a retry after a restart sends the same file.
   */
  OutboxEntry sendOnce(
      String dedupKey, String recipient, String template, Map<String, Object> model, Attachment attachment);

  /** A text file attached to a mail. */
  record Attachment(String fileName, String content) {}

  /** The mails of one case, oldest first. */
  List<OutboxEntry> forCase(String caseNumber);
}
