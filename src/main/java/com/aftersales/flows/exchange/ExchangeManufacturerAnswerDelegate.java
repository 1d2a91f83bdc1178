package com.aftersales.flows.exchange;

import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterManufacturerAnswer: the manufacturer's answer, whether it came as the ManufacturerAnswer
 * message or through the sales office's task. An invalid answer fails the message correlation (or the task
 * completion) as a whole.
 */
@Component("exchangeManufacturerAnswerDelegate")
public class ExchangeManufacturerAnswerDelegate implements JavaDelegate {

  static final String MANUFACTURER = "manufacturer";

  private final ExchangeCaseRecords records;

  public ExchangeManufacturerAnswerDelegate(ExchangeCaseRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = ExchangeVariables.string(execution, Vars.MANUFACTURER_DECISION);
    String note = ExchangeVariables.string(execution, Vars.MANUFACTURER_NOTE);
    String enteredBy = ExchangeVariables.string(execution, Vars.MANUFACTURER_ANSWER_ENTERED_BY);
    boolean accepted = records.manufacturerAnswered(ExchangeVariables.caseNumber(execution), decision, note,
        ExchangeVariables.string(execution, Vars.PICKUP_DATE), enteredBy);
    if (!accepted) {
      execution.setVariable(Vars.REJECTED_BY, MANUFACTURER);
      execution.setVariable(Vars.REJECTION_REASON,
          note == null || note.isBlank() ? "The manufacturer refused without giving a reason" : note);
    }
  }
}
