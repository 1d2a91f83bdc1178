package com.aftersales.reports.sla;

import com.aftersales.tasklist.DueDateMoves;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A commitment kept by completing one user task by the due date the model gave it. Source: historic task instances of
 * {@code taskKey} in the flows {@code processKeys}.
 *
 * <ul>
 *   <li>starts: the task is created
 *   <li>due: the task's due date as the model set it; a date a manager moved later ({@code task_due_date_move})
 *       is reported as moved and the case judged against the original one
 *   <li>kept: the task is completed; tasks deleted with their case do not count
 * </ul>
 */
abstract class TaskDueCommitment extends NamedCommitment {

  private static final String COMPLETED = "completed";

  /** The task definition key (the same id in every flow it counts in). */
  private final String taskKey;
  /** The flows whose tasks count. */
  private final Set<String> processKeys;
  private final ObjectProvider<HistoryService> historyService;
  private final CaseNumbers caseNumbers;
  private final DueDateMoves moves;

  TaskDueCommitment(
      String id, String name, String target, String taskKey, Set<String> processKeys,
      ObjectProvider<HistoryService> historyService, CaseNumbers caseNumbers, DueDateMoves moves) {
    super(id, name, target);
    this.taskKey = taskKey;
    this.processKeys = processKeys;
    this.historyService = historyService;
    this.caseNumbers = caseNumbers;
    this.moves = moves;
  }

  /** The rule: the case as the commitment sees it; null when the task does not count (deleted). */
  static SlaCase toCase(
      String caseNumber, String processInstanceId, Instant createdAt, Instant dueAt, Instant endedAt,
      String deleteReason) {
    if (endedAt != null && !COMPLETED.equals(deleteReason)) {
      return null;
    }
    return new SlaCase(caseNumber, processInstanceId, null, createdAt, dueAt, endedAt);
  }

  /** A moved case is judged against the due date before the first move and shows where it was moved to. */
  static SlaCase withMoves(SlaCase c, DueDateMoves.Moved moved) {
    if (moved == null) {
      return c;
    }
    return new SlaCase(c.caseNumber(), c.processInstanceId(), c.reference(), c.startedAt(), moved.originalDue(),
        c.fulfilledAt(), true, moved.currentDue());
  }

  @Override
  public List<SlaCase> cases(SlaPeriod period) {
    HistoryService history = historyService.getObject();
    Map<String, HistoricTaskInstance> found = new LinkedHashMap<>();
    history.createHistoricTaskInstanceQuery().taskDefinitionKey(taskKey).unfinished()
        .orderByHistoricActivityInstanceStartTime().asc().list()
        .forEach(t -> found.put(t.getId(), t));
    history.createHistoricTaskInstanceQuery().taskDefinitionKey(taskKey)
        .finishedAfter(Date.from(period.windowStart()))
        .orderByHistoricActivityInstanceStartTime().asc().list()
        .forEach(t -> found.put(t.getId(), t));
    List<HistoricTaskInstance> relevant =
        found.values().stream().filter(t -> processKeys.contains(t.getProcessDefinitionKey())).toList();
    Map<String, String> numbers =
        caseNumbers.of(relevant.stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
    Map<String, DueDateMoves.Moved> moved = moves.moved(relevant.stream().map(HistoricTaskInstance::getId).toList());
    List<SlaCase> cases = new ArrayList<>();
    for (HistoricTaskInstance t : relevant) {
      SlaCase c = toCase(numbers.get(t.getProcessInstanceId()), t.getProcessInstanceId(),
          t.getStartTime().toInstant(), CaseNumbers.instant(t.getDueDate()), CaseNumbers.instant(t.getEndTime()),
          t.getDeleteReason());
      if (c != null) {
        cases.add(withMoves(c, moved.get(t.getId())));
      }
    }
    return cases;
  }
}
