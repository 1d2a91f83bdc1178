package com.aftersales.reports.sla;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The figures of each commitment. A case is in one or more buckets at a time (see {@link SlaPeriod#buckets}):
 * an overdue open case is open and breached, and also missed when its deadline passed within the window.
 */
public enum Bucket {
  /** Commitment still running: not yet kept (includes due-soon and breached cases). */
  OPEN("open"),
  /** Open, not overdue, and due within the due-soon horizon (24 hours by default). */
  DUE_SOON("dueSoon"),
  /** Open and past its deadline. */
  BREACHED("breached"),
  /** Kept on time, fulfilled within the window (last 30 days by default). */
  MET("met"),
  /** Deadline passed within the window without being kept by then (fulfilled late, or still open). */
  MISSED("missed"),
  /**
   * A manager moved its deadline; open or decided within the window. Such a case is still counted in the other
   * buckets, judged against its original deadline: moving a commitment never turns breached into met.
   */
  MOVED("moved");

  private final String key;

  Bucket(String key) {
    this.key = key;
  }

  @JsonValue
  public String key() {
    return key;
  }

  public static Optional<Bucket> fromKey(String key) {
    return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst();
  }
}
