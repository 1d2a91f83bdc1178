package com.aftersales.flows.complaint;

import java.time.Duration;
import java.time.Instant;

/**
 * The response commitment as plain arithmetic (no engine): when the answer is due, what is left of the
 * current deadline when the clock is paused for the customer, and where the deadline lands after the pause.
 */
public final class ResponseClock {

  private ResponseClock() {}

  public static Instant dueAt(Instant receivedAt, int responseHours) {
    if (responseHours <= 0) {
      throw new IllegalArgumentException("responseHours must be positive: " + responseHours);
    }
    return receivedAt.plus(Duration.ofHours(responseHours));
  }

  /**
   * The commitment as staff read it: the hours complaint-routing gave this case, e.g. 4 reads "4小时内答复" (a
   * key customer's serious complaint) and 24 "24小时内答复".
   */
  public static String commitmentText(int responseHours) {
    if (responseHours <= 0) {
      throw new IllegalArgumentException("responseHours must be positive: " + responseHours);
    }
    return responseHours + "小时内答复";
  }

  /** Seconds left of the deadline at the moment of pausing; never negative. */
  public static long remainingSeconds(Instant deadline, Instant pausedAt) {
    return Math.max(0, Duration.between(pausedAt, deadline).getSeconds());
  }

  /** Seconds the clock stood still. */
  public static long pausedSeconds(Instant pausedAt, Instant resumedAt) {
    return Math.max(0, Duration.between(pausedAt, resumedAt).getSeconds());
  }

  /** The deadline after resuming: the remaining time counted from now. */
  public static Instant resumedDeadline(Instant resumedAt, long remainingSeconds) {
    return resumedAt.plusSeconds(remainingSeconds);
  }

  /** Response time without the pauses, in hours. */
  public static double netResponseHours(Instant receivedAt, Instant respondedAt, long pausedSeconds) {
    long seconds = Math.max(0, Duration.between(receivedAt, respondedAt).getSeconds() - pausedSeconds);
    return seconds / 3600.0;
  }
}
