package com.aftersales.flows.installation.delegate;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.FormChoice;
import com.aftersales.flows.Steps;
import com.aftersales.flows.installation.InstallationProcess.Scope;
import com.aftersales.flows.installation.InstallationProcess.Vars;
import com.aftersales.flows.installation.InstallationProperties;
import com.aftersales.flows.installation.InstallationService;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Files the visit agreed with the customer; the installation task is due at the end of the visit day in the
 * company's zone ({@code aftersales.installation.visit-day-end}).
 */
@Component("recordInstallationAppointmentDelegate")
public class RecordInstallationAppointmentDelegate implements JavaDelegate {

  private final InstallationService installations;
  private final InstallationProperties properties;
  private final StaffTimes times;

  public RecordInstallationAppointmentDelegate(
      InstallationService installations, InstallationProperties properties, StaffTimes times) {
    this.installations = installations;
    this.properties = properties;
    this.times = times;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Scope scope = FormChoice.of(Scope.class, Vars.SCOPE, Steps.required(execution, Vars.SCOPE));
    boolean factoryAsked = Steps.flag(execution, Vars.FACTORY_ASSISTANCE);
    LocalDate visitDate = Steps.date(execution, Vars.VISIT_DATE);
    if (visitDate == null) {
      throw new IllegalArgumentException("Process variable " + Vars.VISIT_DATE + " is missing");
    }
    LocalDate today = Steps.now().atZone(times.zone()).toLocalDate();
    boolean factory = installations.appointment(Steps.required(execution, CaseVariables.CASE_NUMBER), scope,
        factoryAsked, visitDate, today,
        Steps.string(execution, Vars.APPOINTMENT_NOTE), Steps.user(execution), Steps.now());
    execution.setVariable(Vars.FACTORY_ASSISTANCE, factory);
    execution.setVariable(Vars.SCOPE_TEXT, scope.text());
    execution.setVariable(Vars.VISIT_DATE_TEXT, visitDate.toString());
    execution.setVariable(Vars.VISIT_DUE,
        Date.from(visitDate.atTime(properties.visitDayEnd()).atZone(times.zone()).toInstant()));
  }
}
