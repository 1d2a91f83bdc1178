package com.aftersales.flows.visit;

import com.aftersales.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * When a customer may be called: the configured hours of a working day in the company zone (002 二(五)3.4.1,
 * "avoid disturbing customers in their rest time": no evenings, nights, midday rest, weekends or holidays).
 */
public final class ContactWindows {

  /** Hours of a day, start inclusive, end exclusive. */
  public record Window(LocalTime start, LocalTime end) {
    public Window {
      if (!start.isBefore(end)) {
        throw new IllegalArgumentException("A contact window ends after it starts: " + start + "-" + end);
      }
    }
  }

  /** A concrete window on a day: the visit task appears at {@code opens} and is due at {@code closes}. */
  public record Slot(Instant opens, Instant closes) {}

  private final WorkingDayCalendar calendar;
  private final List<Window> windows;

  public ContactWindows(WorkingDayCalendar calendar, List<Window> windows) {
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("At least one contact window is needed");
    }
    this.calendar = calendar;
    this.windows = List.copyOf(windows);
  }

  /**
   * The first window at or after {@code earliest}: if {@code earliest} falls inside a window of a working day the
   * slot opens then and closes with that window, otherwise it is the next window of a working day.
   */
  public Slot next(Instant earliest) {
    ZonedDateTime at = earliest.atZone(calendar.zone());
    LocalDate day = at.toLocalDate();
    for (int i = 0; i < 400; i++, day = day.plusDays(1)) {
      if (!calendar.isWorkingDay(day)) {
        continue;
      }
      for (Window window : windows) {
        Instant opens = day.atTime(window.start()).atZone(calendar.zone()).toInstant();
        Instant closes = day.atTime(window.end()).atZone(calendar.zone()).toInstant();
        if (!closes.isAfter(earliest)) {
          continue;
        }
        return new Slot(opens.isBefore(earliest) ? earliest : opens, closes);
      }
    }
    throw new IllegalStateException("No working day within 400 days of " + earliest);
  }
}
