package com.aftersales.tasklist;

import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffUser;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A manager moves a task's due date with a reason: {@code PUT /api/tasks/{taskId}/due-date}
 * {@code {"dueDate": "2026-12-08T18:00:00+08:00" | null, "reason": "..."}}; {@code GET} lists the task's moves.
 * Tasklist and the engine REST API can move it too (managers only, recorded without a reason); this endpoint is
 * the one that records why.
 */
@RestController
@RequestMapping("/api/tasks/{taskId}/due-date")
public class TaskDueDateController {

  static final String WHAT = "Moving a task's due date";

  /** The change asked for. */
  public record Change(String dueDate, String reason) {}

  private final TaskService taskService;
  private final DueDateMoves moves;

  public TaskDueDateController(@Lazy TaskService taskService, DueDateMoves moves) {
    this.taskService = taskService;
    this.moves = moves;
  }

  @PutMapping
  public List<DueDateMoves.Move> move(@PathVariable String taskId, @RequestBody(required = false) Change change) {
    StaffUser user = StaffAccess.require(DueDateGuard.MAY_MOVE, WHAT);
    List<FieldError> errors = new ArrayList<>();
    Date due = null;
    if (change == null) {
      errors.add(new FieldError("reason", "a reason is required"));
    } else {
      if (change.dueDate() != null && !change.dueDate().isBlank()) {
        try {
          due = Date.from(OffsetDateTime.parse(change.dueDate().trim()).toInstant());
        } catch (DateTimeParseException e) {
          errors.add(new FieldError("dueDate", "must be a date and time with its offset, e.g. 2026-12-08T18:00:00+08:00"));
        }
      }
      String reason = change.reason() == null ? "" : change.reason().trim();
      if (reason.length() < 5 || reason.length() > 1000) {
        errors.add(new FieldError("reason", "a reason of 5 to 1000 characters is required"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no open task " + taskId);
      problem.setTitle("Task not found");
      throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
    task.setDueDate(due);
    moves.movedBy(user.id(), change.reason().trim(), () -> {
      taskService.saveTask(task);
      return null;
    });
    return moves.of(taskId);
  }

  @GetMapping
  public List<DueDateMoves.Move> moves(@PathVariable String taskId) {
    StaffAccess.require(DueDateGuard.MAY_MOVE, "The moves of a task's due date");
    return moves.of(taskId);
  }
}
