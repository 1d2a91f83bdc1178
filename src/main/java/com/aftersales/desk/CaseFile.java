package com.aftersales.desk;

import java.time.Instant;
import java.util.List;

/**
 * Body of GET /api/desk/cases/{caseNumber}: one case, open or closed, as the front line reads it. Every time is
 * a {@link Moment}: the instant and the same instant as people read it in the company zone.
 */
public record CaseFile(
    String caseNumber,
    String type,
    String channel,
    String status,
    boolean open,
    Customer customer,
    Product product,
    String description,
    String externalReference,
    Moment openedAt,
    Moment closedAt,
    List<CurrentTask> currentTasks,
    List<TimelineEntry> timeline,
    List<Mail> mails,
    List<LinkedCase> links,
    List<Document> documents) {

  /** An instant and its text in {@code aftersales.calendar.zone}, e.g. {@code 2026-12-07 14:30 (Asia/Shanghai)}. */
  public record Moment(Instant at, String text) {}

  /** Name always; phone, e-mail and address only for the groups that need them (null otherwise). */
  public record Customer(String name, String phone, String email, String address) {}

  public record Product(String model, String serialNumber, String purchaseDate, Boolean purchaseProof) {}

  /**
   * A task open now. {@code lateMinutes}: how long past its due date it is (0 when not late, null without a due
   * date).
   */
  public record CurrentTask(
      String id, String name, List<String> groups, String assignee, Moment created, Moment due, Long lateMinutes) {}

  /**
   * One thing that happened: {@code kind} is {@code opened}, {@code task} (a person's step: {@code who} completed
   * it), {@code step} (the process's own step), {@code record} (a service record; {@code who} wrote it),
   * {@code mail} (a mail written to the outbox) or {@code closed}.
   */
  public record TimelineEntry(Moment at, String kind, String what, String who, String detail) {

    public static final String OPENED = "opened";
    public static final String TASK = "task";
    public static final String STEP = "step";
    public static final String RECORD = "record";
    public static final String MAIL = "mail";
    public static final String CLOSED = "closed";
  }

  /** A mail of the case's outbox; the recipient is contact data and shown under the same rule. */
  public record Mail(
      long id, String template, String recipient, String subject, String status, int attempts, String lastError,
      Moment createdAt, Moment sentAt) {}

  /** {@code direction}: {@code from} = this case was opened from the linked one, {@code to} = the other way. */
  public record LinkedCase(String caseNumber, String type, String relation, String direction, String status) {}

  /** A printable document of the case (a PDF): {@code title} as printed on it, {@code href} the API path. */
  public record Document(String name, String title, String href) {}

  /** One hit of the case search. */
  public record Summary(
      String caseNumber, String type, String status, boolean open, String customerName, String productModel,
      String serialNumber, Moment openedAt, Moment closedAt) {}
}
