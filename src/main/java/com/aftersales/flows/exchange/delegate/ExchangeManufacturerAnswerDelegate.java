package com.aftersales.flows.exchange.delegate;

import com.aftersales.flows.exchange.ExchangeService;
import com.aftersales.flows.exchange.ManufacturerAnswer;
import com.aftersales.flows.exchange.ManufacturerDecision;

import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import com.aftersales.cases.StartVariables;
import com.aftersales.flows.exchange.ExchangeProcess.Typed;
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

  static final String MANUFACTURER = "厂方";

  private final ExchangeService records;

  public ExchangeManufacturerAnswerDelegate(ExchangeService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ManufacturerDecision decision = Typed.MANUFACTURER_DECISION.required(execution);
    String note = Typed.MANUFACTURER_NOTE.get(execution);
    String enteredBy = Typed.MANUFACTURER_ANSWER_ENTERED_BY.get(execution);
    boolean accepted = records.manufacturerAnswered(StartVariables.caseNumber(execution), decision, note,
        Typed.PICKUP_DATE.get(execution), enteredBy);
    if (!accepted) {
      Typed.REJECTED_BY.set(execution, MANUFACTURER);
      Typed.REJECTION_REASON.set(execution, note == null ? "厂方拒绝换货，未说明原因" : note);
    }
  }
}
