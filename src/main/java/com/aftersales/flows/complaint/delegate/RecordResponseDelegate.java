package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Outcomes;
import com.aftersales.flows.complaint.ComplaintProcess.Vars;
import com.aftersales.flows.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The customer has had the first answer: the response time is taken here. */
@Component("recordResponseDelegate")
public class RecordResponseDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public RecordResponseDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = Read.required(execution, Vars.RESPONSE_OUTCOME);
    String resolution = Read.string(execution, Vars.RESOLUTION);
    if (Outcomes.RESOLVED.equals(outcome) && (resolution == null || resolution.isBlank())) {
      throw new IllegalStateException("A complaint resolved on the spot needs the resolution");
    }
    complaints.responded(
        Read.required(execution, CaseVariables.CASE_NUMBER),
        outcome,
        resolution,
        Read.string(execution, Vars.CAUSE_CATEGORY),
        Read.string(execution, Vars.RESPONSE_NOTE),
        CurrentUser.of(execution),
        ClockUtil.getCurrentTime().toInstant());
    if (Outcomes.RESOLVED.equals(outcome)) {
      execution.setVariable(Vars.SOLUTION_SUMMARY, resolution);
    }
  }
}
