package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.DailySummaries;
import com.aftersales.flows.parts.PartsProcess.Vars;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The 08:00 run of parts-daily-summary: on a working day compiles the warehouse's summary of the parts booked in
 * since the previous summary; on a weekend or holiday, or when today's summary exists, there is nothing to mail.
 */
@Component("compilePartsDailySummaryDelegate")
public class CompilePartsDailySummaryDelegate implements JavaDelegate {

  private final DailySummaries summaries;

  public CompilePartsDailySummaryDelegate(DailySummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = summaries.today();
    Optional<DailySummaries.Summary> summary = summaries.compile(today);
    execution.setVariable(Vars.SUMMARY_DATE, today.toString());
    execution.setVariable(Vars.SUMMARY_DUE, summary.isPresent());
    summary.ifPresent(s -> {
      execution.setVariable(Vars.SUMMARY_TEXT, s.text());
      execution.setVariable(Vars.SUMMARY_PERIOD, s.period(summaries.zone()));
      execution.setVariable("summaryOrderCount", s.orderCount());
    });
  }
}
