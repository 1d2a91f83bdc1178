package com.aftersales.flows.complaint;

import static com.aftersales.calendar.DatabaseTimes.instant;
import static com.aftersales.calendar.DatabaseTimes.timestamp;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Tables complaint and complaint_escalation. Writes join the caller's transaction (the engine's, in a
 * delegate), so a failed job leaves nothing behind; inserts are keyed so that a step running twice does
 * not write twice.
 */
@Repository
public class ComplaintRepository {

  private final NamedParameterJdbcTemplate jdbc;

  public ComplaintRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the complaint, or refreshes its classification when the step runs again. */
  public void register(Complaint.NewComplaint c, Instant now) {
    MapSqlParameterSource p =
        new MapSqlParameterSource()
            .addValue("caseNumber", c.report().caseNumber())
            .addValue("category", c.report().category())
            .addValue("severity", c.report().severity())
            .addValue("keyCustomer", c.report().keyCustomer())
            .addValue("details", c.report().details(), Types.VARCHAR)
            .addValue("demand", c.report().customerDemand(), Types.VARCHAR)
            .addValue("related", c.report().relatedCaseNumber(), Types.VARCHAR)
            .addValue("repeatOf", c.repeatOfCaseNumber(), Types.VARCHAR)
            .addValue("group", c.handlingGroup())
            .addValue("hours", c.responseHours())
            .addValue("receivedAt", timestamp(c.receivedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("dueAt", timestamp(c.responseDueAt()), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE);
    try {
      jdbc.update(
          "INSERT INTO complaint (case_number, category, severity, key_customer, details, customer_demand,"
              + " related_case_number, repeat_of_case_number, handling_group, current_group, response_hours,"
              + " received_at, response_due_at, paused_seconds, escalation_level, reopen_count, updated_at)"
              + " VALUES (:caseNumber, :category, :severity, :keyCustomer, :details, :demand, :related, :repeatOf,"
              + " :group, :group, :hours, :receivedAt, :dueAt, 0, 0, 0, :now)",
          p);
    } catch (DuplicateKeyException alreadyRegistered) {
      jdbc.update(
          "UPDATE complaint SET category = :category, severity = :severity, key_customer = :keyCustomer,"
              + " details = :details, customer_demand = :demand, related_case_number = :related,"
              + " repeat_of_case_number = :repeatOf, handling_group = :group, response_hours = :hours,"
              + " response_due_at = :dueAt, updated_at = :now WHERE case_number = :caseNumber",
          p);
    }
  }

  public Optional<Complaint> find(String caseNumber) {
    return jdbc
        .query(
            "SELECT * FROM complaint WHERE case_number = :caseNumber",
            new MapSqlParameterSource("caseNumber", caseNumber),
            ROW)
        .stream()
        .findFirst();
  }

  /** Complaints received in [from, to). */
  public List<Complaint> receivedBetween(Instant from, Instant to) {
    return jdbc.query(
        "SELECT * FROM complaint WHERE received_at >= :from AND received_at < :to ORDER BY received_at, case_number",
        new MapSqlParameterSource()
            .addValue("from", timestamp(from), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("to", timestamp(to), Types.TIMESTAMP_WITH_TIMEZONE),
        ROW);
  }

  /**
   * An earlier complaint this one repeats: the related case the customer named, if it is on file, else an
   * earlier complaint by the same phone about the same serial number that is not archived as resolved.
   */
  public Optional<String> findRepeatedComplaint(
      String caseNumber, String relatedCaseNumber, String customerPhone, String serialNumber) {
    if (relatedCaseNumber != null && !relatedCaseNumber.equals(caseNumber)) {
      List<String> related =
          jdbc.queryForList(
              "SELECT case_number FROM service_case WHERE case_number = :related",
              new MapSqlParameterSource("related", relatedCaseNumber),
              String.class);
      if (!related.isEmpty()) {
        return Optional.of(related.get(0));
      }
    }
    if (customerPhone == null || serialNumber == null) {
      return Optional.empty();
    }
    return jdbc
        .queryForList(
            "SELECT c.case_number FROM complaint c JOIN service_case s ON s.case_number = c.case_number"
                + " LEFT JOIN customer cu ON cu.id = s.customer_id"
                + " WHERE c.case_number <> :caseNumber AND COALESCE(cu.phone, s.customer_phone) = :phone"
                + " AND s.serial_number = :serial"
                + " AND (c.archived_at IS NULL OR c.customer_satisfied IS NULL OR c.customer_satisfied = FALSE)"
                + " ORDER BY c.received_at",
            new MapSqlParameterSource()
                .addValue("caseNumber", caseNumber)
                .addValue("phone", customerPhone)
                .addValue("serial", serialNumber),
            String.class)
        .stream()
        .findFirst();
  }

  /** Records an escalation once per sequence number and moves the complaint to the new level and group. */
  public void escalate(Complaint.Escalation e, boolean reopened) {
    try {
      jdbc.update(
          "INSERT INTO complaint_escalation (case_number, sequence_no, reason, from_level, to_level, from_group,"
              + " to_group, escalated_at) VALUES (:caseNumber, :seq, :reason, :fromLevel, :toLevel, :fromGroup,"
              + " :toGroup, :at)",
          escalationParams(e));
    } catch (DuplicateKeyException recordedByAnEarlierRun) {
      return;
    }
    update(
        e.caseNumber(),
        "escalation_level = :level, current_group = :group"
            + (reopened ? ", reopen_count = reopen_count + 1, customer_satisfied = FALSE" : ""),
        new MapSqlParameterSource()
            .addValue("level", e.toLevel())
            .addValue("group", e.toGroup())
            .addValue("now", timestamp(e.escalatedAt()), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  public List<Complaint.Escalation> escalations(String caseNumber) {
    return jdbc.query(
        "SELECT * FROM complaint_escalation WHERE case_number = :caseNumber ORDER BY sequence_no",
        new MapSqlParameterSource("caseNumber", caseNumber),
        (rs, i) ->
            new Complaint.Escalation(
                rs.getString("case_number"),
                rs.getInt("sequence_no"),
                rs.getString("reason"),
                rs.getInt("from_level"),
                rs.getInt("to_level"),
                rs.getString("from_group"),
                rs.getString("to_group"),
                instant(rs, "escalated_at")));
  }

  /** Starts a pause unless one is running (a repeated step keeps the first start). */
  public void pause(String caseNumber, Instant pausedAt) {
    update(
        caseNumber,
        "paused_at = COALESCE(paused_at, :pausedAt)",
        new MapSqlParameterSource()
            .addValue("pausedAt", timestamp(pausedAt), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("now", timestamp(pausedAt), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /** Ends the running pause: adds its length and moves the commitment by it. */
  public void resume(String caseNumber, long pausedSeconds, Instant newResponseDueAt, Instant now) {
    // Only a running pause is ended, so a repeated step does not add the pause twice.
    jdbc.update(
        "UPDATE complaint SET paused_seconds = paused_seconds + :seconds, response_due_at = :dueAt,"
            + " paused_at = NULL, updated_at = :now WHERE case_number = :caseNumber AND paused_at IS NOT NULL",
        new MapSqlParameterSource()
            .addValue("caseNumber", caseNumber)
            .addValue("seconds", pausedSeconds)
            .addValue("dueAt", timestamp(newResponseDueAt), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /** The first response counts; later passes keep its time. */
  public void responded(String caseNumber, String outcome, String resolution, String causeCategory, Instant at) {
    update(
        caseNumber,
        "responded_at = COALESCE(responded_at, :at), response_outcome = :outcome,"
            + " resolution = COALESCE(:resolution, resolution), cause_category = COALESCE(:cause, cause_category)",
        new MapSqlParameterSource()
            .addValue("cause", causeCategory, Types.VARCHAR)
            .addValue("at", timestamp(at), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("outcome", outcome)
            .addValue("resolution", resolution, Types.VARCHAR)
            .addValue("now", timestamp(at), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  public void solution(
      String caseNumber,
      Boolean justified,
      Boolean demandReasonable,
      String causeCategory,
      String findings,
      String solutionType,
      String resolution,
      BigDecimal compensationAmount,
      Instant now) {
    update(
        caseNumber,
        "complaint_justified = :justified, demand_reasonable = :reasonable, cause_category = :cause,"
            + " investigation_findings = :findings, solution_type = :solutionType, resolution = :resolution,"
            + " compensation_amount = :amount",
        new MapSqlParameterSource()
            .addValue("justified", justified, Types.BOOLEAN)
            .addValue("reasonable", demandReasonable, Types.BOOLEAN)
            .addValue("cause", causeCategory, Types.VARCHAR)
            .addValue("findings", findings, Types.VARCHAR)
            .addValue("solutionType", solutionType, Types.VARCHAR)
            .addValue("resolution", resolution, Types.VARCHAR)
            .addValue("amount", compensationAmount, Types.NUMERIC)
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  public void linkedCase(String caseNumber, String linkedCaseNumber, Instant now) {
    update(
        caseNumber,
        "linked_case_number = :linked",
        new MapSqlParameterSource()
            .addValue("linked", linkedCaseNumber)
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  public void responsibilityReview(
      String caseNumber, String responsiblePerson, String regionalHead, String finding, Instant now) {
    update(
        caseNumber,
        "responsible_person = :person, regional_head = :head, responsibility_finding = :finding",
        new MapSqlParameterSource()
            .addValue("person", responsiblePerson)
            .addValue("head", regionalHead)
            .addValue("finding", finding)
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /** Archives once: the first archive time stays when the step runs again. */
  public void archive(String caseNumber, Integer satisfactionScore, Instant now) {
    update(
        caseNumber,
        "customer_satisfied = TRUE, satisfaction_score = :score, archived_at = COALESCE(archived_at, :now)",
        new MapSqlParameterSource()
            .addValue("score", satisfactionScore, Types.INTEGER)
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  private void update(String caseNumber, String assignments, MapSqlParameterSource p) {
    p.addValue("caseNumber", caseNumber);
    int updated =
        jdbc.update("UPDATE complaint SET " + assignments + ", updated_at = :now WHERE case_number = :caseNumber", p);
    if (updated == 0) {
      throw new IllegalStateException("No complaint registered for case " + caseNumber);
    }
  }

  private static MapSqlParameterSource escalationParams(Complaint.Escalation e) {
    return new MapSqlParameterSource()
        .addValue("caseNumber", e.caseNumber())
        .addValue("seq", e.sequenceNo())
        .addValue("reason", e.reason())
        .addValue("fromLevel", e.fromLevel())
        .addValue("toLevel", e.toLevel())
        .addValue("fromGroup", e.fromGroup())
        .addValue("toGroup", e.toGroup())
        .addValue("at", timestamp(e.escalatedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
  }

  private static final RowMapper<Complaint> ROW =
      (rs, i) ->
          new Complaint(
              new Complaint.Report(
                  rs.getString("case_number"),
                  rs.getString("category"),
                  rs.getString("severity"),
                  rs.getBoolean("key_customer"),
                  rs.getString("details"),
                  rs.getString("customer_demand"),
                  rs.getString("related_case_number")),
              rs.getString("repeat_of_case_number"),
              rs.getString("handling_group"),
              rs.getString("current_group"),
              rs.getInt("response_hours"),
              instant(rs, "received_at"),
              instant(rs, "response_due_at"),
              instant(rs, "responded_at"),
              rs.getString("response_outcome"),
              instant(rs, "paused_at"),
              rs.getLong("paused_seconds"),
              rs.getInt("escalation_level"),
              rs.getInt("reopen_count"),
              rs.getObject("complaint_justified", Boolean.class),
              rs.getObject("demand_reasonable", Boolean.class),
              rs.getString("cause_category"),
              rs.getString("investigation_findings"),
              rs.getString("solution_type"),
              rs.getString("resolution"),
              rs.getBigDecimal("compensation_amount"),
              rs.getString("linked_case_number"),
              rs.getObject("customer_satisfied", Boolean.class),
              rs.getObject("satisfaction_score", Integer.class),
              rs.getString("responsible_person"),
              rs.getString("regional_head"),
              rs.getString("responsibility_finding"),
              instant(rs, "archived_at"));
}
