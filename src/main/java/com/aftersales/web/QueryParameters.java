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
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be an ISO date (yyyy-MM-dd)"));
      return null;
    }
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
