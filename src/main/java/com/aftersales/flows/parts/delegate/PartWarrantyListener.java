package com.aftersales.flows.parts.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.DamageCause;
import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsWarranty;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On each line's warranty decision (Task_DecidePartWarranty, warranty-coverage.dmn): when it starts, the line's
 * inputs become local variables of the decision (the part's own term or the product's, months since the product's
 * start, proof of purchase; the damage cause a calling repair passes, else unknown); when it ends, the
 * decision is kept for the line and pricing reads it.
 */
@Component("partWarrantyListener")
public class PartWarrantyListener implements ExecutionListener {

  private final PartsWarranty warranty;

  public PartWarrantyListener(PartsWarranty warranty) {
    this.warranty = warranty;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String number = Typed.PARTS_REQUEST_NUMBER.required(execution);
    int lineNo = Typed.PART_LINE_NO.required(execution);
    if (EVENTNAME_START.equals(execution.getEventName())) {
      PartsWarranty.LineTerm term = warranty.term(number, lineNo);
      execution.setVariableLocal(Vars.PART_WARRANTY_TERM, term.termSource());
      execution.setVariableLocal(CaseVariables.PURCHASE_PROOF, term.purchaseProof());
      execution.setVariableLocal("monthsSincePurchase", term.monthsSincePurchase());
      execution.setVariableLocal("warrantyMonths", term.warrantyMonths());
      // a repair passes its damage cause (human damage is charged even within a part's own term); a standalone
      // request names none
      Object cause = execution.getVariable("damageCause");
      execution.setVariableLocal("damageCause", cause == null ? DamageCause.UNKNOWN.code() : cause.toString());
    } else {
      DmnDecisionResultEntries result = ((DmnDecisionResult) execution.getVariableLocal("decisionResult"))
          .getSingleResult();
      warranty.record(number, lineNo, result.getEntry("coverage"), result.getEntry("coverageReason"));
    }
  }
}
