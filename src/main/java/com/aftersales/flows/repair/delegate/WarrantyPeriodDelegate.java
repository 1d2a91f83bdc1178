package com.aftersales.flows.repair.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.WarrantyPeriod;
import com.aftersales.cases.WarrantyPeriod.Facts;
import com.aftersales.flows.repair.RepairProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Prepares the inputs of warranty-coverage.dmn, measured against the engine clock. */
@Component("warrantyPeriodDelegate")
public class WarrantyPeriodDelegate implements JavaDelegate {

  private final WarrantyPeriod warrantyPeriod;

  public WarrantyPeriodDelegate(WarrantyPeriod warrantyPeriod) {
    this.warrantyPeriod = warrantyPeriod;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object purchaseDate = execution.getVariable(CaseVariables.PURCHASE_DATE);
    Facts facts = warrantyPeriod.facts(
        (Boolean) execution.getVariable(CaseVariables.PURCHASE_PROOF),
        purchaseDate == null ? null : purchaseDate.toString(),
        (Number) execution.getVariable(Vars.WARRANTY_MONTHS),
        (String) execution.getVariable(Vars.DAMAGE_CAUSE),
        ClockUtil.getCurrentTime());
    execution.setVariable(CaseVariables.PURCHASE_PROOF, facts.purchaseProof());
    execution.setVariable(Vars.MONTHS_SINCE_PURCHASE, facts.monthsSincePurchase());
    execution.setVariable(Vars.WARRANTY_MONTHS, warrantyPeriod.warrantyMonths(
        (Number) execution.getVariable(Vars.WARRANTY_MONTHS),
        (String) execution.getVariable(CaseVariables.PRODUCT_MODEL)));
    execution.setVariable(Vars.DAMAGE_CAUSE, facts.damageCause());
  }
}
