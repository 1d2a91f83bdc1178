package com.aftersales.flows.maintenance.delegate;

import com.aftersales.flows.maintenance.MaintenanceProcess.Vars;
import com.aftersales.flows.maintenance.MaintenanceService.VisitSchedule;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Puts a visit's schedule into the process: the notice timer, the visit task's due date, what the forms show. */
final class MaintenanceSchedules {

  private MaintenanceSchedules() {}

  static void apply(DelegateExecution execution, VisitSchedule next) {
    execution.setVariable(Vars.VISIT_NUMBER, next.number());
    execution.setVariable(Vars.VISIT_DATE_TEXT, next.date().toString());
    execution.setVariable(Vars.VISIT_NOTICE_AT, Date.from(next.noticeAt()));
    execution.setVariable(Vars.VISIT_DUE, Date.from(next.due()));
  }
}
