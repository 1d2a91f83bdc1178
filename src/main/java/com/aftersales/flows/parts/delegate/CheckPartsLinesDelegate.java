package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsLines;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the lines (from the caller or the request form) and stores them as the request's lines; problems go
 * back to the specialist as {@code partsLinesProblems} instead of failing the case.
 */
@Component("checkPartsLinesDelegate")
public class CheckPartsLinesDelegate implements JavaDelegate {

  private final PartsRequests requests;

  public CheckPartsLinesDelegate(PartsRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PartsLines.Checked checked = PartsLines.check(execution.getVariable(Vars.PARTS_LINES));
    execution.setVariable(Vars.PARTS_LINES_VALID, checked.valid());
    if (!checked.valid()) {
      execution.setVariable(Vars.PARTS_LINES_PROBLEMS, String.join("\n", checked.problems()));
      return;
    }
    execution.setVariable(Vars.PARTS_LINES_PROBLEMS, null);
    requests.saveLines((String) execution.getVariable(Vars.PARTS_REQUEST_NUMBER), checked.lines(),
        PartsVariables.flag(execution, Vars.COVERED_BY_WARRANTY), PartsVariables.flag(execution, Vars.URGENT),
        PartsVariables.flag(execution, Vars.UNPACK_REQUESTED), PartsVariables.flag(execution, Vars.SPLIT_ORDERS));
    execution.setVariable(Vars.PARTS_LINES, PartsLines.toVariable(checked.lines()));
  }
}
