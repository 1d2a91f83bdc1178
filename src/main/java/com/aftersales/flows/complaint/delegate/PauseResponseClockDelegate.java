package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Vars;
import com.aftersales.flows.complaint.ComplaintService;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The customer owes us information: the response clock stops and remembers how much time was left. */
@Component("pauseResponseClockDelegate")
public class PauseResponseClockDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public PauseResponseClockDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    long remaining =
        complaints.pause(
            Read.required(execution, CaseVariables.CASE_NUMBER),
            Read.instant(execution, Vars.RESPONSE_TIMER_DUE),
            Read.string(execution, Vars.INFO_REQUEST),
            now);
    execution.setVariable(Vars.PAUSED_AT, Date.from(now));
    execution.setVariable(Vars.RESPONSE_REMAINING_SECONDS, remaining);
  }
}
