package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records whether the customer accepted or declined the quote. */
@Component("recordQuoteAnswerDelegate")
public class RecordQuoteAnswerDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordQuoteAnswerDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.quoteAnswer(execution.getProcessBusinessKey(), Typed.QUOTE_ANSWER.required(execution).code());
  }
}
