package com.aftersales.flows.exchange;

import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.WarrantyPeriod;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Task_ComputeWarrantyPeriod: months since purchase and the warranty period, for the coverage decision. */
@Component("exchangeWarrantyPeriodDelegate")
public class ExchangeWarrantyPeriodDelegate implements JavaDelegate {

  private final WarrantyPeriod warrantyPeriod;
  private final ExchangeCaseRecords records;

  public ExchangeWarrantyPeriodDelegate(WarrantyPeriod warrantyPeriod, ExchangeCaseRecords records) {
    this.warrantyPeriod = warrantyPeriod;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.eligibilityCheckStarted(ExchangeVariables.caseNumber(execution));
    Integer months = warrantyPeriod.monthsSincePurchase(
        (String) execution.getVariable(CaseVariables.PURCHASE_DATE), ClockUtil.getCurrentTime());
    // A warranty period set on the case (e.g. carried over from a repair case) wins over the default.
    Object given = execution.getVariable(Vars.WARRANTY_MONTHS);
    int warrantyMonths = warrantyPeriod.warrantyMonths(given instanceof Number n ? n : null,
        (String) execution.getVariable(CaseVariables.PRODUCT_MODEL));
    execution.setVariable(Vars.MONTHS_SINCE_PURCHASE, Variables.integerValue(months));
    execution.setVariable(Vars.WARRANTY_MONTHS, warrantyMonths);
  }
}
