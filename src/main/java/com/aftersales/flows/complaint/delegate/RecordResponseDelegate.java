package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.StartVariables;
import com.aftersales.flows.complaint.ComplaintProcess.ResponseOutcome;
import com.aftersales.flows.complaint.ComplaintProcess.Typed;
import com.aftersales.flows.complaint.ComplaintService;
import com.aftersales.variables.CurrentUser;
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
    ResponseOutcome outcome = Typed.RESPONSE_OUTCOME.required(execution);
    String resolution = Typed.RESOLUTION.get(execution);
    if (outcome == ResponseOutcome.RESOLVED && resolution == null) {
      throw new IllegalStateException("A complaint resolved on the spot needs the resolution");
    }
    complaints.responded(
        StartVariables.CASE_NUMBER.required(execution),
        outcome,
        resolution,
        Typed.CAUSE_CATEGORY.get(execution),
        Typed.RESPONSE_NOTE.get(execution),
        CurrentUser.of(execution),
        ClockUtil.getCurrentTime().toInstant());
    if (outcome == ResponseOutcome.RESOLVED) {
      Typed.SOLUTION_SUMMARY.set(execution, resolution);
    }
  }
}
