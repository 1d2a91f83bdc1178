package com.aftersales.stock.requisition;

import com.aftersales.stock.Booking;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.StepInput;
import com.aftersales.stock.StockService;
import com.aftersales.stock.requisition.RequisitionProcess.Vars;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Books what the store keeper issued (配件出库): up to the approved quantity, never more than the shelf holds (the
 * ledger refuses it, and the task stays open); less is a partial issue and the rest is recorded as short. Keyed by
 * the instance, so a second run books nothing more.
 */
@Component("recordIssueDelegate")
public class RecordIssueDelegate implements JavaDelegate {

  private final StockService stock;
  private final IdentityService identityService;

  public RecordIssueDelegate(StockService stock, @Lazy IdentityService identityService) {
    this.stock = stock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int requested = StepInput.quantity(execution, Vars.REQUESTED_QUANTITY, 0, 1, 1000);
    int issued = StepInput.quantity(execution, Vars.ISSUED_QUANTITY, -1, 0, requested);
    if (issued < 0) {
      throw new IllegalArgumentException(Vars.ISSUED_QUANTITY + " is required");
    }
    if (issued > 0) {
      String requisition = StepInput.required(execution, Vars.REQUISITION_NUMBER);
      Booking booking = new Booking(MovementType.ISSUE, StepInput.required(execution, Vars.STORE),
          StepInput.required(execution, Vars.PART), issued, 0, StepInput.required(execution, Vars.CASE_NUMBER),
          requisition, null, StepInput.actor(identityService, "system"),
          "配件领用单 " + requisition + (issued < requested ? " 部分发放 " + issued + "/" + requested : ""),
          StepInput.key(execution, "issue"));
      StepInput.ledger(() -> stock.book(booking));
    }
    execution.setVariable(Vars.ISSUED_QUANTITY, issued);
    execution.setVariable(Vars.SHORT_QUANTITY, requested - issued);
  }
}
