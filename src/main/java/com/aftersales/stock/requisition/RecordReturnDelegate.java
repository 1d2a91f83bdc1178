package com.aftersales.stock.requisition;

import com.aftersales.stock.Booking;
import com.aftersales.stock.Movement;
import com.aftersales.stock.MovementFilter;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.StepInput;
import com.aftersales.stock.StockService;
import com.aftersales.stock.requisition.RequisitionLines.Line;
import com.aftersales.stock.requisition.RequisitionProcess.OldPart;
import com.aftersales.stock.requisition.RequisitionProcess.Vars;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Settles the requisition after the repair (核销, 003 五.3), line by line: books the unused parts back onto the
 * shelf and the old parts handed in as recovered or scrapped, all lines as one booking. What a line issued is read
 * from the ledger (not from the form); no more can come back than was issued, and no more old parts than were used
 * (the old-part quantity defaults to what was used); a used part without an old part needs a note. Each line is
 * keyed by the instance, so a second run books nothing more.
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
    String requisition = StepInput.required(execution, Vars.REQUISITION_NUMBER);
    String store = StepInput.required(execution, Vars.STORE);
    String caseNumber = StepInput.required(execution, Vars.CASE_NUMBER);
    String actor = StepInput.actor(identityService, StepInput.text(execution, Vars.REQUESTED_BY));
    String note = StepInput.text(execution, Vars.SETTLEMENT_NOTE);
    String reason = "配件领用单 " + requisition + " 核销" + (note == null ? "" : ": " + note);
    Object submitted = execution.getVariable(Vars.REQUISITION_LINES);
    List<Movement> issues = stock.movements(new MovementFilter(store, null, caseNumber, requisition,
        MovementType.ISSUE, null, null));

    List<Line> settled = new ArrayList<>();
    List<Booking> bookings = new ArrayList<>();
    int unusedTotal = 0;
    int oldPartsTotal = 0;
    List<Line> lines = RecordIssueDelegate.requested(execution);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String at = Vars.REQUISITION_LINES + "[" + (i + 1) + "].";
      int issued = issues.stream().filter(m -> m.part().equals(line.part())).mapToInt(Movement::quantity).sum();
      if (issued == 0) {
        settled.add(line.withIssued(0).withSettlement(0, OldPart.NONE, 0));
        continue;
      }
      Integer unusedEntered = RequisitionLines.entered(submitted, i, line.part(), "unused", 0, issued);
      if (unusedEntered == null) {
        throw new IllegalArgumentException(at + "unused is required (0 when every part was used)");
      }
      int unused = unusedEntered;
      String outcome = RequisitionLines.enteredText(submitted, i, line.part(), "oldPartOutcome");
      if (outcome == null || !OldPart.valid(outcome)) {
        throw new IllegalArgumentException(at + "oldPartOutcome must be recovered, scrapped or none, not " + outcome);
      }
      int used = issued - unused;
      int oldParts = 0;
      if (!OldPart.NONE.equals(outcome) && used > 0) {
        Integer entered = RequisitionLines.entered(submitted, i, line.part(), "oldPartQuantity", 1, used);
        oldParts = entered == null ? used : entered;
      } else if (used > 0 && note == null) {
        throw new IllegalArgumentException(Vars.SETTLEMENT_NOTE + ": say why no old part is handed in for " + used
            + " used of " + line.part());
      }
      if (unused > 0) {
        bookings.add(new Booking(MovementType.RETURN_UNUSED, store, line.part(), unused, 0, caseNumber, requisition,
            null, actor, reason, StepInput.key(execution, "return:" + line.lineNo())));
      }
      if (oldParts > 0) {
        bookings.add(new Booking(OldPart.RECOVERED.equals(outcome) ? MovementType.OLD_PART_RECOVERED
            : MovementType.OLD_PART_SCRAPPED, store, line.part(), oldParts, 0, caseNumber, requisition, null, actor,
            reason, StepInput.key(execution, "old-part:" + line.lineNo())));
      }
      settled.add(line.withIssued(issued).withSettlement(unused, outcome, oldParts));
      unusedTotal += unused;
      oldPartsTotal += oldParts;
    }
    if (!bookings.isEmpty()) {
      StepInput.ledger(() -> stock.bookAll(bookings));
    }
    execution.setVariable(Vars.REQUISITION_LINES, RequisitionLines.toVariable(settled));
    execution.setVariable(Vars.UNUSED_QUANTITY, unusedTotal);
    execution.setVariable(Vars.OLD_PART_QUANTITY, oldPartsTotal);
  }
}
