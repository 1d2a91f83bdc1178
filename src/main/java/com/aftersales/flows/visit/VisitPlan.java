package com.aftersales.flows.visit;

import com.aftersales.flows.visit.VisitProcess.Reason;
import com.aftersales.flows.visit.VisitProcess.Recurrence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A visit plan (table visit_plan): a customer of the archive, or a project, visited once, monthly or quarterly
 * from {@code firstDate} up to {@code untilDate} (inclusive, open-ended when null); {@code kind} is the visits'
 * reason: a regular or irregular plan visit, a festival or a campaign (002 二(五)2, 3.2).
 */
public record VisitPlan(
    long id,
    Reason kind,
    String title,
    Long customerId,
    String project,
    Recurrence recurrence,
    LocalDate firstDate,
    LocalDate untilDate,
    String createdBy,
    Instant createdAt) {

  /** The visit number of the occurrence on {@code day}: one visit per plan and day. */
  public static String visitNumber(long planId, LocalDate day) {
    return "RV-P" + planId + "-" + day.toString().replace("-", "");
  }

  /** The plan's occurrences from its first date up to {@code through} (inclusive), oldest first. */
  public List<LocalDate> occurrencesThrough(LocalDate through) {
    List<LocalDate> days = new ArrayList<>();
    for (int n = 0; ; n++) {
      LocalDate day = firstDate.plusMonths((long) recurrence.months() * n);
      if (day.isAfter(through) || (untilDate != null && day.isAfter(untilDate))) {
        break;
      }
      days.add(day);
      if (recurrence.months() == 0) {
        break;
      }
    }
    return days;
  }

  /** The next occurrence on or after {@code day}, null when the plan has none left. */
  public LocalDate nextOn(LocalDate day) {
    for (int n = 0; ; n++) {
      LocalDate next = firstDate.plusMonths((long) recurrence.months() * n);
      if (untilDate != null && next.isAfter(untilDate)) {
        return null;
      }
      if (!next.isBefore(day)) {
        return next;
      }
      if (recurrence.months() == 0) {
        return null;
      }
    }
  }
}
