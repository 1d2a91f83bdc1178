package com.aftersales.customers.secrecy.delegate;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.secrecy.SecrecyPeriods;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_DeclassifyEndedArchives (archive-declassification): lowers the secrecy level of every archive whose secrecy
 * period has ended, with a record; a rerun changes nothing. Sets declassifiedCount.
 */
@Component("declassifyEndedArchivesDelegate")
public class DeclassifyEndedArchivesDelegate implements JavaDelegate {

  private final SecrecyPeriods periods;
  private final WorkingDayCalendar calendar;

  public DeclassifyEndedArchivesDelegate(SecrecyPeriods periods, WorkingDayCalendar calendar) {
    this.periods = periods;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    execution.setVariable("declassifiedCount",
        periods.declassifyEnded(LocalDate.ofInstant(now, calendar.zone()), now).size());
  }
}
