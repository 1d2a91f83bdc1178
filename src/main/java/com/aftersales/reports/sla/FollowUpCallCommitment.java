package com.aftersales.reports.sla;

import com.aftersales.flows.exchange.ExchangeProcess;
import com.aftersales.flows.repair.RepairProcess;
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
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Follow-up call: 24 hours after a repair (or exchange) is completed the customer is called about their
 * satisfaction. Source: historic task instances of {@code Task_FollowUpCall} in repair.bpmn and exchange.bpmn
 * (the task is created by the 24-hour timer after completion).
 *
 * <ul>
 *   <li>starts: the follow-up task is created
 *   <li>due: the task's due date as the model set it; a date a manager moved later ({@code task_due_date_move})
 *       is reported as moved and the case judged against the original one
 *   <li>kept: the task is completed; tasks deleted with their case do not count
 * </ul>
 */
@Component
@Order(6)
public class FollowUpCallCommitment implements Commitment {

  public static final String ID = "follow-up-call";
  /** The same id in both models (ModelsAndCodeAgreeTest). */
  static final String TASK = RepairProcess.Elements.FOLLOW_UP_CALL;
  static final Set<String> PROCESS_KEYS = Set.of(RepairProcess.PROCESS_KEY, ExchangeProcess.PROCESS_KEY);
  private static final String COMPLETED = "completed";

  private final ObjectProvider<HistoryService> historyService;
  private final CaseNumbers caseNumbers;
  private final DueDateMoves moves;

  public FollowUpCallCommitment(
      ObjectProvider<HistoryService> historyService, CaseNumbers caseNumbers, DueDateMoves moves) {
    this.historyService = historyService;
    this.caseNumbers = caseNumbers;
    this.moves = moves;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name() {
    return "Follow-up call";
  }

  @Override
  public String target() {
    return "Customer called 24 hours after completion, by the follow-up task's due date";
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
    history.createHistoricTaskInstanceQuery().taskDefinitionKey(TASK).unfinished()
        .orderByHistoricActivityInstanceStartTime().asc().list()
        .forEach(t -> found.put(t.getId(), t));
    history.createHistoricTaskInstanceQuery().taskDefinitionKey(TASK).finishedAfter(Date.from(period.windowStart()))
        .orderByHistoricActivityInstanceStartTime().asc().list()
        .forEach(t -> found.put(t.getId(), t));
    List<HistoricTaskInstance> relevant =
        found.values().stream().filter(t -> PROCESS_KEYS.contains(t.getProcessDefinitionKey())).toList();
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
