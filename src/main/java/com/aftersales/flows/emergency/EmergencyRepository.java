package com.aftersales.flows.emergency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table emergency. Writes join the engine's transaction; first times (dispatch, arrival) are kept when run again. */
@Repository
public class EmergencyRepository {

  private final NamedParameterJdbcTemplate jdbc;

  public EmergencyRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void register(String caseNumber, Instant reportedAt, Instant dispatchDueAt, Instant arrivalDueAt) {
    if (find(caseNumber).isEmpty()) {
      jdbc.update("INSERT INTO emergency (case_number, reported_at, dispatch_due_at, arrival_due_at)"
          + " VALUES (:caseNumber, :at, :dispatchDue, :arrivalDue)", params(caseNumber).addValue("at", ts(reportedAt),
          Types.TIMESTAMP_WITH_TIMEZONE).addValue("dispatchDue", ts(dispatchDueAt), Types.TIMESTAMP_WITH_TIMEZONE)
          .addValue("arrivalDue", ts(arrivalDueAt), Types.TIMESTAMP_WITH_TIMEZONE));
    }
  }

  public void dispatch(String caseNumber, String kind, String leader, String team, String user, Instant at) {
    update("kind = :kind, team_leader = :leader, team = :team, dispatched_by = :user,"
        + " dispatched_at = COALESCE(dispatched_at, :at)", params(caseNumber).addValue("kind", kind)
        .addValue("leader", leader, Types.VARCHAR).addValue("team", team, Types.VARCHAR)
        .addValue("user", user, Types.VARCHAR).addValue("at", ts(at), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  public void stock(String caseNumber, String drawn, String short_) {
    update("stock_drawn = :drawn, stock_short = :short", params(caseNumber).addValue("drawn", drawn)
        .addValue("short", short_, Types.VARCHAR));
  }

  public void arrival(String caseNumber, Instant at) {
    update("arrived_at = COALESCE(arrived_at, :at)",
        params(caseNumber).addValue("at", ts(at), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /** Counts one progress report; a resolving report also records the resolution. */
  public int progress(String caseNumber, String note, boolean resolved, Instant at) {
    update("progress_reports = progress_reports + 1"
        + (resolved ? ", resolution = :note, resolved_at = COALESCE(resolved_at, :at)" : ""),
        params(caseNumber).addValue("note", note).addValue("at", ts(at), Types.TIMESTAMP_WITH_TIMEZONE));
    return find(caseNumber).orElseThrow().progressReports();
  }

  public void close(String caseNumber, Instant at) {
    update("closed_at = COALESCE(closed_at, :at)",
        params(caseNumber).addValue("at", ts(at), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  public Optional<Emergency> find(String caseNumber) {
    return jdbc.query("SELECT * FROM emergency WHERE case_number = :caseNumber", params(caseNumber), ROW)
        .stream().findFirst();
  }

  private void update(String assignments, MapSqlParameterSource p) {
    if (jdbc.update("UPDATE emergency SET " + assignments + " WHERE case_number = :caseNumber", p) != 1) {
      throw new IllegalStateException("No emergency " + p.getValue("caseNumber"));
    }
  }

  private static MapSqlParameterSource params(String caseNumber) {
    return new MapSqlParameterSource("caseNumber", caseNumber);
  }

  private static OffsetDateTime ts(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static final RowMapper<Emergency> ROW = (rs, n) -> new Emergency(
      rs.getString("case_number"), rs.getString("kind"), instant(rs, "reported_at"), instant(rs, "dispatch_due_at"),
      instant(rs, "arrival_due_at"), rs.getString("team_leader"), rs.getString("team"), instant(rs, "dispatched_at"),
      instant(rs, "arrived_at"), rs.getString("stock_drawn"), rs.getString("stock_short"),
      rs.getInt("progress_reports"), rs.getString("resolution"), instant(rs, "resolved_at"),
      instant(rs, "closed_at"));
}
