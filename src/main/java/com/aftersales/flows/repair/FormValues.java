package com.aftersales.flows.repair;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Converts what Camunda Forms submit (numbers as Long or Double, date-times as ISO strings with or without
 * an offset) into the types the flow works with. Unreadable values throw, so the task is not completed
 * with bad data.
 */
public final class FormValues {

  private FormValues() {}

  public static BigDecimal decimal(String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    if (value instanceof BigDecimal d) {
      return d;
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number: " + value, e);
    }
  }

  public static int integer(String name, Object value) {
    BigDecimal d = decimal(name, value);
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(name + " must be a whole number: " + value, e);
    }
  }

  /** A date-time from a form: with an offset or zone as given, without one in the company's zone. */
  public static Date dateTime(String name, Object value, ZoneId companyZone) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new IllegalArgumentException(name + " is required");
    }
    if (value instanceof Date d) {
      return d;
    }
    String text = value.toString().trim();
    try {
      return Date.from(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    try {
      return Date.from(ZonedDateTime.parse(text).toInstant());
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    try {
      return Date.from(Instant.parse(text));
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    try {
      return Date.from(LocalDateTime.parse(text).atZone(companyZone).toInstant());
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    try {
      return Date.from(LocalDate.parse(text).atStartOfDay(companyZone).toInstant());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " is not an ISO date-time: " + text, e);
    }
  }

  public static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
