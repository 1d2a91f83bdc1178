package com.aftersales.desk;

import com.aftersales.desk.CaseFile.Moment;
import com.aftersales.mail.JdbcOutbox;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.privacy.ContactDataPolicy;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;

/**
 * The managers' view of the outbox: who got which mail or SMS when, and in what state; a mail still owed can be
 * retried (an SMS is not: its campaign sends it again, {@link JdbcOutbox#resend} refuses it).
 * A retry sends the stored mail at once ({@link JdbcOutbox#resend}); when the mail step that wrote it has run out
 * of retries (an incident), that job is given one more, so the case moves on (it finds the mail sent and does not
 * send it again).
 */
@Service
public class OutboxView {

  /**
   * One mail or SMS as the view shows it ({@code channel} mail or sms); {@code retryable}: a mail still owed, so the
   * retry button applies (an SMS owed is sent again by its campaign, not from here).
   */
  public record Row(
      long id, String channel, String caseNumber, String template, String recipient, String subject, String status,
      int attempts, String lastError, Moment createdAt, Moment sentAt, boolean retryable) {}

  /** The answer to a retry: the mail now, and how many stuck mail steps of its case were released. */
  public record Retried(Row mail, int releasedJobs) {}

  private final JdbcOutbox outbox;
  private final ManagementService managementService;
  private final CaseFileService caseFiles;

  public OutboxView(JdbcOutbox outbox, ManagementService managementService, CaseFileService caseFiles) {
    this.outbox = outbox;
    this.managementService = managementService;
    this.caseFiles = caseFiles;
  }

  public List<Row> latest(String status, String caseNumber, int limit) {
    return outbox.latest(status, caseNumber, limit).stream().map(this::row).toList();
  }

  public Retried retry(long id) {
    OutboxEntry sent = outbox.resend(id);
    return new Retried(row(sent), releaseStuckStep(sent.dedupKey()));
  }

  /**
   * The mail step's job, found by the dedup key it wrote ({@code processInstanceId:activityId:pass:address}, see
   * mail.SendMailDelegate), when it has no retries left.
   */
  private int releaseStuckStep(String dedupKey) {
    String[] parts = dedupKey.split(":", 3);
    if (parts.length < 3) {
      return 0;
    }
    List<Job> stuck = managementService.createJobQuery().processInstanceId(parts[0]).activityId(parts[1])
        .noRetriesLeft().list();
    stuck.forEach(job -> managementService.setJobRetries(job.getId(), 1));
    return stuck.size();
  }

  private Row row(OutboxEntry e) {
    return new Row(e.id(), e.channel(), e.caseNumber(), e.template(), ContactDataPolicy.visible(e.recipient()),
        e.subject(), e.status(), e.attempts(), e.lastError(), caseFiles.moment(e.createdAt()),
        caseFiles.moment(e.sentAt()), !e.isFinal() && e.isMail());
  }
}
