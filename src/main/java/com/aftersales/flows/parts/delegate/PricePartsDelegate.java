package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartLine;
import com.aftersales.flows.parts.PartsLines;
import com.aftersales.flows.parts.PartsProcess.Status;
import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsProcess;
import com.aftersales.flows.parts.PartsService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Prices the lines with parts-price.dmn (free under warranty, no price of their own when the calling repair's
 * quote bills them) before the planning manager reviews them.
 */
@Component("pricePartsDelegate")
public class PricePartsDelegate implements JavaDelegate {

  private final PartsService requests;

  public PricePartsDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = Typed.PARTS_REQUEST_NUMBER.get(execution);
    List<PartLine> lines = requests.price(number, PartsProcess.ownCase(execution),
        execution.getProcessInstance().getSuperExecution() != null);
    execution.setVariable(Vars.PARTS_LINES, PartsLines.toVariable(lines));
    Typed.PARTS_SUMMARY.set(execution, PartsService.describe(lines));
    Typed.UNPRICED_LINES.set(execution, (int) lines.stream().filter(l -> l.priceSource() == null).count());
    Typed.PARTS_REQUEST_STATUS.set(execution, Status.IN_REVIEW);
    // The payment gate's branch: the warranty recorded with the lines wins over a caller's billing by case.
    Typed.PARTS_BILLED_BY_CASE.set(execution, requests.find(number).orElseThrow().billedByCase());
  }
}
