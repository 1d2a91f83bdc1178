package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Vars;
import com.aftersales.flows.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Files who was responsible for the repeat complaint, the regional head, and the finding. */
@Component("recordResponsibilityReviewDelegate")
public class RecordResponsibilityReviewDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public RecordResponsibilityReviewDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.responsibilityReview(
        Read.required(execution, CaseVariables.CASE_NUMBER),
        Read.string(execution, Vars.REPEAT_OF_CASE_NUMBER),
        Boolean.TRUE.equals(Read.bool(execution, Vars.EARLIER_UNREPORTED)),
        Read.required(execution, Vars.RESPONSIBLE_PERSON),
        Read.required(execution, Vars.REGIONAL_HEAD),
        Read.required(execution, Vars.RESPONSIBILITY_FINDING),
        CurrentUser.of(execution),
        ClockUtil.getCurrentTime().toInstant());
  }
}
