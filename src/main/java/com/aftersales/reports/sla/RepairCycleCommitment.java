package com.aftersales.reports.sla;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.flows.repair.RepairProcess;
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
 */
@Component
@Order(2)
public class RepairCycleCommitment extends ActivityCommitment {

  public static final String ID = "repair-cycle";
  static final String ALLOWED = RepairProcess.Deadlines.PARTS_REPAIR;

  public RepairCycleCommitment(
      ObjectProvider<HistoryService> historyService, WorkingDayCalendar calendar, CaseNumbers caseNumbers) {
    super(historyService, calendar, caseNumbers);
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
    return ALLOWED;
  }
}
