package com.aftersales.reports.sla;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.flows.repair.RepairProcess;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Factory repair: a unit sent to the factory is back within 10 to 15 working days; breached after 15 working days
 * at the factory. Source: historic activity instances of {@code Task_AwaitFactoryReturn} in repair.bpmn (the unit
 * is at the factory from the moment it was sent until its return is recorded).
 *
 * <ul>
 *   <li>starts: the unit is sent (the waiting task starts)
 *   <li>due: start + 15 working days (the task's own due date in the model)
 *   <li>kept: the return from the factory is recorded (the task completes)
 * </ul>
 */
@Component
@Order(4)
public class FactoryRepairCommitment extends ActivityCommitment {

  public static final String ID = "factory-repair";
  static final String ALLOWED = RepairProcess.Deadlines.FACTORY_RETURN;

  public FactoryRepairCommitment(
      ObjectProvider<HistoryService> historyService, WorkingDayCalendar calendar, CaseNumbers caseNumbers) {
    super(historyService, calendar, caseNumbers);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name() {
    return "Factory repair";
  }

  @Override
  public String target() {
    return "Unit back from the factory within " + ALLOWED + " of sending (10 to 15 promised)";
  }

  @Override
  String processKey() {
    return RepairProcess.PROCESS_KEY;
  }

  @Override
  String activityId() {
    return RepairProcess.Elements.AWAIT_FACTORY_RETURN;
  }

  @Override
  String allowed() {
    return ALLOWED;
  }
}
