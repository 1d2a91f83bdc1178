package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.StartVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Typed;
import com.aftersales.flows.complaint.ComplaintService;
import com.aftersales.variables.CurrentUser;
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
    Integer score = Typed.SATISFACTION_SCORE.get(execution);
    if (score != null && (score < 1 || score > 5)) {
      throw new IllegalArgumentException("satisfactionScore must be 1 to 5, was " + score);
    }
    String channel = Typed.FOLLOW_UP_CHANNEL.get(execution);
    String note = Typed.FOLLOW_UP_NOTE.get(execution);
    complaints.archive(
        StartVariables.CASE_NUMBER.required(execution),
        score,
        (channel == null ? "" : channel + ": ") + (note == null ? "" : note),
        CurrentUser.of(execution),
        ClockUtil.getCurrentTime().toInstant());
  }
}
