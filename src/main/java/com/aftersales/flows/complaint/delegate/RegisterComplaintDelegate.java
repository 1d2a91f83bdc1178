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

/** Files the complaint with the routing decision's commitment and checks whether it repeats an earlier one. */
@Component("registerComplaintDelegate")
public class RegisterComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final StaffTimes times;

  public RegisterComplaintDelegate(ComplaintService complaints, StaffTimes times) {
    this.complaints = complaints;
    this.times = times;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var registered =
        complaints.register(
            new ComplaintService.Registration(
                Read.required(execution, CaseVariables.CASE_NUMBER),
                Read.required(execution, Vars.CATEGORY),
                Read.required(execution, Vars.SEVERITY),
                Boolean.TRUE.equals(Read.bool(execution, Vars.KEY_CUSTOMER)),
                Read.string(execution, CaseVariables.DESCRIPTION),
                Read.string(execution, Vars.CUSTOMER_DEMAND),
                Read.string(execution, Vars.RELATED_CASE_NUMBER),
                Read.integerOrNull(execution, Vars.RESPONSE_HOURS),
                Read.string(execution, Vars.HANDLING_GROUP)),
            ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(Vars.RESPONSE_HOURS, registered.responseHours());
    execution.setVariable(Vars.HANDLING_GROUP, registered.handlingGroup());
    execution.setVariable(Vars.COMPLAINT_GROUP, registered.handlingGroup());
    execution.setVariable(Vars.ESCALATION_LEVEL, 0);
    execution.setVariable(Vars.ESCALATION_COUNT, 0);
    execution.setVariable(CaseVariables.RESPONSE_DUE_AT, Date.from(registered.responseDueAt()));
    execution.setVariable(Vars.RESPONSE_TIMER_DUE, Date.from(registered.responseDueAt()));
    execution.setVariable(Vars.RESPONSE_TIMER_DUE_TEXT, times.format(registered.responseDueAt()));
    execution.setVariable(Vars.PAUSED_SECONDS, 0L);
    execution.setVariable(Vars.REPEAT_COMPLAINT, registered.repeatOf().isPresent());
    execution.setVariable(Vars.REPEAT_OF_CASE_NUMBER, registered.repeatOf().orElse(null));
  }
}
