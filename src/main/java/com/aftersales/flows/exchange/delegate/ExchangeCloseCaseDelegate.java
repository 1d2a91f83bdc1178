package com.aftersales.flows.exchange.delegate;

import com.aftersales.flows.exchange.ExchangeService;

import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import com.aftersales.cases.StartVariables;
import com.aftersales.flows.exchange.ExchangeProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The close steps: the case record gets its final status (input parameter {@code finalStatus}) and closes. */
@Component("exchangeCloseCaseDelegate")
public class ExchangeCloseCaseDelegate implements JavaDelegate {

  private final ExchangeService records;

  public ExchangeCloseCaseDelegate(ExchangeService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.close(StartVariables.caseNumber(execution), Typed.FINAL_STATUS.get(execution));
  }
}
