package com.aftersales.tasklist;

import com.aftersales.cases.CaseVariables;
import com.aftersales.security.StaffGroups;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A task's due date is a commitment to the customer: only service managers and the general manager move it, and
 * every move is recorded ({@link DueDateMoves}). Runs as the update listener of every user task
 * ({@link DueDateGuardPlugin}), so it holds for every way to change a task: Tasklist, {@code PUT /task/{id}} on
 * the engine REST API, the Java API and the application's own endpoint. Anyone else's change is refused with the
 * engine's AuthorizationException (403 on the REST API) and the transaction rolls back, so nothing changes.
 * Follow-up dates stay free for the staff. Changes made by the flows themselves (no signed-in user, e.g. a
 * complaint escalation setting the next level's deadline) are the model's rules, not moves.
 */
@Component
public class DueDateGuard implements TaskListener {

  /** The groups that may move a commitment. */
  public static final Set<String> MAY_MOVE = Set.of(StaffGroups.SERVICE_MANAGERS, StaffGroups.GENERAL_MANAGER);

  private final DueDateMoves moves;

  public DueDateGuard(DueDateMoves moves) {
    this.moves = moves;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!(task instanceof TaskEntity entity)) {
      return;
    }
    PropertyChange change = entity.getPropertyChanges().get(TaskEntity.DUE_DATE);
    if (change == null) {
      return;
    }
    if (sameSecond(change.getOrgValue(), change.getNewValue())) {
      // Tasklist sends the task back with its due date cut to the second: no move. The commitment keeps its
      // exact time (and the change leaves no trace in the operation log).
      entity.setDueDate((Date) change.getOrgValue());
      return;
    }
    DueDateMoves.Mover mover = moves.currentMover();
    String userId;
    String reason = null;
    if (mover != null) {
      // The application's endpoint checked the manager and asked for the reason.
      userId = mover.userId();
      reason = mover.reason();
    } else {
      Authentication authentication = Context.getCommandContext().getAuthentication();
      if (authentication == null || authentication.getUserId() == null) {
        return;
      }
      userId = authentication.getUserId();
      List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
      if (groups.stream().noneMatch(MAY_MOVE::contains)) {
        throw new DueDateMoveRefusedException("The due date of task " + task.getId() + " is a commitment to the customer:"
            + " only " + String.join(" and ", MAY_MOVE.stream().sorted().toList()) + " may move it; " + userId
            + " may set a follow-up date instead. Nothing was changed.");
      }
    }
    Object caseNumber = task.getExecution() == null ? null : task.getExecution().getVariable(CaseVariables.CASE_NUMBER);
    moves.record(new DueDateMoves.Move(task.getId(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
        caseNumber == null ? null : caseNumber.toString(), userId, ClockUtil.getCurrentTime().toInstant(),
        instant(change.getOrgValue()), instant(change.getNewValue()), reason));
  }

  private static boolean sameSecond(Object from, Object to) {
    return from instanceof Date a && to instanceof Date b && Math.floorDiv(a.getTime(), 1000) == Math.floorDiv(b.getTime(), 1000);
  }

  private static Instant instant(Object value) {
    return value instanceof Date date ? date.toInstant() : null;
  }
}
