package com.aftersales.mail;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.mail.MailException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on the application's database. Each state change commits in its own transaction
 * (REQUIRES_NEW): once a mail is marked SENT, no rollback of the calling job can forget it, so the retry
 * of that job finds it sent and does not send again.
 */
@Service
public class JdbcOutbox implements Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcOutbox.class);
  /** The channel of plain mails ({@code mail_outbox.channel}). */
  public static final String MAIL = "mail";
  private static final String COLUMNS =
      "id, dedup_key, case_number, template, recipient, subject, body, status, attempts, last_error, created_at,"
          + " sent_at, channel";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final MailTemplates templates;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailProperties properties;

  public JdbcOutbox(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      MailTemplates templates,
      ObjectProvider<JavaMailSender> mailSender,
      MailProperties properties) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.templates = templates;
    this.mailSender = mailSender;
    this.properties = properties;
  }

  @Override
  public OutboxEntry sendOnce(String dedupKey, String recipient, String template, Map<String, Object> model) {
    return sendOnce(dedupKey, recipient, template, model, (Attachment) null);
  }

  @Override
  public OutboxEntry sendOnce(
      String dedupKey, String recipient, String template, Map<String, Object> model, Attachment attachment) {
    JavaMailSender sender = mailSender.getIfAvailable();
    OutboxEntry entry = findOrCreate(dedupKey, recipient, template, model, sender == null, attachment, MAIL,
        MailAddresses::isValid);
    if (entry.isFinal()) {
      return entry;
    }
    if (sender == null) {
      // an entry created PENDING while an SMTP host was configured, met again after a restart without one
      LOG.info("No SMTP host configured; mail kept in the outbox. To: {} Subject: {}\n{}",
          entry.recipient(), entry.subject(), entry.body());
      return update(entry.id(), "UPDATE mail_outbox SET status = ?, attempts = attempts + 1 WHERE id = ?",
          OutboxEntry.KEPT, entry.id());
    }
    if (!MailAddresses.isValid(entry.recipient())) {
      // an entry written before addresses were checked: never hand such a recipient to the SMTP server
      LOG.warn("Mail {} ({}) has an invalid recipient address; kept as undeliverable", dedupKey, template);
      return update(entry.id(), "UPDATE mail_outbox SET status = ?, last_error = ? WHERE id = ?",
          OutboxEntry.NO_ADDRESS, "invalid recipient address refused", entry.id());
    }
    if (!claim(entry)) {
      // Another node is sending this very mail right now; let this job retry later rather than risk a duplicate.
      throw new MailDeliveryFailedException("Mail " + dedupKey + " is being sent by another node");
    }
    send(sender, entry, dedupKey);
    return recordSent(entry);
  }

  /**
   * As {@link #sendOnce(String, String, String, Map)} through another channel (an SMS gateway): the same row per dedup
   * key, claimed before delivery and marked SENT after, so a repeated call never delivers twice; a failed delivery
   * leaves the entry PENDING with its error and throws, and the next call delivers it. Without the channel
   * configured the entry is kept (KEPT) and logged; an invalid recipient is recorded as undeliverable.
   */
  public OutboxEntry sendOnce(
      String dedupKey, String recipient, String template, Map<String, Object> model, OutboxChannel channel) {
    OutboxEntry entry = findOrCreate(dedupKey, recipient, template, model, !channel.configured(), null,
        channel.name(), channel::validRecipient);
    if (entry.isFinal()) {
      return entry;
    }
    if (!channel.configured()) {
      LOG.info("No {} gateway configured; kept in the outbox. To: {}\n{}", channel.name(), entry.recipient(),
          entry.body());
      return update(entry.id(), "UPDATE mail_outbox SET status = ?, attempts = attempts + 1 WHERE id = ?",
          OutboxEntry.KEPT, entry.id());
    }
    if (!claim(entry)) {
      throw new MailDeliveryFailedException(channel.name() + " " + dedupKey + " is being sent by another node");
    }
    try {
      channel.deliver(entry);
    } catch (RuntimeException e) {
      update(entry.id(),
          "UPDATE mail_outbox SET status = ?, attempts = attempts + 1, last_error = ?, claimed_at = NULL WHERE id = ?",
          OutboxEntry.PENDING, truncate(e.getMessage(), 1000), entry.id());
      throw e instanceof MailDeliveryFailedException failed ? failed
          : new MailDeliveryFailedException("Sending " + channel.name() + " " + dedupKey + " failed", e);
    }
    return recordSent(entry);
  }

  /** Hands a claimed entry to the SMTP server; a refusal puts it back to PENDING with the error, for a retry. */
  private void send(JavaMailSender sender, OutboxEntry entry, String name) {
    try {
      Optional<Attachment> attached = attachment(entry.id());
      if (attached.isPresent()) {
        sender.send(mimeMessage(sender, entry, attached.get()));
      } else {
        sender.send(message(entry));
      }
    } catch (MailException e) {
      update(entry.id(),
          "UPDATE mail_outbox SET status = ?, attempts = attempts + 1, last_error = ?, claimed_at = NULL WHERE id = ?",
          OutboxEntry.PENDING, truncate(e.getMessage(), 1000), entry.id());
      throw new MailDeliveryFailedException("Sending mail " + name + " to " + entry.recipient() + " failed", e);
    }
  }

  /**
   * The SMTP server has the mail: that must be recorded, or a retry (after the claim timeout) sends it again. The
   * database may be away for a moment (a restart, a failover), so keep trying for up to half the claim timeout,
   * which is before any other attempt may take the mail over. Only then give up: the row stays SENDING and the
   * job fails; its retry after the claim timeout sends again (at least once rather than lost).
   */
  private OutboxEntry recordSent(OutboxEntry entry) {
    long deadline = System.nanoTime() + properties.claimTimeout().dividedBy(2).toNanos();
    long pause = 100;
    while (true) {
      try {
        // conditional, so a repeat after an update whose answer was lost changes nothing
        return update(entry.id(), "UPDATE mail_outbox SET status = ?, attempts = attempts + 1, last_error = NULL,"
            + " sent_at = ? WHERE id = ? AND status <> ?", OutboxEntry.SENT, now(), entry.id(), OutboxEntry.SENT);
      } catch (DataAccessException | TransactionException e) {
        // TransactionException: no connection for the REQUIRES_NEW transaction (database away, or pool exhausted)
        if (System.nanoTime() + MILLISECONDS.toNanos(pause) > deadline) {
          LOG.error("Mail {} was sent but could not be recorded as sent; a retry may send it again",
              entry.dedupKey(), e);
          throw e;
        }
        LOG.warn("Mail {} was sent; recording it failed ({}), trying again in {} ms", entry.dedupKey(),
            e.getMessage(), pause);
        try {
          Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        pause = Math.min(pause * 2, 2000);
      }
    }
  }

  @Override
  public List<OutboxEntry> forCase(String caseNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM mail_outbox WHERE case_number = ? ORDER BY id",
        JdbcOutbox::map, caseNumber);
  }

  /**
   * The newest mails first, for the managers' outbox view: optionally only one status and/or one case.
   *
   * @param limit at most this many (1 to 500)
   */
  public List<OutboxEntry> latest(String status, String caseNumber, int limit) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM mail_outbox WHERE 1 = 1");
    List<Object> args = new java.util.ArrayList<>();
    if (status != null) {
      sql.append(" AND status = ?");
      args.add(status);
    }
    if (caseNumber != null) {
      sql.append(" AND case_number = ?");
      args.add(caseNumber);
    }
    sql.append(" ORDER BY id DESC LIMIT ").append(Math.max(1, Math.min(500, limit)));
    return jdbc.query(sql.toString(), JdbcOutbox::map, args.toArray());
  }

  public Optional<OutboxEntry> byId(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?", JdbcOutbox::map, id).stream().findFirst();
  }

  /**
   * Sends a mail that is still owed (PENDING after a failed attempt, or SENDING by a node that did not finish within
   * the claim timeout) now, as its own job would: claimed first, so it never goes out twice, and recorded as SENT.
   * The job that wrote it finds it sent when it runs again and does not send it a second time.
   *
   * @return the entry as it is now
   * @throws IllegalStateException when the mail is not owed (sent, kept without SMTP, without address), being sent
   *     by a node right now, or no SMTP server is configured
   * @throws MailDeliveryFailedException when the SMTP server refuses again (the entry stays PENDING with the error)
   */
  public OutboxEntry resend(long id) {
    OutboxEntry entry = byId(id).orElseThrow(() -> new IllegalArgumentException("No mail " + id + " in the outbox"));
    if (entry.isFinal()) {
      throw new IllegalStateException("Mail " + id + " is " + entry.status() + "; nothing to retry");
    }
    if (!entry.isMail()) {
      throw new IllegalStateException("Entry " + id + " is not a mail; the campaign that wrote it sends it again");
    }
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("No SMTP server is configured (SPRING_MAIL_HOST); mails are kept, not sent");
    }
    if (!claim(entry)) {
      throw new IllegalStateException("Mail " + id + " is being sent by a node right now");
    }
    send(sender, entry, "#" + id);
    return recordSent(entry);
  }

  public Optional<OutboxEntry> find(String dedupKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM mail_outbox WHERE dedup_key = ?", JdbcOutbox::map, dedupKey)
        .stream().findFirst();
  }

  /**
   * Inserts first and reads only when the key is taken (a retry, or another node): the common case is one
   * statement. Without an SMTP host the entry is born KEPT (one attempt, logged) instead of PENDING and updated.
   */
  private OutboxEntry findOrCreate(
      String dedupKey, String recipient, String template, Map<String, Object> model, boolean keepOnly,
      Attachment attachment, String channel, Predicate<String> validRecipient) {
    MailTemplates.RenderedMail mail = templates.render(template, model);
    boolean noAddress = recipient == null || recipient.isBlank();
    // One bare address only: a line break or a list would add headers or recipients (MailAddresses).
    boolean invalidAddress = !noAddress && !validRecipient.test(recipient.trim());
    Object caseNumber = model.get("caseNumber");
    String status = noAddress || invalidAddress ? OutboxEntry.NO_ADDRESS
        : keepOnly ? OutboxEntry.KEPT : OutboxEntry.PENDING;
    int attempts = OutboxEntry.KEPT.equals(status) ? 1 : 0;
    Timestamp created = now();
    OutboxEntry entry = new OutboxEntry(0, dedupKey, caseNumber == null ? null : caseNumber.toString(), template,
        noAddress ? "(no address)" : invalidAddress ? OutboxEntry.INVALID_ADDRESS : recipient.trim(),
        truncate(mail.subject(), 500), truncate(mail.body(), 8000),
        status, attempts, null, created.toInstant(), null, channel);
    KeyHolder key = new GeneratedKeyHolder();
    try {
      newTransaction.executeWithoutResult(tx -> jdbc.update(connection -> {
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO mail_outbox (dedup_key, case_number, template, recipient, subject, body, status, attempts,"
                + " created_at, attachment_name, attachment_content, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"});
        insert.setString(1, entry.dedupKey());
        insert.setString(2, entry.caseNumber());
        insert.setString(3, entry.template());
        insert.setString(4, entry.recipient());
        insert.setString(5, entry.subject());
        insert.setString(6, entry.body());
        insert.setString(7, entry.status());
        insert.setInt(8, entry.attempts());
        insert.setTimestamp(9, created);
        insert.setString(10, attachment == null ? null : attachment.fileName());
        insert.setString(11, attachment == null ? null : attachment.content());
        insert.setString(12, channel);
        return insert;
      }, key));
    } catch (DuplicateKeyException exists) {
      LOG.debug("Mail {} is in the outbox already", dedupKey);
      return find(dedupKey).orElseThrow();
    }
    if (invalidAddress) {
      LOG.warn("Mail {} ({}) has an invalid recipient address; kept as undeliverable", dedupKey, template);
    } else if (noAddress) {
      LOG.warn("Mail {} ({}) has no recipient address; kept as undeliverable", dedupKey, template);
    } else if (keepOnly) {
      LOG.info("No SMTP host configured; mail kept in the outbox. To: {} Subject: {}\n{}",
          entry.recipient(), entry.subject(), entry.body());
    }
    long id = Objects.requireNonNull(key.getKey(), "generated id of the outbox entry").longValue();
    return new OutboxEntry(id, entry.dedupKey(), entry.caseNumber(), entry.template(), entry.recipient(),
        entry.subject(), entry.body(), entry.status(), entry.attempts(), null, entry.createdAt(), null,
        entry.channel());
  }

  /** Takes the mail for this node: PENDING, or SENDING by a node that has not finished within the claim timeout. */
  private boolean claim(OutboxEntry entry) {
    Timestamp now = now();
    Timestamp stale = Timestamp.from(now.toInstant().minus(properties.claimTimeout()));
    Integer claimed = newTransaction.execute(status -> jdbc.update(
        "UPDATE mail_outbox SET status = ?, claimed_at = ? WHERE id = ?"
            + " AND (status = ? OR (status = ? AND claimed_at < ?))",
        OutboxEntry.SENDING, now, entry.id(), OutboxEntry.PENDING, OutboxEntry.SENDING, stale));
    return claimed != null && claimed == 1;
  }

  private OutboxEntry update(long id, String sql, Object... args) {
    newTransaction.executeWithoutResult(status -> jdbc.update(sql, args));
    return jdbc.queryForObject("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?", JdbcOutbox::map, id);
  }

  /** The file kept with an entry, if it has one. */
  public Optional<Attachment> attachment(long id) {
    return jdbc.query("SELECT attachment_name, attachment_content FROM mail_outbox WHERE id = ?"
                + " AND attachment_name IS NOT NULL",
            (rs, row) -> new Attachment(rs.getString(1), rs.getString(2)), id)
        .stream().findFirst();
  }

  /** A mail with its attachment (UTF-8 text, e.g. a report's CSV). */
  private MimeMessage mimeMessage(JavaMailSender sender, OutboxEntry entry, Attachment attachment) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(entry.recipient());
      helper.setSubject(entry.subject());
      helper.setText(entry.body());
      helper.addAttachment(attachment.fileName(),
          new ByteArrayResource(attachment.content().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          "text/csv; charset=UTF-8");
    } catch (MessagingException e) {
      throw new MailPreparationException("Mail " + entry.dedupKey() + " could not be composed", e);
    }
    return message;
  }

  private SimpleMailMessage message(OutboxEntry entry) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.from());
    message.setTo(entry.recipient());
    message.setSubject(entry.subject());
    message.setText(entry.body());
    return message;
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  private static OutboxEntry map(ResultSet rs, int row) throws SQLException {
    return new OutboxEntry(
        rs.getLong("id"), rs.getString("dedup_key"), rs.getString("case_number"), rs.getString("template"),
        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("status"),
        rs.getInt("attempts"), rs.getString("last_error"), instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("sent_at")), rs.getString("channel"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
