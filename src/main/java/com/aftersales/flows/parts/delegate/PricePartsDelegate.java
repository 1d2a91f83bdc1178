package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartLine;
import com.aftersales.flows.parts.PartsLines;
import com.aftersales.flows.parts.PartsProcess.Status;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsRequests;
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

  private final PartsRequests requests;

  public PricePartsDelegate(PartsRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.PARTS_REQUEST_NUMBER);
    List<PartLine> lines = requests.price(number, PartsVariables.ownCase(execution));
    execution.setVariable(Vars.PARTS_LINES, PartsLines.toVariable(lines));
    execution.setVariable(Vars.PARTS_SUMMARY, PartsRequests.describe(lines));
    execution.setVariable(Vars.UNPRICED_LINES, (int) lines.stream().filter(l -> l.priceSource() == null).count());
    execution.setVariable(Vars.PARTS_REQUEST_STATUS, Status.IN_REVIEW);
    // The payment gate's branch: the warranty recorded with the lines wins over a caller's billing by case.
    execution.setVariable(Vars.PARTS_BILLED_BY_CASE, requests.find(number).orElseThrow().billedByCase());
  }
}
