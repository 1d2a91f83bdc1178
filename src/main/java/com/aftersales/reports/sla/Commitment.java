package com.aftersales.reports.sla;

import java.util.List;

/**
 * A service commitment reported on the SLA dashboard. Each implementation holds its rule in one place: where
 * its cases come from, when the commitment starts, when it is due and when it is kept. Sorting into buckets is
 * common to all ({@link SlaPeriod#buckets}).
 */
public interface Commitment {

  /** Stable id used in the API path, the CSV and the dashboard's {@code data-commitment} attribute. */
  String id();

  /** A name a supervisor understands. */
  String name();

  /** The rule in one sentence, shown on the dashboard. */
  String target();

  /**
   * Every case the report for {@code period} may need: all open ones, and those kept or due within the window
   * (more may be returned; the buckets filter them).
   */
  List<SlaCase> cases(SlaPeriod period);
}
