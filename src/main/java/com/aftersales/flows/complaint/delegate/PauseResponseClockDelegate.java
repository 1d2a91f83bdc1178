package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.StartVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Typed;
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
            StartVariables.CASE_NUMBER.required(execution),
            Typed.RESPONSE_TIMER_DUE.required(execution).toInstant(),
            Typed.INFO_REQUEST.get(execution),
            now);
    Typed.PAUSED_AT.set(execution, Date.from(now));
    Typed.RESPONSE_REMAINING_SECONDS.set(execution, remaining);
  }
}
