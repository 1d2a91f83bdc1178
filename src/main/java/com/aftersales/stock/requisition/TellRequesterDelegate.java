package com.aftersales.stock.requisition;

import com.aftersales.stock.StepInput;
import com.aftersales.stock.requisition.RequisitionLines.Line;
import com.aftersales.stock.requisition.RequisitionProcess.Vars;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Tells the process that opened the requisition (a repair drawing stocked parts) what the store issued and what is
 * short, as the message {@link RequisitionProcess#ISSUED_MESSAGE} with {@code storeIssued}, {@code storeShort} (text)
 * and {@code storeShortQuantity}, and adds the shortfall to the requester's {@code partsNeeded}. A rejected requisition issued nothing: everything is short. A requisition nobody
 * waits for (started through the API, or the requester moved on) tells no one. Runs in the transaction of the step
 * before it, so the message and the ledger lines commit together.
 */
@Component("tellRequesterDelegate")
public class TellRequesterDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public TellRequesterDelegate(@Lazy RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requester = StepInput.text(execution, Vars.REQUESTING_INSTANCE);
    if (requester == null
        || runtimeService.createProcessInstanceQuery().processInstanceId(requester).count() == 0) {
      return;
    }
    List<Line> lines = RequisitionLines.read(execution.getVariable(Vars.REQUISITION_LINES));
    int short_ = 0;
    StringBuilder shortText = new StringBuilder();
    for (Line l : lines) {
      int missing = l.quantity() - l.issuedOrZero();
      if (missing > 0) {
        short_ += missing;
        shortText.append(shortText.isEmpty() ? "" : "; ").append(l.part()).append(' ').append(l.partName())
            .append(" x").append(missing);
      }
    }
    Map<String, Object> told = new HashMap<>();
    told.put(Vars.STORE_ISSUED, RequisitionLines.summary(lines, Line::issuedOrZero));
    told.put(Vars.STORE_SHORT, shortText.toString());
    told.put(Vars.STORE_SHORT_QUANTITY, short_);
    told.put(Vars.REQUISITION_NUMBER, StepInput.text(execution, Vars.REQUISITION_NUMBER));
    if (short_ > 0) {
      // the requester asks for the shortfall through parts-approval with its own text of parts still needed
      Object needed = runtimeService.getVariable(requester, RequisitionProcess.Requester.PARTS_NEEDED);
      String line = "库存未发放, 需补件: " + shortText;
      told.put(RequisitionProcess.Requester.PARTS_NEEDED, needed == null || needed.toString().isBlank() ? line
          : needed + "\n" + line);
    }
    runtimeService.createMessageCorrelation(RequisitionProcess.ISSUED_MESSAGE).processInstanceId(requester)
        .setVariables(told).correlateAllWithResult();
  }
}
