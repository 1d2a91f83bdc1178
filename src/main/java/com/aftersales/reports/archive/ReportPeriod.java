package com.aftersales.reports.archive;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The period a scheduled report covers: the last complete day, week (Monday to Sunday), month or quarter, or the
 * seven days before the report's day (a weekly meeting on another day than Monday: from the day of the last meeting
 * to the day before this one, so that consecutive reports neither miss nor repeat a day).
 */
public enum ReportPeriod {
  DAY,
  WEEK,
  LAST_SEVEN_DAYS,
  MONTH,
  QUARTER;

  /** The first and last day of the last complete period before {@code today}. */
  public LocalDate[] lastCompleteBefore(LocalDate today) {
    return switch (this) {
      case DAY -> new LocalDate[] {today.minusDays(1), today.minusDays(1)};
      case WEEK -> {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        yield new LocalDate[] {monday, monday.plusDays(6)};
      }
      case LAST_SEVEN_DAYS -> new LocalDate[] {today.minusDays(7), today.minusDays(1)};
      case MONTH -> {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        yield new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())};
      }
      case QUARTER -> {
        LocalDate thisQuarter = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate first = thisQuarter.minusMonths(3);
        yield new LocalDate[] {first, thisQuarter.minusDays(1)};
      }
    };
  }
}
