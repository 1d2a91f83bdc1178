package com.aftersales.stock.purchase;

import com.aftersales.stock.StepInput;
import com.aftersales.stock.purchase.PurchaseProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Planning's decision on a purchase request: the quantity ordered and from whom, or 0 with the reason nothing is
 * ordered, which closes the request so the next shortage opens a new one.
 */
@Component("recordPurchasePlanDelegate")
public class RecordPurchasePlanDelegate implements JavaDelegate {

  private final ReorderTrigger reorder;

  public RecordPurchasePlanDelegate(ReorderTrigger reorder) {
    this.reorder = reorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int ordered = StepInput.quantity(execution, Vars.ORDER_QUANTITY, -1, 0, 100_000);
    if (ordered < 0) {
      throw new IllegalArgumentException(Vars.ORDER_QUANTITY + " is required");
    }
    if (ordered > 0) {
      StepInput.required(execution, Vars.SUPPLIER);
    } else {
      StepInput.required(execution, Vars.PLANNING_NOTE);
      reorder.close(StepInput.required(execution, Vars.STORE), StepInput.required(execution, Vars.PART));
    }
    execution.setVariable(Vars.ORDER_QUANTITY, ordered);
  }
}
