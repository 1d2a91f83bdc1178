package com.aftersales.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Working-day arithmetic for due dates and commitments: weekends and configured public holidays are
 * skipped, configured make-up working days (weekend days worked, as in Chinese holiday schedules)
 * count. Plain class without an engine, shared by the engine's business calendars and application code.
 *
 * <p>Expressions understood by {@link #plus(Date, String)}:
 *
 * <ul>
 *   <li>{@code N working days} / {@code N working day}: N working days later at the same time of day
 *   <li>{@code N hours}, {@code N minutes}, {@code N days}: plain elapsed time
 *   <li>ISO-8601 durations ({@code PT24H}, {@code P3D}, {@code P2W}) and ISO dates/date-times
 * </ul>
 *
 * <p>Cycles ({@code every N working days}) are recognised by {@link #cycleWorkingDays(String)}.
 */
public final class WorkingDayCalendar {

  private static final Pattern WORKING_DAYS =
      Pattern.compile("^(\\d{1,4})\\s+working\\s+days?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ELAPSED =
      Pattern.compile("^(\\d{1,6})\\s+(minutes?|hours?|days?)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern EVERY_WORKING_DAYS =
      Pattern.compile("^every\\s+(\\d{1,4})\\s+working\\s+days?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_WEEKS = Pattern.compile("^P(\\d+)W$");

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> makeUpWorkingDays;
  private final ZoneId zone;
  private final Supplier<Date> clock;

  /**
   * @param holidays days off although they fall on a weekday
   * @param makeUpWorkingDays days worked although they fall on a weekend
   * @param zone the zone in which days begin and end
   * @param clock the current time; the engine clock by default so that tests moving it move both
   */
  public WorkingDayCalendar(
      Collection<LocalDate> holidays,
      Collection<LocalDate> makeUpWorkingDays,
      ZoneId zone,
      Supplier<Date> clock) {
    this.holidays = Set.copyOf(holidays);
    this.makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    this.zone = Objects.requireNonNull(zone, "zone");
    this.clock = Objects.requireNonNull(clock, "clock");
    Set<LocalDate> both = new TreeSet<>(this.holidays);
    both.retainAll(this.makeUpWorkingDays);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException(
          "Days configured both as holiday and as make-up working day: " + both);
    }
  }

  public WorkingDayCalendar(
      Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkingDays, ZoneId zone) {
    this(holidays, makeUpWorkingDays, zone, ClockUtil::getCurrentTime);
  }

  /** Monday to Friday, no holidays, in the JVM default zone. */
  public static WorkingDayCalendar weekdaysOnly() {
    return new WorkingDayCalendar(Set.of(), Set.of(), ZoneId.systemDefault());
  }

  public ZoneId zone() {
    return zone;
  }

  /** The current time of the engine clock. */
  public Date now() {
    return clock.get();
  }

  public boolean isWorkingDay(LocalDate day) {
    if (makeUpWorkingDays.contains(day)) {
      return true;
    }
    if (holidays.contains(day)) {
      return false;
    }
    DayOfWeek dayOfWeek = day.getDayOfWeek();
    return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
  }

  /**
   * The day on which the given number of working days after {@code start} are complete; a start on a
   * non-working day counts from the next working day (Saturday + 1 working day = Monday).
   */
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("Working days must not be negative: " + workingDays);
    }
    LocalDate day = start;
    int remaining = workingDays;
    while (remaining > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        remaining--;
      }
    }
    return day;
  }

  /** {@code start} plus whole working days, keeping the time of day (Friday 10:00 + 1 = Monday 10:00). */
  public Instant addWorkingDays(Instant start, int workingDays) {
    ZonedDateTime begin = start.atZone(zone);
    LocalDate end = addWorkingDays(begin.toLocalDate(), workingDays);
    return ZonedDateTime.of(end, begin.toLocalTime(), zone).toInstant();
  }

  public Date addWorkingDays(Date start, int workingDays) {
    return Date.from(addWorkingDays(start.toInstant(), workingDays));
  }

  /**
   * A commitment in hours counted on working days: every full 24 hours is one working day (time of day kept), the
   * rest is elapsed time, and a result on a day off moves to the next working day at the same time. Friday 10:00
   * + 24 = Monday 10:00; Friday 10:00 + 4 = Friday 14:00; Friday 22:00 + 4 = Monday 02:00.
   */
  public Instant addWorkingHours(Instant start, int hours) {
    if (hours < 0) {
      throw new IllegalArgumentException("Hours must not be negative: " + hours);
    }
    ZonedDateTime end = addWorkingDays(start, hours / 24).atZone(zone).plusHours(hours % 24);
    while (!isWorkingDay(end.toLocalDate())) {
      end = end.plusDays(1);
    }
    return end.toInstant();
  }

  /** The expression applied to the current engine time. */
  public Date plus(String expression) {
    return plus(now(), expression);
  }

  /**
   * The due date that {@code expression} gives when counted from {@code start}.
   *
   * @throws IllegalArgumentException when the expression is none of the forms listed on the class
   */
  public Date plus(Date start, String expression) {
    Objects.requireNonNull(start, "start");
    String text = normalise(expression);
    Matcher workingDays = WORKING_DAYS.matcher(text);
    if (workingDays.matches()) {
      return addWorkingDays(start, Integer.parseInt(workingDays.group(1)));
    }
    Matcher elapsed = ELAPSED.matcher(text);
    if (elapsed.matches()) {
      return elapsed(start, Integer.parseInt(elapsed.group(1)), elapsed.group(2));
    }
    if (text.startsWith("P")) {
      return isoDuration(start, text);
    }
    return isoDate(text);
  }

  /**
   * What the engine's due-date and duration calendars answer: a plain-language expression counted from
   * {@code start} (the engine clock's now when the engine passes none), anything else by the {@code stock}
   * calendar, so ISO input keeps the engine's behaviour.
   */
  public Date resolve(String expression, Date start, BiFunction<String, Date, Date> stock) {
    if (isPlainLanguage(expression)) {
      return plus(start != null ? start : ClockUtil.getCurrentTime(), expression);
    }
    return stock.apply(expression, start);
  }

  /** Whether the expression is one of the working-day or plain-language forms (not ISO). */
  public static boolean isPlainLanguage(String expression) {
    if (expression == null || expression.isBlank()) {
      return false;
    }
    String text = normalise(expression);
    return WORKING_DAYS.matcher(text).matches() || ELAPSED.matcher(text).matches();
  }

  /** N of a cycle {@code every N working days}, empty for any other expression. */
  public static OptionalInt cycleWorkingDays(String expression) {
    if (expression == null || expression.isBlank()) {
      return OptionalInt.empty();
    }
    Matcher matcher = EVERY_WORKING_DAYS.matcher(normalise(expression));
    if (!matcher.matches()) {
      return OptionalInt.empty();
    }
    int days = Integer.parseInt(matcher.group(1));
    if (days < 1) {
      // A zero-day cycle would fire continuously.
      throw new IllegalArgumentException("A cycle needs at least 1 working day: " + expression);
    }
    return OptionalInt.of(days);
  }

  private static String normalise(String expression) {
    if (expression == null || expression.isBlank()) {
      throw new IllegalArgumentException("Empty due date expression");
    }
    return expression.trim().replaceAll("\\s+", " ");
  }

  private Date elapsed(Date start, int amount, String unit) {
    ZonedDateTime begin = start.toInstant().atZone(zone);
    String u = unit.toLowerCase(Locale.ROOT);
    ZonedDateTime end;
    if (u.startsWith("minute")) {
      end = begin.plusMinutes(amount);
    } else if (u.startsWith("hour")) {
      end = begin.plusHours(amount);
    } else {
      end = begin.plusDays(amount);
    }
    return Date.from(end.toInstant());
  }

  private Date isoDuration(Date start, String text) {
    Matcher weeks = ISO_WEEKS.matcher(text);
    if (weeks.matches()) {
      return Date.from(start.toInstant().atZone(zone).plusWeeks(Long.parseLong(weeks.group(1))).toInstant());
    }
    try {
      GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(zone));
      calendar.setTime(start);
      DatatypeFactory.newInstance().newDuration(text).addTo(calendar);
      return calendar.getTime();
    } catch (IllegalArgumentException | DatatypeConfigurationException e) {
      throw new IllegalArgumentException("Not a due date expression: '" + text + "'", e);
    }
  }

  private Date isoDate(String text) {
    try {
      if (text.length() == 10) {
        return Date.from(LocalDate.parse(text).atStartOfDay(zone).toInstant());
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:?\\d{2}$")) {
        return Date.from(OffsetDateTime.parse(text).toInstant());
      }
      return Date.from(LocalDateTime.parse(text).atZone(zone).toInstant());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Not a due date expression: '"
              + text
              + "' (use 'N working days', 'N hours', 'N minutes', 'N days', an ISO duration or an ISO date)",
          e);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Not a due date expression: '" + text + "'", e);
    }
  }
}
