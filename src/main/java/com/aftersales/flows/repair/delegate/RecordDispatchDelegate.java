package com.aftersales.flows.repair.delegate;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Typed;
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

  private final RepairService records;
  private final StaffTimes times;

  public RecordDispatchDelegate(RepairService records, StaffTimes times) {
    this.records = records;
    this.times = times;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String engineer = Typed.ENGINEER.required(execution);
    // The diagnosis task is assigned to this id: a typo would leave it in nobody's list.
    if (execution.getProcessEngineServices().getIdentityService().createUserQuery()
        .userId(engineer).memberOfGroup(ENGINEERS).count() == 0) {
      throw new IllegalArgumentException("engineer '" + engineer + "' is not a member of " + ENGINEERS);
    }
    Date appointmentAt = Typed.APPOINTMENT.inZone(times.zone()).required(execution);
    Typed.ENGINEER.set(execution, engineer);
    // One value for the appointment: the form's input gives way to the date the due dates and mails use, and
    // to its reading in company time (labelled) that the engineer's form shows.
    Typed.APPOINTMENT_AT.set(execution, appointmentAt);
    Typed.APPOINTMENT_AT_TEXT.set(execution, times.format(appointmentAt));
    execution.removeVariable(Typed.APPOINTMENT.name());
    records.dispatch(execution.getProcessBusinessKey(), engineer, times.format(appointmentAt));
  }
}
