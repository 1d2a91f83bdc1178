package com.aftersales.reports.sla;

import com.aftersales.reports.Csv;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/reports/sla} returns and the Cockpit dashboard renders as it is.
 *
 * @param generatedAt the report time (engine clock)
 * @param windowDays look-back window of met / missed / share met
 * @param windowStart start of that window
 * @param dueSoonHours horizon of "due soon"
 * @param commitments one row per commitment, in dashboard order
 * @param zone the company zone ({@code aftersales.calendar.zone}) in which the dashboard shows the times
 */
public record SlaReport(
    Instant generatedAt, int windowDays, Instant windowStart, int dueSoonHours, List<Row> commitments, String zone) {

  static final String CSV_HEADER = "commitment,name,target,open,dueSoon,breached,met,missed,metPercent,moved";

  /**
   * @param metPercent met / (met + missed) in percent, one decimal; null when nothing was decided in the window
   * @param casesPath the API path listing a bucket's cases (append {@code ?bucket=...})
   * @param moved cases whose deadline a manager moved (open or decided in the window); they are in the other
   *     figures too, judged against their original deadline
   */
  public record Row(
      String id,
      String name,
      String target,
      int open,
      int dueSoon,
      int breached,
      int met,
      int missed,
      BigDecimal metPercent,
      String casesPath,
      int moved) {

    static BigDecimal percent(int met, int missed) {
      int decided = met + missed;
      if (decided == 0) {
        return null;
      }
      return BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
    }
  }

  public String csv() {
    Csv out = Csv.withHeaderLine(CSV_HEADER);
    for (Row r : commitments) {
      out.row(r.id(), r.name(), r.target(), r.open(), r.dueSoon(), r.breached(), r.met(), r.missed(), r.metPercent(),
          r.moved());
    }
    return out.toString();
  }
}
