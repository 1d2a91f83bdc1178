package com.aftersales.reports.sla;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.flows.repair.RepairProcess;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The repair with new parts ({@code SubProcess_PartsRepair} of repair.bpmn) seen by two commitments: the cycle of
 * 7 working days ({@link RepairCycleCommitment}) and the cycle extended with the customer before it ran out
 * ({@link RepairCycleExtendedCommitment}, rulebook 000 §1.3.3.1). Each case belongs to exactly one of them.
 */
abstract class PartsRepairCycle extends ActivityCommitment {

  private final RepairCycleExtensions extensions;

  PartsRepairCycle(ObjectProvider<HistoryService> historyService, WorkingDayCalendar calendar,
      CaseNumbers caseNumbers, RepairCycleExtensions extensions) {
    super(historyService, calendar, caseNumbers);
    this.extensions = extensions;
  }

  @Override
  String processKey() {
    return RepairProcess.PROCESS_KEY;
  }

  @Override
  String activityId() {
    return RepairProcess.Elements.PARTS_REPAIR;
  }

  @Override
  String allowed() {
    return RepairProcess.Deadlines.PARTS_REPAIR;
  }

  /**
   * The parts repairs with an agreed extension (each due at its agreed date) or those without one (due 7 working
   * days after the start).
   */
  List<SlaCase> cases(SlaPeriod period, boolean extended) {
    List<SlaCase> all = super.cases(period);
    Map<String, Instant> ends = extensions.agreedEnds(all.stream().map(SlaCase::processInstanceId).toList());
    if (!extended) {
      return all.stream().filter(c -> !ends.containsKey(c.processInstanceId())).toList();
    }
    return all.stream().filter(c -> ends.containsKey(c.processInstanceId()))
        .map(c -> new SlaCase(c.caseNumber(), c.processInstanceId(), c.reference(), c.startedAt(),
            ends.get(c.processInstanceId()), c.fulfilledAt()))
        .toList();
  }
}
