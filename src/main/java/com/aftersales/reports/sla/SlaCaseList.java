package com.aftersales.reports.sla;

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
    StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
    for (Item i : cases) {
      List<String> cells = List.of(s(i.caseNumber()), s(i.processInstanceId()), s(i.reference()), s(i.startedAt()),
          s(i.dueAt()), s(i.fulfilledAt()), s(i.cockpitPath()), Boolean.toString(i.moved()), s(i.movedDueAt()));
      out.append(String.join(",", cells.stream().map(SlaReport::quote).toList())).append("\r\n");
    }
    return out.toString();
  }

  private static String s(Object value) {
    return value == null ? "" : value.toString();
  }
}
