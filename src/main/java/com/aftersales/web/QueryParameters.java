package com.aftersales.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reading the query parameters of the application's list endpoints: blanks are absent, dates are ISO dates. */
public final class QueryParameters {

  private QueryParameters() {}

  /** The trimmed value, or null when the parameter is missing or blank. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The ISO date (yyyy-MM-dd), or null when blank; a malformed date adds an error naming {@code field}. */
  public static LocalDate date(String value, String field, List<FieldError> errors) {
    String text = blankToNull(value);
    return text == null ? null : isoDate(text, field, errors);
  }

  /** {@code text} (present, trimmed) as an ISO date (yyyy-MM-dd), or null with an error naming {@code field}. */
  public static LocalDate isoDate(String text, String field, List<FieldError> errors) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be an ISO date (yyyy-MM-dd)"));
      return null;
    }
  }

  /** As {@link #date}, and a missing or blank value adds an error naming {@code field} too. */
  public static LocalDate requiredDate(String value, String field, List<FieldError> errors) {
    if (blankToNull(value) == null) {
      errors.add(new FieldError(field, "is required (YYYY-MM-DD)"));
      return null;
    }
    return date(value, field, errors);
  }

  /**
   * {@code text} (present, trimmed) when it is one line of at most {@code max} characters; a longer one or one
   * with control characters adds an error naming {@code field} and gives null.
   */
  public static String singleLine(String text, String field, int max, List<FieldError> errors) {
    if (text.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
      return null;
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError(field, "must be a single line without control characters"));
      return null;
    }
    return text;
  }

  /** A period's two ends, each optional; the end before the start adds an error naming {@code to}. */
  public static void endNotBeforeStart(LocalDate from, LocalDate to, List<FieldError> errors) {
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(new FieldError("to", "must not be before from (" + from + ")"));
    }
  }

  /** Throws the collected errors as one 400 answer titled {@code title}; nothing when there are none. */
  public static void requireValid(String title, List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(title, errors);
    }
  }
}
