package com.aftersales.reports.sla;

import com.aftersales.flows.exchange.ExchangeProcess;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.tasklist.DueDateMoves;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Follow-up call: 24 hours after a repair (or exchange) is completed the customer is called about their
 * satisfaction. Source: historic task instances of {@code Task_FollowUpCall} in repair.bpmn and exchange.bpmn
 * (the task is created by the 24-hour timer after completion); the rule is {@link TaskDueCommitment}'s.
 */
@Component
@Order(6)
public class FollowUpCallCommitment extends TaskDueCommitment {

  public static final String ID = "follow-up-call";
  /** The same id in both models (ModelsAndCodeAgreeTest). */
  static final String TASK = RepairProcess.Elements.FOLLOW_UP_CALL;
  static final Set<String> PROCESS_KEYS = Set.of(RepairProcess.PROCESS_KEY, ExchangeProcess.PROCESS_KEY);

  public FollowUpCallCommitment(
      ObjectProvider<HistoryService> historyService, CaseNumbers caseNumbers, DueDateMoves moves) {
    super(ID, "Follow-up call",
        "Customer called 24 hours after completion, by the follow-up task's due date",
        TASK, PROCESS_KEYS, historyService, caseNumbers, moves);
  }
}
