package com.aftersales.flows.complaint.delegate;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.cases.StartVariables;
import com.aftersales.flows.complaint.Complaint;
import com.aftersales.flows.complaint.ComplaintProcess.Typed;
import com.aftersales.flows.complaint.ComplaintService;
import com.aftersales.flows.complaint.ResponseClock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Files the complaint with the routing decision's commitment and checks whether it repeats an earlier one. The
 * customer is told when the problem will be solved (rulebook 002 四1.1): {@code solutionDueAt}, the routing's hours
 * counted on the working-day calendar ({@link WorkingDayCalendar#addWorkingHours}); the mail prints it in the
 * company zone.
 */
@Component("registerComplaintDelegate")
public class RegisterComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final StaffTimes times;
  private final WorkingDayCalendar calendar;

  public RegisterComplaintDelegate(ComplaintService complaints, StaffTimes times, WorkingDayCalendar calendar) {
    this.complaints = complaints;
    this.times = times;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var registered =
        complaints.register(
            new ComplaintService.Registration(
                new Complaint.Report(
                    StartVariables.CASE_NUMBER.required(execution),
                    Typed.CATEGORY.required(execution),
                    Typed.SEVERITY.required(execution),
                    Boolean.TRUE.equals(Typed.KEY_CUSTOMER.get(execution)),
                    StartVariables.DESCRIPTION.get(execution),
                    Typed.CUSTOMER_DEMAND.get(execution),
                    Typed.RELATED_CASE_NUMBER.get(execution)),
                Typed.RESPONSE_HOURS.get(execution),
                Typed.HANDLING_GROUP.get(execution)),
            ClockUtil.getCurrentTime().toInstant());
    Typed.SOLUTION_DUE_AT.set(execution,
        Date.from(calendar.addWorkingHours(registered.receivedAt(), registered.responseHours())));
    Typed.RESPONSE_HOURS.set(execution, registered.responseHours());
    Typed.HANDLING_GROUP.set(execution, registered.handlingGroup());
    Typed.RESPONSE_COMMITMENT_TEXT.set(execution, ResponseClock.commitmentText(registered.responseHours()));
    Typed.COMPLAINT_GROUP.set(execution, registered.handlingGroup());
    Typed.ESCALATION_LEVEL.set(execution, 0);
    Typed.ESCALATION_COUNT.set(execution, 0);
    StartVariables.RESPONSE_DUE_AT.set(execution, Date.from(registered.responseDueAt()));
    Typed.RESPONSE_TIMER_DUE.set(execution, Date.from(registered.responseDueAt()));
    Typed.RESPONSE_TIMER_DUE_TEXT.set(execution, times.format(registered.responseDueAt()));
    Typed.PAUSED_SECONDS.set(execution, 0L);
    Typed.REPEAT_COMPLAINT.set(execution, registered.repeatOf().isPresent());
    Typed.REPEAT_OF_CASE_NUMBER.set(execution, registered.repeatOf().orElse(null));
  }
}
