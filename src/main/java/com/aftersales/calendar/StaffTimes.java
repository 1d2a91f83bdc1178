package com.aftersales.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Times as customers and staff read them: in the company zone ({@code aftersales.calendar.zone}), never the
 * server's, and labelled with it, e.g. {@code 2026-12-07 14:30 (Asia/Shanghai)}. Mails, case notes, form context
 * and reports format their times here, so a server running in UTC still says 14:30 for a 14:30 appointment in
 * Beijing.
 */
@Component
public class StaffTimes {

  private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  /** An ISO date-time with an offset or zone (a date alone is a day, not a time, and stays as it is). */
  private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*(Z|[+-]\\d{2}:?\\d{2}|\\])$");

  private final ZoneId zone;

  @org.springframework.beans.factory.annotation.Autowired
  public StaffTimes(WorkingDayCalendar calendar) {
    this(calendar.zone());
  }

  private StaffTimes(ZoneId zone) {
    this.zone = zone;
  }

  /** Times in the given zone (tests, tools without the application context). */
  public static StaffTimes in(ZoneId zone) {
    return new StaffTimes(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The instant in the company zone with its label; null for null. */
  public String format(Instant instant) {
    return instant == null ? null : PATTERN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }

  public String format(Date date) {
    return date == null ? null : format(date.toInstant());
  }

  /**
   * A value that is a point in time (Date, Instant, OffsetDateTime, ZonedDateTime, or an ISO text with an offset)
   * formatted for people; a LocalDateTime is taken as company time. Anything else is returned unchanged.
   */
  public Object formatIfTime(Object value) {
    if (value instanceof Date date) {
      return format(date);
    }
    if (value instanceof Instant instant) {
      return format(instant);
    }
    if (value instanceof OffsetDateTime time) {
      return format(time.toInstant());
    }
    if (value instanceof ZonedDateTime time) {
      return format(time.toInstant());
    }
    if (value instanceof LocalDateTime time) {
      return format(time.atZone(zone).toInstant());
    }
    if (value instanceof String text && ISO_DATE_TIME.matcher(text.trim()).matches()) {
      Instant parsed = parse(text.trim());
      return parsed == null ? value : format(parsed);
    }
    return value;
  }

  private static Instant parse(String text) {
    try {
      return ZonedDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      try {
        // Camunda's REST format: 2026-12-07T06:30:00.000+0000
        return OffsetDateTime.parse(text, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
      } catch (DateTimeParseException ignored) {
        return null;
      }
    }
  }
}
