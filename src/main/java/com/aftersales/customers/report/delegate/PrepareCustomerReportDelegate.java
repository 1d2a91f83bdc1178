package com.aftersales.customers.report.delegate;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.report.CustomerInfoReports;
import com.aftersales.customers.report.CustomerReportProcess.Vars;
import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Task_PrepareReport: the month the report covers (the one before the run) and its figures for the writer's form. */
@Component("prepareCustomerReportDelegate")
public class PrepareCustomerReportDelegate implements JavaDelegate {

  private final CustomerInfoReports reports;
  private final WorkingDayCalendar calendar;

  public PrepareCustomerReportDelegate(CustomerInfoReports reports, WorkingDayCalendar calendar) {
    this.reports = reports;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth month = CustomerInfoReports.reportMonth(
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone()));
    execution.setVariable(Vars.REPORT_MONTH, month.toString());
    execution.setVariable(Vars.REPORT_FIGURES, reports.summary(reports.figures(month)));
  }
}
