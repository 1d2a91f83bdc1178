package com.aftersales.reports.sla;

import com.aftersales.flows.repair.RepairProcess;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The repair cycles extended with the customer (rulebook 000 §1.3.3.1): the agreed end the repair flow keeps
 * in {@link RepairProcess.Vars#REPAIR_CYCLE_EXTENDED_UNTIL}, read from the engine's variable history so the
 * report sees finished cases too. Shared by {@link RepairCycleCommitment} (cases without an extension) and
 * {@link RepairCycleExtendedCommitment} (cases with one), so a case is counted by exactly one of them.
 */
@Component
class RepairCycleExtensions {

  private final ObjectProvider<HistoryService> historyService;

  RepairCycleExtensions(ObjectProvider<HistoryService> historyService) {
    this.historyService = historyService;
  }

  /** Process instance id to the agreed end of its repair cycle, for the instances that have one. */
  Map<String, Instant> agreedEnds(Collection<String> processInstanceIds) {
    Map<String, Instant> ends = new HashMap<>();
    List<String> ids = List.copyOf(new java.util.HashSet<>(processInstanceIds));
    // Chunks keep the IN lists short on every database.
    for (int i = 0; i < ids.size(); i += 500) {
      String[] chunk = ids.subList(i, Math.min(ids.size(), i + 500)).toArray(String[]::new);
      for (HistoricVariableInstance v : historyService.getObject().createHistoricVariableInstanceQuery()
          .variableName(RepairProcess.Vars.REPAIR_CYCLE_EXTENDED_UNTIL).processInstanceIdIn(chunk).list()) {
        if (v.getValue() instanceof Date until) {
          ends.put(v.getProcessInstanceId(), until.toInstant());
        }
      }
    }
    return ends;
  }
}
