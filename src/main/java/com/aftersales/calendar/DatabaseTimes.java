package com.aftersales.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moments in and out of the application's tables: columns are {@code timestamp with time zone}, written in UTC and
 * read as instants, on PostgreSQL and H2 alike.
 */
public final class DatabaseTimes {

  private DatabaseTimes() {}

  /** The instant as a timestamp parameter in UTC; null stays null (SQL NULL). */
  public static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** The column's moment, or null when it is SQL NULL. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
