package com.aftersales.flows.installation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table installation. Writes join the engine's transaction; a step that runs again writes the same values. */
@Repository
public class InstallationRepository {

  private final NamedParameterJdbcTemplate jdbc;

  public InstallationRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void register(String caseNumber, Instant receivedAt) {
    MapSqlParameterSource p = params(caseNumber).addValue("at", ts(receivedAt), Types.TIMESTAMP_WITH_TIMEZONE);
    if (find(caseNumber).isEmpty()) {
      jdbc.update("INSERT INTO installation (case_number, received_at) VALUES (:caseNumber, :at)", p);
    }
  }

  public void appointment(String caseNumber, String scope, boolean factoryAssistance, LocalDate visitDate) {
    update("scope = :scope, factory_assistance = :factory, visit_date = :visitDate", params(caseNumber)
        .addValue("scope", scope).addValue("factory", factoryAssistance).addValue("visitDate", visitDate, Types.DATE));
  }

  public void team(String caseNumber, String leader, String installers, int count) {
    update("team_leader = :leader, installers = :installers, installer_count = :count", params(caseNumber)
        .addValue("leader", leader).addValue("installers", installers).addValue("count", count));
  }

  public void commissioning(String caseNumber, String checklist, Instant signedAt, String problem, String note) {
    update("checklist = :checklist, customer_signed_at = COALESCE(customer_signed_at, :signedAt),"
        + " site_problem = :problem, problem_note = :note", params(caseNumber).addValue("checklist", checklist)
        .addValue("signedAt", ts(signedAt), Types.TIMESTAMP_WITH_TIMEZONE).addValue("problem", problem)
        .addValue("note", note, Types.VARCHAR));
  }

  public void close(String caseNumber, int satisfactionScore, String note, Instant at) {
    update("satisfaction_score = :score, follow_up_note = :note, closed_at = COALESCE(closed_at, :at)",
        params(caseNumber).addValue("score", satisfactionScore).addValue("note", note)
            .addValue("at", ts(at), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  public Optional<Installation> find(String caseNumber) {
    return jdbc.query("SELECT * FROM installation WHERE case_number = :caseNumber", params(caseNumber), ROW)
        .stream().findFirst();
  }

  private void update(String assignments, MapSqlParameterSource p) {
    if (jdbc.update("UPDATE installation SET " + assignments + " WHERE case_number = :caseNumber", p) != 1) {
      throw new IllegalStateException("No installation " + p.getValue("caseNumber"));
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

  private static final RowMapper<Installation> ROW = (rs, n) -> new Installation(
      rs.getString("case_number"), rs.getString("scope"), (Boolean) rs.getObject("factory_assistance"),
      rs.getObject("visit_date", LocalDate.class), rs.getString("team_leader"), rs.getString("installers"),
      (Integer) rs.getObject("installer_count"), rs.getString("checklist"), instant(rs, "customer_signed_at"),
      rs.getString("site_problem"), rs.getString("problem_note"),
      (Integer) rs.getObject("satisfaction_score"), rs.getString("follow_up_note"), instant(rs, "received_at"),
      instant(rs, "closed_at"));
}
