package com.aftersales.flows.consultation;

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

/**
 * Table consultation. Writes join the engine's transaction; each is an upsert or an update of the same values, so a
 * step that runs again writes nothing twice.
 */
@Repository
public class ConsultationRepository {

  private final NamedParameterJdbcTemplate jdbc;

  public ConsultationRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void register(String caseNumber, String question, Instant receivedAt, Instant answerDueAt) {
    MapSqlParameterSource p = new MapSqlParameterSource("caseNumber", caseNumber)
        .addValue("question", question)
        .addValue("receivedAt", ts(receivedAt), Types.TIMESTAMP_WITH_TIMEZONE)
        .addValue("dueAt", ts(answerDueAt), Types.TIMESTAMP_WITH_TIMEZONE);
    if (jdbc.update("UPDATE consultation SET question = :question, answer_due_at = :dueAt"
        + " WHERE case_number = :caseNumber", p) == 0) {
      jdbc.update("INSERT INTO consultation (case_number, question, received_at, answer_due_at)"
          + " VALUES (:caseNumber, :question, :receivedAt, :dueAt)", p);
    }
  }

  public void answer(String caseNumber, String kind, String answer, String user, Instant at) {
    update("kind = :kind, answer = :answer, answered_by = :user, answered_at = COALESCE(answered_at, :at)",
        new MapSqlParameterSource("caseNumber", caseNumber).addValue("kind", kind).addValue("answer", answer)
            .addValue("user", user, Types.VARCHAR).addValue("at", ts(at), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  public void report(String caseNumber, String report) {
    update("feedback_report = :report", new MapSqlParameterSource("caseNumber", caseNumber).addValue("report", report));
  }

  public void instruction(String caseNumber, String instruction, boolean actionRequired, String department,
      String user, Instant at) {
    update("instruction = :instruction, action_required = :action, responsible_department = :department,"
            + " instructed_by = :user, instructed_at = :at",
        new MapSqlParameterSource("caseNumber", caseNumber).addValue("instruction", instruction)
            .addValue("action", actionRequired).addValue("department", department, Types.VARCHAR)
            .addValue("user", user, Types.VARCHAR).addValue("at", ts(at), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  public void followThrough(String caseNumber, String note, boolean done, Instant at) {
    update("follow_through_note = :note, follow_through_checks = follow_through_checks + 1,"
            + " follow_through_done_at = CASE WHEN :done THEN :at ELSE NULL END",
        new MapSqlParameterSource("caseNumber", caseNumber).addValue("note", note).addValue("done", done)
            .addValue("at", ts(at), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  public void close(String caseNumber, Instant at) {
    update("closed_at = COALESCE(closed_at, :at)",
        new MapSqlParameterSource("caseNumber", caseNumber).addValue("at", ts(at), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  public Optional<Consultation> find(String caseNumber) {
    return jdbc.query("SELECT * FROM consultation WHERE case_number = :caseNumber",
        new MapSqlParameterSource("caseNumber", caseNumber), ROW).stream().findFirst();
  }

  private void update(String assignments, MapSqlParameterSource p) {
    if (jdbc.update("UPDATE consultation SET " + assignments + " WHERE case_number = :caseNumber", p) != 1) {
      throw new IllegalStateException("No consultation " + p.getValue("caseNumber"));
    }
  }

  private static OffsetDateTime ts(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static final RowMapper<Consultation> ROW = (rs, n) -> new Consultation(
      rs.getString("case_number"), rs.getString("kind"), rs.getString("question"), instant(rs, "received_at"),
      instant(rs, "answer_due_at"), rs.getString("answer"), rs.getString("answered_by"), instant(rs, "answered_at"),
      rs.getString("feedback_report"), rs.getString("instruction"), rs.getString("instructed_by"),
      (Boolean) rs.getObject("action_required"), rs.getString("responsible_department"),
      rs.getString("follow_through_note"), rs.getInt("follow_through_checks"), instant(rs, "follow_through_done_at"),
      instant(rs, "closed_at"));
}
