package com.aftersales.flows.complaint.delegate;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.StartVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Typed;
import com.aftersales.flows.complaint.ComplaintService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The customer answered: the clock runs again with the time that was left; the commitment moves by the pause. */
@Component("resumeResponseClockDelegate")
public class ResumeResponseClockDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final StaffTimes times;

  public ResumeResponseClockDelegate(ComplaintService complaints, StaffTimes times) {
    this.complaints = complaints;
    this.times = times;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var resumed =
        complaints.resume(
            StartVariables.CASE_NUMBER.required(execution),
            Typed.PAUSED_AT.required(execution).toInstant(),
            Typed.RESPONSE_REMAINING_SECONDS.orElse(execution, 0L),
            StartVariables.RESPONSE_DUE_AT.required(execution).toInstant(),
            Typed.CUSTOMER_ANSWER.get(execution),
            ClockUtil.getCurrentTime().toInstant());
    Typed.RESPONSE_TIMER_DUE.set(execution, Date.from(resumed.deadline()));
    Typed.RESPONSE_TIMER_DUE_TEXT.set(execution, times.format(resumed.deadline()));
    StartVariables.RESPONSE_DUE_AT.set(execution, Date.from(resumed.responseDueAt()));
    Typed.PAUSED_SECONDS.set(execution, Typed.PAUSED_SECONDS.orElse(execution, 0L) + resumed.pausedSeconds());
    execution.removeVariable(Typed.PAUSED_AT.name());
  }
}
