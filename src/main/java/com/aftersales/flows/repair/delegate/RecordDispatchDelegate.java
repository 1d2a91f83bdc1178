package com.aftersales.flows.repair.delegate;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.flows.repair.FormValues;
import com.aftersales.flows.repair.RepairCaseRecords;
import com.aftersales.flows.repair.RepairProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Turns the chosen appointment into a date (the diagnosis task is due then, the customer's mail names it)
 * and records who goes when.
 */
@Component("recordDispatchDelegate")
public class RecordDispatchDelegate implements JavaDelegate {

  static final String ENGINEERS = "engineers";

  private final RepairCaseRecords records;
  private final StaffTimes times;

  public RecordDispatchDelegate(RepairCaseRecords records, StaffTimes times) {
    this.records = records;
    this.times = times;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String engineer = (String) execution.getVariable(Vars.ENGINEER);
    if (engineer == null || engineer.isBlank()) {
      throw new IllegalArgumentException("engineer is required");
    }
    engineer = engineer.trim();
    // The diagnosis task is assigned to this id: a typo would leave it in nobody's list.
    if (execution.getProcessEngineServices().getIdentityService().createUserQuery()
        .userId(engineer).memberOfGroup(ENGINEERS).count() == 0) {
      throw new IllegalArgumentException("engineer '" + engineer + "' is not a member of " + ENGINEERS);
    }
    Date appointmentAt = FormValues.dateTime(Vars.APPOINTMENT, execution.getVariable(Vars.APPOINTMENT), times.zone());
    execution.setVariable(Vars.ENGINEER, engineer);
    execution.setVariable(Vars.APPOINTMENT_AT, appointmentAt);
    // As the engineer's form and the case history show it: company time, labelled.
    execution.setVariable(Vars.APPOINTMENT_AT_TEXT, times.format(appointmentAt));
    records.dispatch(execution.getProcessBusinessKey(), engineer, times.format(appointmentAt));
  }
}
