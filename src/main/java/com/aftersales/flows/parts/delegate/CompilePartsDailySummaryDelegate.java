package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.DailySummaries;
import com.aftersales.flows.parts.PartsProcess.Typed;
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
    Typed.SUMMARY_DATE.set(execution, today.toString());
    Typed.SUMMARY_DUE.set(execution, summary.isPresent());
    summary.ifPresent(s -> {
      Typed.SUMMARY_TEXT.set(execution, s.text());
      Typed.SUMMARY_PERIOD.set(execution, s.period(summaries.zone()));
      execution.setVariable("summaryOrderCount", s.orderCount());
    });
  }
}
