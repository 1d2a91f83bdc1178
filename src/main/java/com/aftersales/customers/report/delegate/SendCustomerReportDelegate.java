package com.aftersales.customers.report.delegate;

import com.aftersales.customers.report.CustomerInfoReports;
import com.aftersales.customers.report.CustomerReportProcess.Vars;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendReport (asynchronous, retried): keeps the month's report and mails it through the outbox; both are once
 * per month and recipient, so a retried job sends nothing twice.
 */
@Component("sendCustomerReportDelegate")
public class SendCustomerReportDelegate implements JavaDelegate {

  private final CustomerInfoReports reports;
  private final org.camunda.bpm.engine.HistoryService historyService;

  public SendCustomerReportDelegate(CustomerInfoReports reports,
      @org.springframework.context.annotation.Lazy org.camunda.bpm.engine.HistoryService historyService) {
    this.reports = reports;
    this.historyService = historyService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth month = YearMonth.parse((String) execution.getVariable(Vars.REPORT_MONTH));
    var kept = reports.keepAndSend(month, (String) execution.getVariable(Vars.MARKET_ENVIRONMENT),
        (String) execution.getVariable(Vars.CUSTOMER_NOTES), author(execution));
    execution.setVariable(Vars.REPORT_ARCHIVE_ID, kept.id());
  }

  /** Who completed the writing task (its assignee). */
  private String author(DelegateExecution execution) {
    return historyService.createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(com.aftersales.customers.report.CustomerReportProcess.Elements.WRITE).finished()
        .orderByHistoricTaskInstanceEndTime().desc().list().stream()
        .map(t -> t.getAssignee()).filter(java.util.Objects::nonNull).findFirst().orElse("-");
  }
}
