package com.aftersales.flows.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Complaints received in a period: counts by category and cause, how the response commitment was kept
 * (time waiting for the customer excluded, and reported on its own), and how far complaints escalated.
 */
public record ComplaintReport(
    LocalDate from,
    LocalDate to,
    int complaints,
    Map<String, Integer> byCategory,
    Map<String, Integer> byCause,
    ResponseTimes responseTimes,
    Map<String, Integer> escalationLevels,
    Map<String, Integer> escalations) {

  /** Cause of complaints not (yet) investigated. */
  public static final String CAUSE_UNDETERMINED = "undetermined";

  /**
   * @param met answered within the commitment
   * @param breached answered late, or still unanswered after the commitment
   * @param pending not answered yet, commitment not yet passed (or waiting for the customer)
   * @param medianHours median response time of the answered complaints, hours, pauses excluded
   * @param pausedHours total time spent waiting for customers, hours
   * @param pausedComplaints complaints whose clock was paused at least once
   */
  public record ResponseTimes(
      int met, int breached, int pending, Double medianHours, double pausedHours, int pausedComplaints) {}

  /** The report as rows section,key,value for CSV. */
  public List<List<String>> rows() {
    List<List<String>> rows = new java.util.ArrayList<>();
    rows.add(List.of("period", "from", from.toString()));
    rows.add(List.of("period", "to", to.toString()));
    rows.add(List.of("total", "complaints", Integer.toString(complaints)));
    byCategory.forEach((k, v) -> rows.add(List.of("category", k, Integer.toString(v))));
    byCause.forEach((k, v) -> rows.add(List.of("cause", k, Integer.toString(v))));
    rows.add(List.of("response", "met", Integer.toString(responseTimes.met())));
    rows.add(List.of("response", "breached", Integer.toString(responseTimes.breached())));
    rows.add(List.of("response", "pending", Integer.toString(responseTimes.pending())));
    rows.add(List.of("response", "medianHours",
        responseTimes.medianHours() == null ? "" : format(responseTimes.medianHours())));
    rows.add(List.of("paused", "hours", format(responseTimes.pausedHours())));
    rows.add(List.of("paused", "complaints", Integer.toString(responseTimes.pausedComplaints())));
    escalationLevels.forEach((k, v) -> rows.add(List.of("escalationLevel", k, Integer.toString(v))));
    escalations.forEach((k, v) -> rows.add(List.of("escalations", k, Integer.toString(v))));
    return rows;
  }

  static String format(double hours) {
    return java.math.BigDecimal.valueOf(hours).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
