package com.aftersales.flows.visit;

import static com.aftersales.calendar.DatabaseTimes.instant;
import static com.aftersales.calendar.DatabaseTimes.timestamp;

import com.aftersales.flows.visit.VisitProcess.Reason;
import com.aftersales.flows.visit.VisitProcess.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Table return_visit and return_visit_draw. Writes join the caller's transaction (the case's closing, the
 * visit's step), so a failed job leaves no half-recorded visit. Times come from the engine clock.
 */
@Repository
@Transactional
public class VisitRepository {

  private static final String COLUMNS =
      "visit_number, case_number, reason, status, case_closed_at, case_final_status, draw_id, process_instance_id,"
          + " attempts, visited_by, visited_at, visit_mode, answer, satisfaction, suggestions, complaint_raised,"
          + " complaint_case_number, feedback_form_number, feedback_handed_in_at, feedback_answered_at,"
          + " service_commitment, plan_id";

  private final NamedParameterJdbcTemplate jdbc;
  /** Savepoint around the draw's insert: losing the race to another node must not abort the caller (PostgreSQL). */
  private final TransactionTemplate savepoint;

  public VisitRepository(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Adds the visit of a closed case unless the case has one already (the closing job ran twice).
   *
   * @return whether a row was added
   */
  public boolean addForCase(
      String visitNumber, String caseNumber, Reason reason, Status status, Instant closedAt, String finalStatus) {
    Instant now = now();
    return jdbc.update(
            "INSERT INTO return_visit (visit_number, case_number, reason, status, case_closed_at, case_final_status,"
                + " attempts, created_at, updated_at)"
                + " SELECT :visitNumber, :caseNumber, :reason, :status, :closedAt, :finalStatus, 0, :now, :now"
                + " WHERE NOT EXISTS (SELECT 1 FROM return_visit WHERE visit_number = :visitNumber)",
            new MapSqlParameterSource()
                .addValue("visitNumber", visitNumber)
                .addValue("caseNumber", caseNumber)
                .addValue("reason", reason.name())
                .addValue("status", status.name())
                .addValue("closedAt", timestamp(closedAt == null ? now : closedAt), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("finalStatus", finalStatus)
                .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE))
        == 1;
  }

  /**
   * Adds the visit of a visit plan's occurrence, due at once, unless it exists already.
   *
   * @return whether a row was added
   */
  public boolean addPlanned(String visitNumber, Reason reason, long planId) {
    Instant now = now();
    return jdbc.update(
            "INSERT INTO return_visit (visit_number, reason, status, plan_id, attempts, created_at, updated_at)"
                + " SELECT :visitNumber, :reason, :status, :planId, 0, :now, :now"
                + " WHERE NOT EXISTS (SELECT 1 FROM return_visit WHERE visit_number = :visitNumber)",
            new MapSqlParameterSource()
                .addValue("visitNumber", visitNumber)
                .addValue("reason", reason.name())
                .addValue("status", Status.DUE.name())
                .addValue("planId", planId)
                .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE))
        == 1;
  }

  @Transactional(readOnly = true)
  public Optional<ReturnVisit> find(String visitNumber) {
    return jdbc.query(
            "SELECT " + COLUMNS + " FROM return_visit WHERE visit_number = :v",
            new MapSqlParameterSource("v", visitNumber),
            VisitRepository::map)
        .stream()
        .findFirst();
  }

  @Transactional(readOnly = true)
  public List<ReturnVisit> forCase(String caseNumber) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM return_visit WHERE case_number = :c ORDER BY created_at, visit_number",
        new MapSqlParameterSource("c", caseNumber),
        VisitRepository::map);
  }

  /** Candidates closed before {@code closedBefore}, oldest first, locked against a concurrent draw. */
  public List<String> candidates(Instant closedBefore) {
    return jdbc.queryForList(
        "SELECT visit_number FROM return_visit WHERE status = 'CANDIDATE' AND case_closed_at < :before"
            + " ORDER BY case_closed_at, visit_number FOR UPDATE",
        new MapSqlParameterSource("before", timestamp(closedBefore)),
        String.class);
  }

  /**
   * Claims a draw by its id.
   *
   * @return false when that draw was made already (by another node, or an earlier run)
   */
  public boolean claimDraw(String drawId) {
    try {
      savepoint.executeWithoutResult(
          s ->
              jdbc.update(
                  "INSERT INTO return_visit_draw (draw_id, drawn_at, candidates, sampled) VALUES (:id, :now, 0, 0)",
                  new MapSqlParameterSource()
                      .addValue("id", drawId)
                      .addValue("now", timestamp(now()), Types.TIMESTAMP_WITH_TIMEZONE)));
      return true;
    } catch (DuplicateKeyException drawnAlready) {
      return false;
    }
  }

  public void recordDraw(String drawId, int candidates, int sampled) {
    jdbc.update(
        "UPDATE return_visit_draw SET candidates = :candidates, sampled = :sampled WHERE draw_id = :id",
        new MapSqlParameterSource()
            .addValue("id", drawId)
            .addValue("candidates", candidates)
            .addValue("sampled", sampled));
  }

  /** Moves a candidate to its outcome of the draw. */
  public void drawn(String visitNumber, String drawId, Status status) {
    update(
        visitNumber,
        "status = :status, draw_id = :drawId, reason = :reason",
        new MapSqlParameterSource()
            .addValue("status", status.name())
            .addValue("drawId", drawId)
            .addValue("reason", Reason.SAMPLED.name()));
  }

  /** The visit is due when its first contact window closes; later windows (retries) leave it as it was. */
  public void firstDue(String visitNumber, Instant dueAt) {
    update(visitNumber, "due_at = COALESCE(due_at, :dueAt)",
        new MapSqlParameterSource().addValue("dueAt", timestamp(dueAt), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  public void started(String visitNumber, String processInstanceId) {
    update(
        visitNumber,
        "status = :status, process_instance_id = :pi",
        new MapSqlParameterSource().addValue("status", Status.DUE.name()).addValue("pi", processInstanceId));
  }

  /** One attempt to reach the customer; the answer fields only when they were reached. */
  public void recordAttempt(
      String visitNumber,
      int attempt,
      Status status,
      String visitedBy,
      String mode,
      String answer,
      Integer satisfaction,
      String suggestions,
      Boolean complaintRaised) {
    update(
        visitNumber,
        "attempts = :attempt, status = :status, visited_by = :by, visited_at = :now, visit_mode = :mode,"
            + " answer = :answer, satisfaction = :satisfaction, suggestions = :suggestions,"
            + " complaint_raised = :complaint",
        new MapSqlParameterSource()
            .addValue("attempt", attempt)
            .addValue("status", status.name())
            .addValue("by", visitedBy, Types.VARCHAR)
            .addValue("mode", mode, Types.VARCHAR)
            .addValue("answer", answer, Types.VARCHAR)
            .addValue("satisfaction", satisfaction, Types.INTEGER)
            .addValue("suggestions", suggestions, Types.VARCHAR)
            .addValue("complaint", complaintRaised, Types.BOOLEAN));
  }

  public void complaintOpened(String visitNumber, String complaintCaseNumber) {
    update(visitNumber, "complaint_case_number = :c", new MapSqlParameterSource("c", complaintCaseNumber));
  }

  public void feedbackHandedIn(String visitNumber, String formNumber, String by) {
    update(
        visitNumber,
        "feedback_form_number = :form, feedback_handed_in_by = :by, feedback_handed_in_at = COALESCE(feedback_handed_in_at, :now)",
        new MapSqlParameterSource().addValue("form", formNumber).addValue("by", by, Types.VARCHAR));
  }

  public void feedbackAnswered(String visitNumber, String commitment, String by) {
    update(
        visitNumber,
        "service_commitment = :commitment, feedback_answered_by = :by, feedback_answered_at = COALESCE(feedback_answered_at, :now)",
        new MapSqlParameterSource().addValue("commitment", commitment).addValue("by", by, Types.VARCHAR));
  }

  private void update(String visitNumber, String assignments, MapSqlParameterSource p) {
    p.addValue("v", visitNumber).addValue("now", timestamp(now()), Types.TIMESTAMP_WITH_TIMEZONE);
    int updated = jdbc.update("UPDATE return_visit SET " + assignments + ", updated_at = :now WHERE visit_number = :v", p);
    if (updated == 0) {
      throw new IllegalStateException("No return visit " + visitNumber);
    }
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static ReturnVisit map(ResultSet rs, int row) throws SQLException {
    int satisfaction = rs.getInt("satisfaction");
    Integer score = rs.wasNull() ? null : satisfaction;
    boolean complaint = rs.getBoolean("complaint_raised");
    Boolean complaintRaised = rs.wasNull() ? null : complaint;
    return new ReturnVisit(
        rs.getString("visit_number"),
        rs.getString("case_number"),
        Reason.valueOf(rs.getString("reason")),
        Status.valueOf(rs.getString("status")),
        instant(rs, "case_closed_at"),
        rs.getString("case_final_status"),
        rs.getString("draw_id"),
        rs.getString("process_instance_id"),
        rs.getInt("attempts"),
        rs.getString("visited_by"),
        instant(rs, "visited_at"),
        rs.getString("visit_mode"),
        rs.getString("answer"),
        score,
        rs.getString("suggestions"),
        complaintRaised,
        rs.getString("complaint_case_number"),
        rs.getString("feedback_form_number"),
        instant(rs, "feedback_handed_in_at"),
        instant(rs, "feedback_answered_at"),
        rs.getString("service_commitment"),
        rs.getObject("plan_id", Long.class));
  }
}
