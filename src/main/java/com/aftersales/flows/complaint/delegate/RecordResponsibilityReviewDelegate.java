package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.StartVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Typed;
import com.aftersales.flows.complaint.ComplaintService;
import com.aftersales.variables.CurrentUser;
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
        StartVariables.CASE_NUMBER.required(execution),
        Typed.REPEAT_OF_CASE_NUMBER.get(execution),
        Boolean.TRUE.equals(Typed.EARLIER_UNREPORTED.get(execution)),
        Typed.RESPONSIBLE_PERSON.required(execution),
        Typed.REGIONAL_HEAD.required(execution),
        Typed.RESPONSIBILITY_FINDING.required(execution),
        CurrentUser.of(execution),
        ClockUtil.getCurrentTime().toInstant());
  }
}
