package com.aftersales.reports.sla;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.flows.repair.RepairProcess;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Extended repair cycle (rulebook 000 §1.3.3.1): a repair with new parts whose cycle customer service extended
 * with the customer before the 7 working days ran out is counted here, not under {@link RepairCycleCommitment},
 * and is due at the date agreed with the customer. Source: historic activity instances of
 * {@code SubProcess_PartsRepair} with the {@code repairCycleExtendedUntil} variable of their instance.
 *
 * <ul>
 *   <li>starts: the sub-process starts (parts needed)
 *   <li>due: the agreed date (the moment the cycle's overdue timer was moved to)
 *   <li>kept: the sub-process completes (unit repaired with the new parts)
 * </ul>
 */
@Component
@Order(3)
public class RepairCycleExtendedCommitment extends ActivityCommitment {

  public static final String ID = "repair-cycle-extended";

  private final RepairCycleExtensions extensions;

  public RepairCycleExtendedCommitment(ObjectProvider<HistoryService> historyService, WorkingDayCalendar calendar,
      CaseNumbers caseNumbers, RepairCycleExtensions extensions) {
    super(historyService, calendar, caseNumbers);
    this.extensions = extensions;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name() {
    return "Repair cycle, extended with the customer";
  }

  @Override
  public String target() {
    return "Repair with new parts whose cycle was extended with the customer finished by the agreed date";
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

  /** The cases of extended cycles only, each due at its agreed date. */
  @Override
  public List<SlaCase> cases(SlaPeriod period) {
    List<SlaCase> all = super.cases(period);
    Map<String, java.time.Instant> ends = extensions.agreedEnds(all.stream().map(SlaCase::processInstanceId).toList());
    return all.stream().filter(c -> ends.containsKey(c.processInstanceId()))
        .map(c -> new SlaCase(c.caseNumber(), c.processInstanceId(), c.reference(), c.startedAt(),
            ends.get(c.processInstanceId()), c.fulfilledAt()))
        .toList();
  }
}
