package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.StartVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Typed;
import com.aftersales.flows.complaint.ComplaintService;
import com.aftersales.variables.CurrentUser;
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
    String solutionType = Typed.SOLUTION_TYPE.required(execution);
    String details = Typed.SOLUTION_DETAILS.required(execution);
    var amount = Typed.COMPENSATION_AMOUNT.get(execution);
    complaints.solution(
        StartVariables.CASE_NUMBER.required(execution),
        new ComplaintService.Solution(
            Typed.COMPLAINT_JUSTIFIED.get(execution),
            Typed.DEMAND_REASONABLE.get(execution),
            Typed.JUDGEMENT_NOTE.get(execution),
            Typed.CAUSE_CATEGORY.required(execution),
            Typed.INVESTIGATION_FINDINGS.get(execution),
            solutionType,
            details,
            amount),
        CurrentUser.of(execution),
        ClockUtil.getCurrentTime().toInstant());
    Typed.SOLUTION_SUMMARY.set(
        execution,
        solutionType + ": " + details + (amount == null ? "" : " (amount " + amount.toPlainString() + ")"));
  }
}
