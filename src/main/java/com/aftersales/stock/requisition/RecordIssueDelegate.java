package com.aftersales.stock.requisition;

import com.aftersales.stock.Booking;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.StepInput;
import com.aftersales.stock.StockService;
import com.aftersales.stock.requisition.RequisitionLines.Line;
import com.aftersales.stock.requisition.RequisitionProcess.Vars;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Books what the store keeper issued (配件出库), line by line up to each line's requested quantity, all lines as one
 * booking: if the shelf cannot cover one line, none is written and the task stays open (400). Less than requested
 * is a partial issue and the rest is recorded as short. Keyed by the instance and line, so a second run books
 * nothing more.
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
    List<Line> requested = requested(execution);
    Object submitted = execution.getVariable(Vars.REQUISITION_LINES);
    String requisition = StepInput.required(execution, Vars.REQUISITION_NUMBER);
    String store = StepInput.required(execution, Vars.STORE);
    String caseNumber = StepInput.required(execution, Vars.CASE_NUMBER);
    String actor = StepInput.actor(identityService, "system");
    List<Line> issuedLines = new ArrayList<>();
    List<Booking> bookings = new ArrayList<>();
    int issuedTotal = 0;
    int requestedTotal = 0;
    for (int i = 0; i < requested.size(); i++) {
      Line line = requested.get(i);
      Integer issued = RequisitionLines.entered(submitted, i, line.part(), "issued", 0, line.quantity());
      if (issued == null) {
        throw new IllegalArgumentException(Vars.REQUISITION_LINES + "[" + (i + 1) + "].issued is required (0 when"
            + " nothing is issued)");
      }
      issuedLines.add(line.withIssued(issued));
      issuedTotal += issued;
      requestedTotal += line.quantity();
      if (issued > 0) {
        bookings.add(new Booking(MovementType.ISSUE, store, line.part(), issued, 0, caseNumber, requisition, null,
            actor, "配件领用单 " + requisition + (issued < line.quantity()
                ? " 部分发放 " + issued + "/" + line.quantity() : ""),
            StepInput.key(execution, "issue:" + line.lineNo())));
      }
    }
    if (!bookings.isEmpty()) {
      StepInput.ledger(() -> stock.bookAll(bookings));
    }
    execution.setVariable(Vars.REQUISITION_LINES, RequisitionLines.toVariable(issuedLines));
    execution.setVariable(Vars.ISSUED_QUANTITY, issuedTotal);
    execution.setVariable(Vars.SHORT_QUANTITY, requestedTotal - issuedTotal);
    execution.setVariable(Vars.PARTS_SUMMARY, RequisitionLines.summary(issuedLines, Line::issuedOrZero));
  }

  /** The lines as opened (part, quantity, cost) in requested order, whatever the form sent back. */
  static List<Line> requested(DelegateExecution execution) {
    List<RequisitionLines.Request> asked = RequisitionLines.readRequested(execution.getVariable(Vars.REQUESTED_LINES));
    List<Line> shown = RequisitionLines.read(execution.getVariable(Vars.REQUISITION_LINES));
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      RequisitionLines.Request r = asked.get(i);
      Line known = shown.stream().filter(l -> r.part().equals(l.part())).findFirst().orElse(null);
      lines.add(new Line(i + 1, r.part(), known == null ? r.part() : known.partName(), r.quantity(),
          known == null ? 0 : known.onHand(), null, null, null, null,
          known == null ? null : known.unitCost()));
    }
    return lines;
  }
}
