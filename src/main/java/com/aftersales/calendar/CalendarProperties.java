package com.aftersales.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.calendar.*}: the company's public holidays and make-up working days. Entries are
 * ISO dates ({@code 2025-10-01}) or inclusive ranges ({@code 2025-10-01..2025-10-08}) so that a
 * holiday block is one line.
 */
@ConfigurationProperties("aftersales.calendar")
public class CalendarProperties {

  /** Weekdays that are not worked (public holidays). */
  private List<String> holidays = new ArrayList<>();

  /** Weekend days that are worked (make-up working days). */
  private List<String> makeUpWorkingDays = new ArrayList<>();

  /** Zone in which working days begin and end; the JVM default zone when empty. */
  private String zone;

  public List<String> getHolidays() {
    return holidays;
  }

  public void setHolidays(List<String> holidays) {
    this.holidays = holidays;
  }

  public List<String> getMakeUpWorkingDays() {
    return makeUpWorkingDays;
  }

  public void setMakeUpWorkingDays(List<String> makeUpWorkingDays) {
    this.makeUpWorkingDays = makeUpWorkingDays;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public WorkingDayCalendar toCalendar() {
    return new WorkingDayCalendar(
        days("aftersales.calendar.holidays", holidays),
        days("aftersales.calendar.make-up-working-days", makeUpWorkingDays),
        zoneId());
  }

  ZoneId zoneId() {
    if (zone == null || zone.isBlank()) {
      return ZoneId.systemDefault();
    }
    try {
      return ZoneId.of(zone.trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("aftersales.calendar.zone: unknown time zone '" + zone + "'", e);
    }
  }

  static Set<LocalDate> days(String property, List<String> entries) {
    Set<LocalDate> days = new LinkedHashSet<>();
    if (entries == null) {
      return days;
    }
    for (String entry : entries) {
      if (entry == null || entry.isBlank()) {
        continue;
      }
      String text = entry.trim();
      try {
        int range = text.indexOf("..");
        if (range < 0) {
          days.add(LocalDate.parse(text));
          continue;
        }
        LocalDate from = LocalDate.parse(text.substring(0, range).trim());
        LocalDate to = LocalDate.parse(text.substring(range + 2).trim());
        if (to.isBefore(from)) {
          throw new IllegalArgumentException(property + ": range ends before it starts: '" + text + "'");
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
          days.add(day);
        }
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            property + ": '" + text + "' is not an ISO date (yyyy-MM-dd) or range (yyyy-MM-dd..yyyy-MM-dd)", e);
      }
    }
    return days;
  }
}
