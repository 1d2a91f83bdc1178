package com.aftersales.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The database goes away right after the SMTP server accepted a mail (found by the fault run's database restart:
 * three mails arrived twice). The outbox must still record the mail as sent once the database is back, so that the
 * job's retry does not send it a second time.
 */
@SpringBootTest
@ActiveProfiles("test")
class OutboxDatabaseOutageTest {

  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired MailTemplates templates;

  /** Fails the "record as SENT" statement as often as told, like a database in the middle of a restart. */
  static final class FlakyJdbc extends JdbcTemplate {
    final AtomicInteger outageLeft = new AtomicInteger();
    /** The pool had no connection for the outbox's own transaction (seen in the fault run under a burst of jobs). */
    volatile boolean noConnection;

    FlakyJdbc(DataSource dataSource) {
      super(dataSource);
    }

    @Override
    public int update(String sql, Object... args) throws DataAccessException {
      if (sql.contains("sent_at = ?") && outageLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        if (noConnection) {
          throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
        }
        throw new TransientDataAccessResourceException("connection refused: the database is restarting");
      }
      return super.update(sql, args);
    }
  }

  private final JavaMailSender sender = mock(JavaMailSender.class);

  private JdbcOutbox outbox(FlakyJdbc jdbc, Duration claimTimeout) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
    return new JdbcOutbox(jdbc, transactionManager, templates, beans.getBeanProvider(JavaMailSender.class),
        new MailProperties("service@aftersales.example", claimTimeout));
  }

  private static Map<String, Object> model(String caseNumber) {
    return Map.of("caseNumber", caseNumber, "customerName", "Zhao Min");
  }

  @Test
  void mailSentWhileTheDatabaseRestartsIsRecordedOnceItIsBackAndNotSentAgain() {
    FlakyJdbc jdbc = new FlakyJdbc(dataSource);
    JdbcOutbox outbox = outbox(jdbc, Duration.ofMinutes(5));
    String caseNumber = "AS-OUTAGE-" + System.nanoTime();
    jdbc.outageLeft.set(3);

    OutboxEntry sent = outbox.sendOnce(caseNumber + ":ack", "zhao.min@example.com", "test-notice", model(caseNumber));
    OutboxEntry retried = outbox.sendOnce(caseNumber + ":ack", "zhao.min@example.com", "test-notice", model(caseNumber));

    assertThat(jdbc.outageLeft.get()).isZero();
    assertThat(sent.status()).isEqualTo(OutboxEntry.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(retried.id()).isEqualTo(sent.id());
    verify(sender, times(1)).send(any(SimpleMailMessage.class));
  }

  @Test
  void mailSentWhenThePoolHasNoConnectionLeftIsRecordedOnceOneIsFree() {
    FlakyJdbc jdbc = new FlakyJdbc(dataSource);
    jdbc.noConnection = true;
    JdbcOutbox outbox = outbox(jdbc, Duration.ofMinutes(5));
    String caseNumber = "AS-POOL-" + System.nanoTime();
    jdbc.outageLeft.set(2);

    OutboxEntry sent = outbox.sendOnce(caseNumber + ":ack", "zhao.min@example.com", "test-notice", model(caseNumber));
    outbox.sendOnce(caseNumber + ":ack", "zhao.min@example.com", "test-notice", model(caseNumber));

    assertThat(sent.status()).isEqualTo(OutboxEntry.SENT);
    verify(sender, times(1)).send(any(SimpleMailMessage.class));
  }

  @Test
  void mailThatCannotBeRecordedStaysClaimedSoAnImmediateRetryDoesNotSendItAgain() {
    FlakyJdbc jdbc = new FlakyJdbc(dataSource);
    // patience is half the claim timeout: one second here
    JdbcOutbox outbox = outbox(jdbc, Duration.ofSeconds(2));
    String caseNumber = "AS-OUTAGE-" + System.nanoTime();
    jdbc.outageLeft.set(1000);

    assertThatThrownBy(() -> outbox.sendOnce(caseNumber + ":ack", "zhao.min@example.com", "test-notice",
        model(caseNumber))).isInstanceOf(DataAccessException.class);
    jdbc.outageLeft.set(0);
    assertThatThrownBy(() -> outbox.sendOnce(caseNumber + ":ack", "zhao.min@example.com", "test-notice",
        model(caseNumber))).isInstanceOf(MailDeliveryFailedException.class).hasMessageContaining("being sent");

    assertThat(outbox.forCase(caseNumber)).singleElement()
        .satisfies(mail -> assertThat(mail.status()).isEqualTo(OutboxEntry.SENDING));
    verify(sender, times(1)).send(any(SimpleMailMessage.class));
  }
}
