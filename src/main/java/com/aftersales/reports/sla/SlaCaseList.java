package com.aftersales.reports.sla;

import com.aftersales.reports.Csv;
import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/reports/sla/{commitment}/cases?bucket=...} returns: the cases behind one figure of the
 * report (same clock, same rule, so the list is as long as the figure).
 */
public record SlaCaseList(String commitment, String bucket, Instant generatedAt, int count, List<Item> cases) {

  static final String CSV_HEADER =
      "caseNumber,processInstanceId,reference,startedAt,dueAt,fulfilledAt,cockpitPath,moved,movedDueAt";

  /**
   * @param dueAt the deadline the case is judged against (the original one when it was moved)
   * @param cockpitPath the case in Cockpit, relative to Cockpit's page ({@code #/process-instance/{id}})
   * @param moved whether a manager moved the deadline
   * @param movedDueAt the deadline as moved, null when not moved or moved away entirely
   */
  public record Item(
      String caseNumber,
      String processInstanceId,
      String reference,
      Instant startedAt,
      Instant dueAt,
      Instant fulfilledAt,
      String cockpitPath,
      boolean moved,
      Instant movedDueAt) {

    static Item of(SlaCase c) {
      return new Item(c.caseNumber(), c.processInstanceId(), c.reference(), c.startedAt(), c.dueAt(),
          c.fulfilledAt(), c.processInstanceId() == null ? null : "#/process-instance/" + c.processInstanceId(),
          c.moved(), c.movedDueAt());
    }
  }

  public String csv() {
    Csv out = Csv.withHeaderLine(CSV_HEADER);
    for (Item i : cases) {
      out.row(i.caseNumber(), i.processInstanceId(), i.reference(), i.startedAt(), i.dueAt(), i.fulfilledAt(),
          i.cockpitPath(), i.moved(), i.movedDueAt());
    }
    return out.toString();
  }
}
