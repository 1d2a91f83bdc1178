package com.aftersales.stock.requisition;

import com.aftersales.stock.Booking;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.StepInput;
import com.aftersales.stock.StockService;
import com.aftersales.stock.requisition.RequisitionProcess.OldPart;
import com.aftersales.stock.requisition.RequisitionProcess.Vars;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Settles the requisition after the repair (核销, 003 五.3): books the unused parts back onto the shelf and the old
 * part handed in as recovered or scrapped. No more can come back than was issued, and no more old parts than were
 * used; each line is keyed by the instance, so a second run books nothing more.
 */
@Component("recordReturnDelegate")
public class RecordReturnDelegate implements JavaDelegate {

  private final StockService stock;
  private final IdentityService identityService;

  public RecordReturnDelegate(StockService stock, @Lazy IdentityService identityService) {
    this.stock = stock;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int issued = StepInput.quantity(execution, Vars.ISSUED_QUANTITY, 0, 0, 1000);
    int unused = StepInput.quantity(execution, Vars.UNUSED_QUANTITY, 0, 0, issued);
    String outcome = StepInput.text(execution, Vars.OLD_PART_OUTCOME);
    if (outcome == null) {
      throw new IllegalArgumentException(Vars.OLD_PART_OUTCOME + " is required: recovered, scrapped or none");
    }
    MovementType oldPartType = switch (outcome) {
      case OldPart.RECOVERED -> MovementType.OLD_PART_RECOVERED;
      case OldPart.SCRAPPED -> MovementType.OLD_PART_SCRAPPED;
      case OldPart.NONE -> null;
      default -> throw new IllegalArgumentException(
          Vars.OLD_PART_OUTCOME + " must be recovered, scrapped or none, not " + outcome);
    };
    int oldParts = oldPartType == null ? 0
        : StepInput.quantity(execution, Vars.OLD_PART_QUANTITY, issued - unused, 1, issued - unused);
    String note = StepInput.text(execution, Vars.SETTLEMENT_NOTE);
    if (oldPartType == null && issued - unused > 0 && note == null) {
      throw new IllegalArgumentException(Vars.SETTLEMENT_NOTE + ": say why no old part is handed in for "
          + (issued - unused) + " used");
    }
    String requisition = StepInput.required(execution, Vars.REQUISITION_NUMBER);
    String store = StepInput.required(execution, Vars.STORE);
    String part = StepInput.required(execution, Vars.PART);
    String caseNumber = StepInput.required(execution, Vars.CASE_NUMBER);
    String actor = StepInput.actor(identityService, StepInput.text(execution, Vars.REQUESTED_BY));
    String reason = "配件领用单 " + requisition + " 核销" + (note == null ? "" : ": " + note);
    if (unused > 0) {
      StepInput.ledger(() -> stock.book(new Booking(MovementType.RETURN_UNUSED, store, part, unused, 0, caseNumber,
          requisition, null, actor, reason, StepInput.key(execution, "return"))));
    }
    if (oldParts > 0) {
      StepInput.ledger(() -> stock.book(new Booking(oldPartType, store, part, oldParts, 0, caseNumber, requisition,
          null, actor, reason, StepInput.key(execution, "old-part"))));
    }
    execution.setVariable(Vars.UNUSED_QUANTITY, unused);
    execution.setVariable(Vars.OLD_PART_QUANTITY, oldParts);
  }
}
