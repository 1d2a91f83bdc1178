package com.aftersales.tasklist;

import static com.aftersales.calendar.DatabaseTimes.instant;
import static com.aftersales.calendar.DatabaseTimes.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of moved task due dates (table {@code task_due_date_move}). Written by {@link DueDateGuard} inside
 * the engine's transaction of the change, so a move and its record exist together or not at all.
 * The SLA report and the staff report (reports.staff, in SQL: the first move's {@code from_due}) judge a moved task
 * against its original due date.
 */
@Component
public class DueDateMoves {

  /** One move of one task's due date; {@code from}/{@code to} null = no due date. */
  public record Move(
      String taskId, String taskDefinitionKey, String processInstanceId, String caseNumber, String movedBy,
      Instant movedAt, Instant from, Instant to, String reason) {}

  /**
   * What the moves of one task add up to.
   *
   * @param originalDue the due date before the first move (the commitment as made)
   * @param currentDue the due date after the last move
   */
  public record Moved(String taskId, Instant originalDue, Instant currentDue, int moves, String lastMovedBy) {}

  /** A move through the application's endpoint: the manager it checked and the reason they gave. */
  record Mover(String userId, String reason) {}

  private static final ThreadLocal<Mover> MOVER = new ThreadLocal<>();

  private final NamedParameterJdbcTemplate jdbc;

  public DueDateMoves(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Runs a due-date change for a manager the caller has checked, with the reason they gave; the guard records
   * both with the move.
   */
  public <T> T movedBy(String userId, String reason, Supplier<T> change) {
    MOVER.set(new Mover(userId, reason));
    try {
      return change.get();
    } finally {
      MOVER.remove();
    }
  }

  /** The manager and reason of the change running on this thread; null for Tasklist and the engine REST API. */
  Mover currentMover() {
    return MOVER.get();
  }

  void record(Move move) {
    jdbc.update(
        "INSERT INTO task_due_date_move (task_id, task_definition_key, process_instance_id, case_number, moved_by,"
            + " moved_at, from_due, to_due, reason) VALUES (:task, :key, :instance, :case, :by, :at, :from, :to, :reason)",
        new MapSqlParameterSource()
            .addValue("task", move.taskId()).addValue("key", move.taskDefinitionKey())
            .addValue("instance", move.processInstanceId()).addValue("case", move.caseNumber())
            .addValue("by", move.movedBy())
            .addValue("at", timestamp(move.movedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("from", timestamp(move.from()), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("to", timestamp(move.to()), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("reason", move.reason()));
  }

  /** Every move of the task, oldest first. */
  public List<Move> of(String taskId) {
    return jdbc.query("SELECT * FROM task_due_date_move WHERE task_id = :task ORDER BY moved_at, id",
        Map.of("task", taskId), (rs, i) -> move(rs));
  }

  /** The tasks among {@code taskIds} whose due date was moved, by task id. */
  public Map<String, Moved> moved(Collection<String> taskIds) {
    Map<String, Moved> moved = new HashMap<>();
    if (taskIds.isEmpty()) {
      return moved;
    }
    Map<String, List<Move>> byTask = new HashMap<>();
    // In slices, so a long report never builds an IN list the database refuses.
    List<String> ids = List.copyOf(taskIds);
    for (int from = 0; from < ids.size(); from += 500) {
      jdbc.query("SELECT * FROM task_due_date_move WHERE task_id IN (:tasks) ORDER BY moved_at, id",
          Map.of("tasks", ids.subList(from, Math.min(ids.size(), from + 500))),
          (ResultSet rs) -> {
            Move m = move(rs);
            byTask.computeIfAbsent(m.taskId(), t -> new java.util.ArrayList<>()).add(m);
          });
    }
    byTask.forEach((task, moves) -> moved.put(task, new Moved(task, moves.get(0).from(),
        moves.get(moves.size() - 1).to(), moves.size(), moves.get(moves.size() - 1).movedBy())));
    return moved;
  }

  private static Move move(ResultSet rs) throws SQLException {
    return new Move(rs.getString("task_id"), rs.getString("task_definition_key"), rs.getString("process_instance_id"),
        rs.getString("case_number"), rs.getString("moved_by"), instant(rs, "moved_at"), instant(rs, "from_due"),
        instant(rs, "to_due"), rs.getString("reason"));
  }
}
