package com.aftersales.desk;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.CaseNotFoundException;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceCase;
import com.aftersales.desk.CaseFile.Moment;
import com.aftersales.desk.CaseFile.TimelineEntry;
import com.aftersales.intake.CaseView;
import com.aftersales.intake.IntakeService;
import com.aftersales.mail.Outbox;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.privacy.ContactDataPolicy;
import com.aftersales.security.StaffAccessDeniedException;
import com.aftersales.security.StaffUser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The desk's case file and case search. The case, its open tasks, its history and its links come from the intake
 * API's own view (one rule for what a case shows), the mails from the outbox; this class adds the mails to the
 * timeline, how late each open task is, the company-zone times, and who may open which case.
 */
@Service
public class CaseFileService {

  private static final int MAX_HITS = 50;

  private final IntakeService intake;
  private final CaseService cases;
  private final Outbox outbox;
  private final CaseContacts contacts;
  private final StaffTimes times;
  private final NamedParameterJdbcTemplate jdbc;
  private final List<CaseDocumentLinks> documents;

  public CaseFileService(
      IntakeService intake, CaseService cases, Outbox outbox, CaseContacts contacts, StaffTimes times,
      NamedParameterJdbcTemplate jdbc, List<CaseDocumentLinks> documents) {
    this.documents = documents;
    this.intake = intake;
    this.cases = cases;
    this.outbox = outbox;
    this.contacts = contacts;
    this.times = times;
    this.jdbc = jdbc;
  }

  /**
   * The case as {@code user} may read it.
   *
   * @throws CaseNotFoundException for an unknown case
   * @throws StaffAccessDeniedException when the user may not open this case
   */
  public CaseFile open(String caseNumber, StaffUser user) {
    CaseView view = requireAccess(caseNumber, user);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<OutboxEntry> mails = outbox.forCase(caseNumber);
    return new CaseFile(
        view.caseNumber(), view.type(), view.channel(), view.status(), view.closedAt() == null,
        new CaseFile.Customer(view.customer().name(), view.customer().phone(), view.customer().email(),
            view.customer().address()),
        new CaseFile.Product(view.product().model(), view.product().serialNumber(),
            view.product().purchaseDate() == null ? null : view.product().purchaseDate().toString(),
            view.product().purchaseProof()),
        view.description(), view.externalReference(), moment(view.openedAt()), moment(view.closedAt()),
        view.openTasks().stream().map(t -> currentTask(t, now)).toList(),
        timeline(view, mails),
        mails.stream().map(this::mail).toList(),
        view.links().stream()
            .map(l -> new CaseFile.LinkedCase(l.caseNumber(), l.type(), l.relation(), l.direction(), l.status()))
            .toList(),
        documents.stream().flatMap(d -> d.forCase(caseNumber).stream()).toList());
  }

  /**
   * The case, when {@code user} may open it ({@link #mayOpen}): the one rule for what belongs to a case (its file,
   * its photos, its printed documents).
   *
   * @throws CaseNotFoundException for an unknown case
   * @throws StaffAccessDeniedException when the user may not open this case
   */
  public CaseView requireAccess(String caseNumber, StaffUser user) {
    CaseView view = intake.view(caseNumber);
    if (!mayOpen(user, view)) {
      throw new StaffAccessDeniedException("Case " + caseNumber + " is open to "
          + String.join(", ", DeskAccess.EVERY_CASE.stream().sorted().toList())
          + " and to those who work on it; " + user.id() + " does neither.");
    }
    return view;
  }

  /**
   * Everyone of {@link DeskAccess#EVERY_CASE}; anyone else while one of their groups may take an open task of the
   * case, or after they completed one of its tasks.
   */
  static boolean mayOpen(StaffUser user, CaseView view) {
    if (DeskAccess.EVERY_CASE.stream().anyMatch(user::memberOf)) {
      return true;
    }
    boolean candidate = view.openTasks().stream()
        .anyMatch(t -> user.id().equals(t.assignee()) || t.candidateGroups().stream().anyMatch(user::memberOf));
    boolean worked = view.history().stream().anyMatch(h -> user.id().equals(h.assignee()));
    return candidate || worked;
  }

  /**
   * Cases matching {@code query}: its case number, a serial number (exact, any case), a customer's name (part of
   * it) or, for those who may read contact data, a phone number (part of it, separators ignored). Open and closed
   * cases alike, newest first, at most 50.
   */
  public List<CaseFile.Summary> search(String query, StaffUser user) {
    String q = query.trim();
    Set<String> numbers = new LinkedHashSet<>();
    cases.find(q.toUpperCase(Locale.ROOT)).ifPresent(c -> numbers.add(c.caseNumber()));
    numbers.addAll(jdbc.queryForList(
        "SELECT case_number FROM service_case WHERE UPPER(serial_number) = :s ORDER BY opened_at DESC LIMIT " + MAX_HITS,
        new MapSqlParameterSource("s", q.toUpperCase(Locale.ROOT)), String.class));
    numbers.addAll(contacts.caseNumbersByName(q));
    if (ContactDataPolicy.mayRead(user)) {
      numbers.addAll(contacts.caseNumbersByPhone(q));
    }
    return numbers.stream()
        .limit(MAX_HITS)
        .map(cases::find)
        .flatMap(java.util.Optional::stream)
        .sorted(Comparator.comparing(ServiceCase::openedAt).reversed())
        .map(this::summary)
        .toList();
  }

  private CaseFile.Summary summary(ServiceCase c) {
    return new CaseFile.Summary(c.caseNumber(), c.type(), c.status(), c.closedAt() == null, c.customerName(),
        c.productModel(), c.serialNumber(), moment(c.openedAt()), moment(c.closedAt()));
  }

  private CaseFile.CurrentTask currentTask(CaseView.OpenTask task, Instant now) {
    Long late = task.due() == null ? null : Math.max(0, Duration.between(task.due(), now).toMinutes());
    return new CaseFile.CurrentTask(task.id(), task.name(), task.candidateGroups(), task.assignee(),
        moment(task.created()), moment(task.due()), late);
  }

  private CaseFile.Mail mail(OutboxEntry e) {
    return new CaseFile.Mail(e.id(), e.template(), ContactDataPolicy.visible(e.recipient()), e.subject(), e.status(),
        e.attempts(), e.lastError(), moment(e.createdAt()), moment(e.sentAt()));
  }

  /** Opening, every finished step and record, every mail, and the closing, oldest first. */
  private List<TimelineEntry> timeline(CaseView view, List<OutboxEntry> mails) {
    List<TimelineEntry> entries = new ArrayList<>();
    entries.add(new TimelineEntry(moment(view.openedAt()), TimelineEntry.OPENED, view.channel(), null, null));
    for (CaseView.HistoryEntry h : view.history()) {
      if (CaseView.HistoryEntry.RECORD.equals(h.kind())) {
        entries.add(new TimelineEntry(moment(h.at()), TimelineEntry.RECORD, h.action(),
            h.recordedBy() != null ? h.recordedBy() : h.engineer(), h.note()));
      } else {
        boolean task = "userTask".equals(h.type());
        entries.add(new TimelineEntry(moment(h.at()), task ? TimelineEntry.TASK : TimelineEntry.STEP, h.name(),
            h.assignee(), null));
      }
    }
    for (OutboxEntry mail : mails) {
      entries.add(new TimelineEntry(moment(mail.createdAt()), TimelineEntry.MAIL, mail.subject(), null,
          mail.status()));
    }
    // stable: on equal times the order above (records before their step, as the intake view has it) stays
    entries.sort(Comparator.comparing(e -> e.at() == null ? Instant.MAX : e.at().at()));
    if (view.closedAt() != null) {
      // last, even before the end event the closing step leads to (which ends a few milliseconds later)
      entries.add(new TimelineEntry(moment(view.closedAt()), TimelineEntry.CLOSED, view.status(), null, null));
    }
    return entries;
  }

  Moment moment(Instant instant) {
    return instant == null ? null : new Moment(instant, times.format(instant));
  }
}
