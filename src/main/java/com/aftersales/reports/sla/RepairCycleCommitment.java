package com.aftersales.reports.sla;

import com.aftersales.calendar.WorkingDayCalendar;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Repair cycle: a repair with new parts is finished within 7 working days of its start. Source: historic activity
 * instances of {@code SubProcess_PartsRepair} in repair.bpmn.
 *
 * <ul>
 *   <li>starts: the sub-process starts (parts needed)
 *   <li>due: start + 7 working days (weekends and configured holidays skipped, time of day kept) — the same
 *       moment {@code Timer_RepairCycleOverdue} fires and the extension is announced
 *   <li>kept: the sub-process completes (unit repaired with the new parts)
 * </ul>
 *
 * <p>Cases whose cycle was extended with the customer in time (rulebook 000 §1.3.3.1) are counted separately,
 * against the agreed date, by {@link RepairCycleExtendedCommitment}.
 */
@Component
@Order(2)
public class RepairCycleCommitment extends PartsRepairCycle {

  public static final String ID = "repair-cycle";

  public RepairCycleCommitment(ObjectProvider<HistoryService> historyService, WorkingDayCalendar calendar,
      CaseNumbers caseNumbers, RepairCycleExtensions extensions) {
    super(historyService, calendar, caseNumbers, extensions);
  }

  /** The cases without an agreed extension; the extended ones are {@link RepairCycleExtendedCommitment}'s. */
  @Override
  public List<SlaCase> cases(SlaPeriod period) {
    return cases(period, false);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name() {
    return "Repair cycle";
  }

  @Override
  public String target() {
    return "Repair with new parts finished within 7 working days of its start";
  }
}
