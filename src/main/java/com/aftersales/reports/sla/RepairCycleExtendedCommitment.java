package com.aftersales.reports.sla;

import com.aftersales.calendar.WorkingDayCalendar;
import java.util.List;
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
public class RepairCycleExtendedCommitment extends PartsRepairCycle {

  public static final String ID = "repair-cycle-extended";

  public RepairCycleExtendedCommitment(ObjectProvider<HistoryService> historyService, WorkingDayCalendar calendar,
      CaseNumbers caseNumbers, RepairCycleExtensions extensions) {
    super(historyService, calendar, caseNumbers, extensions);
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
  public List<SlaCase> cases(SlaPeriod period) {
    return cases(period, true);
  }
}
