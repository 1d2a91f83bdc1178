package com.aftersales.flows.complaint.delegate;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Vars;
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
            Read.required(execution, CaseVariables.CASE_NUMBER),
            Read.instant(execution, Vars.PAUSED_AT),
            Read.longValue(execution, Vars.RESPONSE_REMAINING_SECONDS, 0),
            Read.instant(execution, CaseVariables.RESPONSE_DUE_AT),
            Read.string(execution, Vars.CUSTOMER_ANSWER),
            ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(Vars.RESPONSE_TIMER_DUE, Date.from(resumed.deadline()));
    execution.setVariable(Vars.RESPONSE_TIMER_DUE_TEXT, times.format(resumed.deadline()));
    execution.setVariable(CaseVariables.RESPONSE_DUE_AT, Date.from(resumed.responseDueAt()));
    execution.setVariable(
        Vars.PAUSED_SECONDS, Read.longValue(execution, Vars.PAUSED_SECONDS, 0) + resumed.pausedSeconds());
    execution.removeVariable(Vars.PAUSED_AT);
  }
}
