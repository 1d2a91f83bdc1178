package com.aftersales.flows.repair.delegate;

import com.aftersales.cases.DamageCause;
import com.aftersales.cases.StartVariables;
import com.aftersales.cases.WarrantyPeriod.Facts;
import com.aftersales.cases.WarrantyPeriod;
import com.aftersales.flows.repair.RepairProcess.Typed;
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
    DamageCause cause = Typed.DAMAGE_CAUSE.get(execution);
    Facts facts = warrantyPeriod.facts(
        StartVariables.PURCHASE_PROOF.get(execution),
        StartVariables.PURCHASE_DATE.get(execution),
        Typed.WARRANTY_MONTHS.get(execution),
        cause == null ? null : cause.code(),
        ClockUtil.getCurrentTime());
    // the registered product's own warranty end date (installed base), else the model's terms, where the case
    // gives no period of its own
    WarrantyPeriod.Inputs inputs = warrantyPeriod.inputs(StartVariables.caseNumber(execution),
        StartVariables.PURCHASE_DATE.get(execution), Typed.WARRANTY_MONTHS.get(execution),
        StartVariables.PRODUCT_MODEL.get(execution), ClockUtil.getCurrentTime());
    StartVariables.PURCHASE_PROOF.set(execution, facts.purchaseProof());
    Typed.MONTHS_SINCE_PURCHASE.set(execution, inputs.monthsSincePurchase());
    Typed.WARRANTY_MONTHS.set(execution, inputs.warrantyMonths());
    execution.setVariable(Vars.DAMAGE_CAUSE, facts.damageCause());
  }
}
