package com.aftersales.reports;

import com.aftersales.web.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The period parameters of the staff and return-visit reports: each end a required day, or a count of the last
 * days or weeks. A bad value adds an error naming its field (answered together as one 400).
 */
public final class PeriodParameters {

  private PeriodParameters() {}

  /** A day of the period (YYYY-MM-DD), or null with an error naming {@code field}. */
  public static LocalDate day(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required (YYYY-MM-DD)"));
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "is not a date (YYYY-MM-DD): " + value));
      return null;
    }
  }

  /** A whole number from 1 to {@code max}, or null with an error naming {@code field}. */
  public static Integer count(String field, String value, int max, List<FieldError> errors) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new FieldError(field, "must be a whole number from 1 to " + max + ": " + value));
    return null;
  }
}
