package com.aftersales.flows;

import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A service-type flow's own table, one row per case keyed by {@code case_number}: the statements its repository
 * shares. Times are stored as UTC timestamps with time zone, on H2 and PostgreSQL alike.
 */
public final class CaseTable<T> {

  private final NamedParameterJdbcTemplate jdbc;
  private final String table;
  private final RowMapper<T> row;

  public CaseTable(NamedParameterJdbcTemplate jdbc, String table, RowMapper<T> row) {
    this.jdbc = jdbc;
    this.table = table;
    this.row = row;
  }

  public Optional<T> find(String caseNumber) {
    return jdbc.query("SELECT * FROM " + table + " WHERE case_number = :caseNumber", params(caseNumber), row)
        .stream().findFirst();
  }

  /** Inserts the row unless the case has one already (a step that runs again writes nothing twice). */
  public void insertOnce(String columns, String values, MapSqlParameterSource p) {
    if (find((String) p.getValue("caseNumber")).isEmpty()) {
      jdbc.update("INSERT INTO " + table + " (case_number, " + columns + ") VALUES (:caseNumber, " + values + ")", p);
    }
  }

  /** Updates the case's row; a missing row is a broken flow, not something to skip. */
  public void update(String assignments, MapSqlParameterSource p) {
    if (jdbc.update("UPDATE " + table + " SET " + assignments + " WHERE case_number = :caseNumber", p) != 1) {
      throw new IllegalStateException("No " + table + " row for case " + p.getValue("caseNumber"));
    }
  }

  public static MapSqlParameterSource params(String caseNumber) {
    return new MapSqlParameterSource("caseNumber", caseNumber);
  }

  /** Adds a point in time as a timestamp with time zone. */
  public static MapSqlParameterSource at(MapSqlParameterSource p, String name, Instant instant) {
    return p.addValue(name, instant == null ? null : instant.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
  }
}
