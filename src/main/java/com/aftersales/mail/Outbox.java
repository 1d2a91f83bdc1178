package com.aftersales.mail;

import java.util.Map;

/**
 * Every notification goes through the outbox table: one row per dedup key, so a retried or re-run job
 * never sends the same mail twice. Without an SMTP host configured, mails are kept in the outbox and
 * logged instead of sent.
 */
public interface Outbox {

  /**
   * Renders {@code template} (src/main/resources/mail/templates/NAME.txt) with {@code model} and sends
   * it to {@code recipient} unless a mail with {@code dedupKey} was already sent.
   *
   * @return the outbox entry, new or existing
   */
  OutboxEntry sendOnce(String dedupKey, String recipient, String template, Map<String, Object> model);
}
