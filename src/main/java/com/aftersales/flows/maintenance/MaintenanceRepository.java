package com.aftersales.flows.maintenance;

import static com.aftersales.calendar.DatabaseTimes.timestamp;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Tables maintenance_plan and maintenance_visit. Writes join the engine's transaction; a visit is keyed by case and
 * number, so a step that runs again writes it once.
 */
@Repository
public class MaintenanceRepository {

  private final NamedParameterJdbcTemplate jdbc;

  public MaintenanceRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void register(String caseNumber, String serialNumber, Instant receivedAt) {
    if (jdbc.queryForObject("SELECT COUNT(*) FROM maintenance_plan WHERE case_number = :caseNumber",
        params(caseNumber), Integer.class) == 0) {
      jdbc.update("INSERT INTO maintenance_plan (case_number, serial_number, received_at)"
          + " VALUES (:caseNumber, :serial, :at)", params(caseNumber).addValue("serial", serialNumber, Types.VARCHAR)
          .addValue("at", timestamp(receivedAt), Types.TIMESTAMP_WITH_TIMEZONE));
    }
  }

  public void plan(String caseNumber, int visits, String interval, LocalDate firstVisit) {
    update("planned_visits = :visits, visit_interval = :interval, first_visit_date = :first", params(caseNumber)
        .addValue("visits", visits).addValue("interval", interval).addValue("first", firstVisit, Types.DATE));
  }

  public void visit(MaintenanceVisit v) {
    MapSqlParameterSource p = params(v.caseNumber()).addValue("number", v.visitNumber())
        .addValue("date", v.visitDate(), Types.DATE).addValue("engineer", v.engineer(), Types.VARCHAR)
        .addValue("findings", v.findings(), Types.VARCHAR).addValue("unsolved", v.unsolvedProblems(), Types.VARCHAR)
        .addValue("followOn", v.followOn()).addValue("score", v.satisfactionScore())
        .addValue("at", timestamp(v.recordedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
    if (jdbc.queryForObject("SELECT COUNT(*) FROM maintenance_visit WHERE case_number = :caseNumber"
        + " AND visit_number = :number", p, Integer.class) > 0) {
      return;
    }
    jdbc.update("INSERT INTO maintenance_visit (case_number, visit_number, visit_date, engineer, findings,"
        + " unsolved_problems, follow_on, satisfaction_score, recorded_at) VALUES (:caseNumber, :number, :date,"
        + " :engineer, :findings, :unsolved, :followOn, :score, :at)", p);
    update("visits_done = visits_done + 1", params(v.caseNumber()));
  }

  public void close(String caseNumber, Instant at) {
    update("closed_at = COALESCE(closed_at, :at)",
        params(caseNumber).addValue("at", timestamp(at), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  public List<MaintenanceVisit> visits(String caseNumber) {
    return jdbc.query("SELECT * FROM maintenance_visit WHERE case_number = :caseNumber ORDER BY visit_number",
        params(caseNumber), (rs, n) -> new MaintenanceVisit(rs.getString("case_number"), rs.getInt("visit_number"),
            rs.getObject("visit_date", LocalDate.class), rs.getString("engineer"), rs.getString("findings"),
            rs.getString("unsolved_problems"), rs.getString("follow_on"), rs.getInt("satisfaction_score"),
            rs.getObject("recorded_at", OffsetDateTime.class).toInstant()));
  }

  /** Whether the plan is closed. */
  public Optional<Instant> closedAt(String caseNumber) {
    return jdbc.query("SELECT closed_at FROM maintenance_plan WHERE case_number = :caseNumber", params(caseNumber),
        (rs, n) -> rs.getObject("closed_at", OffsetDateTime.class)).stream().findFirst()
        .map(t -> t == null ? null : t.toInstant());
  }

  private void update(String assignments, MapSqlParameterSource p) {
    if (jdbc.update("UPDATE maintenance_plan SET " + assignments + " WHERE case_number = :caseNumber", p) != 1) {
      throw new IllegalStateException("No maintenance plan " + p.getValue("caseNumber"));
    }
  }

  private static MapSqlParameterSource params(String caseNumber) {
    return new MapSqlParameterSource("caseNumber", caseNumber);
  }
}
