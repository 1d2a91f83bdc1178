package com.aftersales.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Body of GET /api/service-requests/{caseNumber}: the case, its open tasks, its history and the cases linked
 * to it.
 */
public record CaseView(
    String caseNumber,
    String type,
    String channel,
    String status,
    Customer customer,
    Product product,
    String description,
    String externalReference,
    Instant openedAt,
    Instant closedAt,
    String processInstanceId,
    Instant responseDueAt,
    List<OpenTask> openTasks,
    List<HistoryEntry> history,
    List<LinkedCase> links) {

  /**
   * A case linked to this one, in either direction: {@code relation} as stored ({@code exchange-of},
   * {@code repair-of}: the newer case is that of the older one); {@code direction} {@code from} = this case
   * was opened from the linked one, {@code to} = the linked case was opened from this one.
   */
  public record LinkedCase(String caseNumber, String type, String relation, String direction, String status) {

    public static final String FROM = "from";
    public static final String TO = "to";
  }

  /** {@code id}: the customer's archive (/api/customers); null for a case the archive does not know. */
  public record Customer(Long id, String name, String phone, String email, String address) {}

  public record Product(
      String model, String serialNumber, LocalDate purchaseDate, Boolean purchaseProof) {}

  public record OpenTask(
      String id,
      String name,
      String taskDefinitionKey,
      List<String> candidateGroups,
      String assignee,
      Instant created,
      Instant due) {}

  /**
   * A finished activity of the case's process ({@code kind = "activity"}: name, type, start, end,
   * assignee) or a service record ({@code kind = "record"}: action, engineer, partsUsed, fee, note,
   * recordedBy). {@code at} orders the history: an activity's end, a record's time.
   */
  public record HistoryEntry(
      String kind,
      Instant at,
      String name,
      String activityId,
      String type,
      Instant start,
      Instant end,
      String assignee,
      String action,
      String engineer,
      String partsUsed,
      BigDecimal fee,
      String note,
      String recordedBy) {

    public static final String ACTIVITY = "activity";
    public static final String RECORD = "record";
  }
}
