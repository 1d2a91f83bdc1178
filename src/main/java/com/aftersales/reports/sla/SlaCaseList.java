package com.aftersales.reports.sla;

import com.aftersales.reports.Csv;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/reports/sla/{commitment}/cases?bucket=...} returns: the cases behind one figure of the
 * report (same clock, same rule, so the list is as long as the figure).
 */
public record SlaCaseList(String commitment, String bucket, Instant generatedAt, int count, List<Item> cases) {

  static final String CSV_HEADER =
      "caseNumber,processInstanceId,reference,startedAt,dueAt,fulfilledAt,cockpitPath,moved,movedDueAt,"
          + "currentTask,assignee,lateByMinutes";

  /**
   * One line of the list: the case as its commitment's rule sees it ({@link SlaCase}, whose facts the item's JSON
   * and CSV show as its own: caseNumber, processInstanceId, reference, startedAt, dueAt (the original deadline when
   * it was moved), fulfilledAt, moved, movedDueAt) and what the list adds.
   *
   * @param cockpitPath the case in Cockpit, relative to Cockpit's page ({@code #/process-instance/{id}})
   * @param currentTask the names of the case's open tasks (its process instance's), null when none is open
   * @param assignee who holds them, null when nobody has claimed them
   * @param lateByMinutes how far past its deadline the commitment is (open) or was kept (fulfilled); null when
   *     in time or while the clock is stopped
   */
  @JsonPropertyOrder({"caseNumber", "processInstanceId", "reference", "startedAt", "dueAt", "fulfilledAt",
      "cockpitPath", "moved", "movedDueAt", "currentTask", "assignee", "lateByMinutes"})
  public record Item(
      @JsonIgnore SlaCase slaCase, String cockpitPath, String currentTask, String assignee, Long lateByMinutes) {

    static Item of(SlaCase c, OpenTasks tasks, Instant now) {
      return new Item(c, c.processInstanceId() == null ? null : "#/process-instance/" + c.processInstanceId(),
          tasks.names(), tasks.assignees(), lateByMinutes(c, now));
    }

    @JsonProperty
    public String caseNumber() { return slaCase.caseNumber(); }

    @JsonProperty
    public String processInstanceId() { return slaCase.processInstanceId(); }

    @JsonProperty
    public String reference() { return slaCase.reference(); }

    @JsonProperty
    public Instant startedAt() { return slaCase.startedAt(); }

    @JsonProperty
    public Instant dueAt() { return slaCase.dueAt(); }

    @JsonProperty
    public Instant fulfilledAt() { return slaCase.fulfilledAt(); }

    @JsonProperty
    public boolean moved() { return slaCase.moved(); }

    @JsonProperty
    public Instant movedDueAt() { return slaCase.movedDueAt(); }

    static Long lateByMinutes(SlaCase c, Instant now) {
      Instant end = c.fulfilledAt() != null ? c.fulfilledAt() : now;
      if (c.dueAt() == null || !end.isAfter(c.dueAt())) {
        return null;
      }
      return java.time.Duration.between(c.dueAt(), end).toMinutes();
    }
  }

  /** The open tasks of one case as the list shows them: names and assignees, comma-separated; nulls when none. */
  record OpenTasks(String names, String assignees) {
    static final OpenTasks NONE = new OpenTasks(null, null);
  }

  public String csv() {
    Csv out = Csv.withHeaderLine(CSV_HEADER);
    for (Item i : cases) {
      out.row(i.caseNumber(), i.processInstanceId(), i.reference(), i.startedAt(), i.dueAt(), i.fulfilledAt(),
          i.cockpitPath(), i.moved(), i.movedDueAt(), i.currentTask(), i.assignee(), i.lateByMinutes());
    }
    return out.toString();
  }
}
