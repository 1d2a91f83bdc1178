package com.aftersales.reports.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The moment a report is made for, and the one place where a case is sorted into {@link Bucket}s.
 *
 * <p>A commitment is <em>decided</em> when it is kept or when its deadline passes, whichever comes first:
 * kept on or before the deadline = met (decided when kept); otherwise missed (decided at the deadline). The
 * share met counts the commitments decided within the window {@code (now - windowDays, now]}.
 *
 * @param now the report time (engine clock)
 * @param windowStart start of the look-back window, exclusive
 * @param dueSoonUntil end of the due-soon horizon, inclusive
 */
public record SlaPeriod(Instant now, Instant windowStart, Instant dueSoonUntil) {

  public static SlaPeriod of(Instant now, int windowDays, int dueSoonHours) {
    return new SlaPeriod(now, now.minus(Duration.ofDays(windowDays)), now.plus(Duration.ofHours(dueSoonHours)));
  }

  /** Whether the instant lies in the window (windowStart, now]. */
  public boolean inWindow(Instant instant) {
    return instant.isAfter(windowStart) && !instant.isAfter(now);
  }

  public Set<Bucket> buckets(SlaCase c) {
    Set<Bucket> buckets = judged(c);
    if (c.moved() && (c.isOpen() || inWindow(c.fulfilledAt()))) {
      buckets.add(Bucket.MOVED);
    }
    return buckets;
  }

  /** The buckets of the case against its (original) deadline. */
  private Set<Bucket> judged(SlaCase c) {
    Set<Bucket> buckets = EnumSet.noneOf(Bucket.class);
    if (c.isOpen()) {
      buckets.add(Bucket.OPEN);
      if (c.dueAt() == null) {
        return buckets; // clock stopped: neither due nor overdue
      }
      if (c.dueAt().isAfter(now)) {
        if (!c.dueAt().isAfter(dueSoonUntil)) {
          buckets.add(Bucket.DUE_SOON);
        }
      } else {
        buckets.add(Bucket.BREACHED);
        if (inWindow(c.dueAt())) {
          buckets.add(Bucket.MISSED);
        }
      }
      return buckets;
    }
    if (c.dueAt() == null || !c.fulfilledAt().isAfter(c.dueAt())) {
      if (inWindow(c.fulfilledAt())) {
        buckets.add(Bucket.MET);
      }
    } else if (inWindow(c.dueAt())) {
      buckets.add(Bucket.MISSED);
    }
    return buckets;
  }
}
