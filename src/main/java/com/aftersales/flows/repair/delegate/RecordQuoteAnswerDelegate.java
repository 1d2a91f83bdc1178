package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairCaseRecords;
import com.aftersales.flows.repair.RepairProcess.Vars;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records whether the customer accepted or declined the quote. */
@Component("recordQuoteAnswerDelegate")
public class RecordQuoteAnswerDelegate implements JavaDelegate {

  static final Set<String> ANSWERS = Set.of("accepted", "declined");

  private final RepairCaseRecords records;

  public RecordQuoteAnswerDelegate(RepairCaseRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String answer = (String) execution.getVariable(Vars.QUOTE_ANSWER);
    if (answer == null || !ANSWERS.contains(answer)) {
      throw new IllegalArgumentException("quoteAnswer must be accepted or declined: " + answer);
    }
    records.quoteAnswer(execution.getProcessBusinessKey(), answer);
  }
}
