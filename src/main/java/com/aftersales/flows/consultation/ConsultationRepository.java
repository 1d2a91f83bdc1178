package com.aftersales.flows.consultation;

import static com.aftersales.flows.CaseTable.at;
import static com.aftersales.calendar.DatabaseTimes.instant;
import static com.aftersales.flows.CaseTable.params;

import com.aftersales.flows.CaseTable;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Table consultation. Writes join the engine's transaction; each is an insert-once or an update of the same values, so
 * a step that runs again writes nothing twice.
 */
@Repository
public class ConsultationRepository {

  private final CaseTable<Consultation> table;

  public ConsultationRepository(NamedParameterJdbcTemplate jdbc) {
    this.table = new CaseTable<>(jdbc, "consultation", (rs, n) -> new Consultation(
        rs.getString("case_number"), rs.getString("kind"), rs.getString("question"), instant(rs, "received_at"),
        instant(rs, "answer_due_at"), rs.getString("answer"), rs.getString("answered_by"), instant(rs, "answered_at"),
        rs.getString("feedback_report"), rs.getString("instruction"), rs.getString("instructed_by"),
        (Boolean) rs.getObject("action_required"), rs.getString("responsible_department"),
        rs.getString("follow_through_note"), rs.getInt("follow_through_checks"),
        instant(rs, "follow_through_done_at"), instant(rs, "closed_at")));
  }

  public void register(String caseNumber, String question, Instant receivedAt, Instant answerDueAt) {
    table.insertOnce("question, received_at, answer_due_at", ":question, :receivedAt, :dueAt",
        at(at(params(caseNumber), "receivedAt", receivedAt), "dueAt", answerDueAt).addValue("question", question));
  }

  public void answer(String caseNumber, String kind, String answer, String user, Instant when) {
    table.update("kind = :kind, answer = :answer, answered_by = :user, answered_at = COALESCE(answered_at, :at)",
        at(params(caseNumber), "at", when).addValue("kind", kind).addValue("answer", answer)
            .addValue("user", user, Types.VARCHAR));
  }

  public void report(String caseNumber, String report) {
    table.update("feedback_report = :report", params(caseNumber).addValue("report", report));
  }

  public void instruction(String caseNumber, String instruction, boolean actionRequired, String department,
      String user, Instant when) {
    table.update("instruction = :instruction, action_required = :action, responsible_department = :department,"
            + " instructed_by = :user, instructed_at = :at",
        at(params(caseNumber), "at", when).addValue("instruction", instruction).addValue("action", actionRequired)
            .addValue("department", department, Types.VARCHAR).addValue("user", user, Types.VARCHAR));
  }

  public void followThrough(String caseNumber, String note, boolean done, Instant when) {
    table.update("follow_through_note = :note, follow_through_checks = follow_through_checks + 1,"
            + " follow_through_done_at = CASE WHEN :done THEN :at ELSE NULL END",
        at(params(caseNumber), "at", when).addValue("note", note).addValue("done", done));
  }

  public void close(String caseNumber, Instant when) {
    table.update("closed_at = COALESCE(closed_at, :at)", at(params(caseNumber), "at", when));
  }

  public Optional<Consultation> find(String caseNumber) {
    return table.find(caseNumber);
  }
}
