package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsCatalogues;
import com.aftersales.flows.parts.PartsLines;
import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the lines (from the caller or the request form; each part must be in the catalogue of the case's product
 * line) and stores them as the request's lines; problems go
 * back to the specialist as {@code partsLinesProblems} instead of failing the case.
 */
@Component("checkPartsLinesDelegate")
public class CheckPartsLinesDelegate implements JavaDelegate {

  private final PartsService requests;
  private final PartsCatalogues catalogues;

  public CheckPartsLinesDelegate(PartsService requests, PartsCatalogues catalogues) {
    this.requests = requests;
    this.catalogues = catalogues;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PartsLines.Checked checked = PartsLines.check(execution.getVariable(Vars.PARTS_LINES),
        catalogues.values((String) execution.getVariable("productModel")));
    Typed.PARTS_LINES_VALID.set(execution, checked.valid());
    if (!checked.valid()) {
      Typed.PARTS_LINES_PROBLEMS.set(execution, String.join("\n", checked.problems()));
      return;
    }
    Typed.PARTS_LINES_PROBLEMS.set(execution, null);
    requests.saveLines(Typed.PARTS_REQUEST_NUMBER.get(execution), checked.lines(),
        Typed.COVERED_BY_WARRANTY.orElse(execution, false), Typed.URGENT.orElse(execution, false),
        Typed.UNPACK_REQUESTED.orElse(execution, false), Typed.SPLIT_ORDERS.orElse(execution, false));
    execution.setVariable(Vars.PARTS_LINES, PartsLines.toVariable(checked.lines()));
  }
}
