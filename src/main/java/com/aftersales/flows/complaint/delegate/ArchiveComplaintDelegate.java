package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Vars;
import com.aftersales.flows.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** After the follow-up: the complaint is archived with its cause and resolution and the case is closed. */
@Component("archiveComplaintDelegate")
public class ArchiveComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public ArchiveComplaintDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer score = Read.integerOrNull(execution, Vars.SATISFACTION_SCORE);
    if (score != null && (score < 1 || score > 5)) {
      throw new IllegalArgumentException("satisfactionScore must be 1 to 5, was " + score);
    }
    String channel = Read.string(execution, Vars.FOLLOW_UP_CHANNEL);
    String note = Read.string(execution, Vars.FOLLOW_UP_NOTE);
    complaints.archive(
        Read.required(execution, CaseVariables.CASE_NUMBER),
        score,
        (channel == null ? "" : channel + ": ") + (note == null ? "" : note),
        CurrentUser.of(execution),
        ClockUtil.getCurrentTime().toInstant());
  }
}
