package com.aftersales.flows.exchange.delegate;

import com.aftersales.flows.exchange.ExchangeService;

import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import com.aftersales.cases.StartVariables;
import com.aftersales.cases.WarrantyPeriod;
import com.aftersales.flows.exchange.ExchangeProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Task_ComputeWarrantyPeriod: months since purchase and the warranty period, for the coverage decision. */
@Component("exchangeWarrantyPeriodDelegate")
public class ExchangeWarrantyPeriodDelegate implements JavaDelegate {

  private final WarrantyPeriod warrantyPeriod;
  private final ExchangeService records;

  public ExchangeWarrantyPeriodDelegate(WarrantyPeriod warrantyPeriod, ExchangeService records) {
    this.warrantyPeriod = warrantyPeriod;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.eligibilityCheckStarted(StartVariables.caseNumber(execution));
    // A warranty period set on the case (e.g. carried over from a repair case) wins; else the registered product's
    // own warranty end date (installed base), else the model's terms.
    WarrantyPeriod.Inputs inputs = warrantyPeriod.inputs(StartVariables.caseNumber(execution),
        StartVariables.PURCHASE_DATE.get(execution), Typed.WARRANTY_MONTHS.get(execution),
        StartVariables.PRODUCT_MODEL.get(execution), ClockUtil.getCurrentTime());
    Integer months = inputs.monthsSincePurchase();
    int warrantyMonths = inputs.warrantyMonths();
    // A typed null: the decision table reads an unknown purchase date as an integer that is absent.
    execution.setVariable(Vars.MONTHS_SINCE_PURCHASE, Variables.integerValue(months));
    Typed.WARRANTY_MONTHS.set(execution, warrantyMonths);
  }
}
