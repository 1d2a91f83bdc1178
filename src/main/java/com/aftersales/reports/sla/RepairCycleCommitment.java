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
public class RepairCycleCommitment extends ActivityCommitment {

  public static final String ID = "repair-cycle";
  static final String ALLOWED = RepairProcess.Deadlines.PARTS_REPAIR;

  private final RepairCycleExtensions extensions;

  public RepairCycleCommitment(ObjectProvider<HistoryService> historyService, WorkingDayCalendar calendar,
      CaseNumbers caseNumbers, RepairCycleExtensions extensions) {
    super(historyService, calendar, caseNumbers);
    this.extensions = extensions;
  }

  /** The cases without an agreed extension; the extended ones are {@link RepairCycleExtendedCommitment}'s. */
  @Override
  public List<SlaCase> cases(SlaPeriod period) {
    List<SlaCase> all = super.cases(period);
    Map<String, java.time.Instant> extended =
        extensions.agreedEnds(all.stream().map(SlaCase::processInstanceId).toList());
    return all.stream().filter(c -> !extended.containsKey(c.processInstanceId())).toList();
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
