package com.aftersales.flows.repair.delegate;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.Typed;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Records the longer repair cycle customer service agreed with the customer before the 7 working days ran out
 * (rulebook 000 §1.3.3.1) and moves the cycle's overdue timer to the agreed date, so the managers hear of an
 * overrun only when the agreed date passes. Runs in the transaction of the agreement task: a date that is not
 * later than the current due date, or a missing reason, refuses the completion.
 */
@Component("recordExtensionDelegate")
public class RecordExtensionDelegate implements JavaDelegate {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final RepairService records;
  private final WorkingDayCalendar calendar;
  private final ManagementService managementService;

  public RecordExtensionDelegate(RepairService records, WorkingDayCalendar calendar,
      @Lazy ManagementService managementService) {
    this.records = records;
    this.calendar = calendar;
    this.managementService = managementService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date until = Typed.EXTENDED_UNTIL.inZone(calendar.zone()).required(execution);
    Job overdue = managementService.createJobQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId(Elements.TIMER_REPAIR_CYCLE_OVERDUE).timers().singleResult();
    if (overdue != null && overdue.getDuedate() != null && !until.after(overdue.getDuedate())) {
      throw new IllegalArgumentException("extendedUntil: the agreed date must be later than the current end of the"
          + " repair cycle, " + SHOWN.format(overdue.getDuedate().toInstant().atZone(calendar.zone())));
    }
    records.extensionAgreed(execution.getProcessBusinessKey(), until,
        Typed.EXTENSION_REASON.get(execution), calendar.now(),
        SHOWN.format(until.toInstant().atZone(calendar.zone())));
    Typed.REPAIR_CYCLE_EXTENDED_UNTIL.set(execution.getProcessInstance(), until);
    if (overdue != null) {
      managementService.setJobDuedate(overdue.getId(), until);
    }
  }
}
