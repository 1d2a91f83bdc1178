package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Vars;
import com.aftersales.flows.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Files the judgement, the cause found and the proposed solution, and words the solution for the customer. */
@Component("recordSolutionDelegate")
public class RecordSolutionDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public RecordSolutionDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String solutionType = Read.required(execution, Vars.SOLUTION_TYPE);
    String details = Read.required(execution, Vars.SOLUTION_DETAILS);
    var amount = Read.decimal(execution, Vars.COMPENSATION_AMOUNT);
    complaints.solution(
        Read.required(execution, CaseVariables.CASE_NUMBER),
        new ComplaintService.Solution(
            Read.bool(execution, Vars.COMPLAINT_JUSTIFIED),
            Read.bool(execution, Vars.DEMAND_REASONABLE),
            Read.string(execution, Vars.JUDGEMENT_NOTE),
            Read.required(execution, Vars.CAUSE_CATEGORY),
            Read.string(execution, Vars.INVESTIGATION_FINDINGS),
            solutionType,
            details,
            amount),
        CurrentUser.of(execution),
        ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(
        Vars.SOLUTION_SUMMARY,
        solutionType + ": " + details + (amount == null ? "" : " (amount " + amount.toPlainString() + ")"));
  }
}
