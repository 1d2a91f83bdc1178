package com.aftersales.testsupport;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine clock of the process tests: wall-clock times as the engine's dates, and moving the clock on. Timers
 * fire when a test moves the clock past them and then runs the due jobs ({@link Jobs}).
 */
public final class EngineClock {

  private EngineClock() {}

  /** A wall-clock time in the JVM's zone, as the engine's date. */
  public static Date at(LocalDateTime time) {
    return at(time, ZoneId.systemDefault());
  }

  /** A wall-clock time in the given zone (the company's, Asia/Shanghai, for most tests), as the engine's date. */
  public static Date at(LocalDateTime time, ZoneId zone) {
    return Date.from(time.atZone(zone).toInstant());
  }

  /** Sets the engine clock; {@link #reset()} after the test. */
  public static void set(Date time) {
    ClockUtil.setCurrentTime(time);
  }

  public static void set(Instant time) {
    set(Date.from(time));
  }

  /** The engine clock's time, in the JVM's zone. */
  public static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }

  /** Back to the real time. */
  public static void reset() {
    ClockUtil.reset();
  }
}
