package com.aftersales.mail;

/**
 * A way out of the outbox other than mail (an SMS gateway): the outbox keeps the row, its dedup key, its claim and
 * its SENT mark as for a mail ({@link JdbcOutbox#sendOnce(String, String, String, java.util.Map, OutboxChannel)}), the
 * channel only says whether it can deliver, which recipients are valid, and delivers one entry.
 */
public interface OutboxChannel {

  /** The value of {@code mail_outbox.channel} for its entries. */
  String name();

  /** Whether deliveries go out; when not, entries are kept in the outbox (status KEPT) and logged. */
  boolean configured();

  /** Whether {@code recipient} is one recipient this channel can deliver to. */
  boolean validRecipient(String recipient);

  /**
   * Delivers the entry (its recipient and body). Called at most once per claim; the same entry may be delivered again
   * after a failure, so the far end is given the entry's dedup key to recognise a repeat.
   *
   * @throws MailDeliveryFailedException when the far end refuses or cannot be reached
   */
  void deliver(OutboxEntry entry);
}
