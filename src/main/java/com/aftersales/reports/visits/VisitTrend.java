package com.aftersales.reports.visits;

import com.aftersales.reports.Csv;
import java.time.LocalDate;
import java.util.List;

/**
 * Return visits week by week (issue #18, 000 第四篇 (二), 002 二(五)3): how many visits came due and how many of
 * those were done, and the satisfaction the visits done in the week found. Weeks run Monday to Sunday in the
 * company zone; the Cockpit's visit charts draw exactly these rows, the CSV holds the same.
 *
 * @param lowScore the score at or below which a visit counts as a low score (aftersales.quality.visit.low-score)
 */
public record VisitTrend(LocalDate from, LocalDate to, String zone, int lowScore, List<Week> weeks) {

  /**
   * One week.
   *
   * @param due visits whose first contact window closed in the week (the visit task's first due date)
   * @param done of those, the visits that reached the customer (by now)
   * @param unreached of those, the visits that ended without reaching the customer
   * @param open of those, the visits still running
   * @param doneShare done / due, null when nothing came due
   * @param scored visits done in the week with a satisfaction score
   * @param averageSatisfaction their average score (1..5), null without scores
   * @param lowScores of those, scores at or below {@code lowScore}
   * @param complaints visits done in the week that opened a complaint case
   */
  public record Week(
      LocalDate weekStart,
      LocalDate weekEnd,
      long due,
      long done,
      long unreached,
      long open,
      Double doneShare,
      long scored,
      Double averageSatisfaction,
      long lowScores,
      long complaints) {}

  /** One row per week, oldest first. */
  public String csv() {
    Csv csv = Csv.withHeader("weekStart", "weekEnd", "due", "done", "unreached", "open", "doneShare", "scored",
        "averageSatisfaction", "lowScores", "complaints");
    for (Week w : weeks) {
      csv.row(w.weekStart(), w.weekEnd(), w.due(), w.done(), w.unreached(), w.open(), w.doneShare(), w.scored(),
          w.averageSatisfaction(), w.lowScores(), w.complaints());
    }
    return csv.toString();
  }

  static Double round(Double value) {
    return value == null ? null : Math.round(value * 1000.0) / 1000.0;
  }
}
