package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.StartVariables;
import com.aftersales.flows.complaint.Complaint;
import com.aftersales.flows.complaint.ComplaintProcess.Typed;
import com.aftersales.flows.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The customer is not satisfied with the solution: the complaint reopens one level higher (at most the general manager). */
@Component("reopenComplaintDelegate")
public class ReopenComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public ReopenComplaintDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int sequence = Typed.ESCALATION_COUNT.orElse(execution, 0) + 1;
    var reopened =
        complaints.escalate(
            StartVariables.CASE_NUMBER.required(execution),
            Typed.ESCALATION_LEVEL.orElse(execution, 0),
            sequence,
            Typed.HANDLING_GROUP.required(execution),
            Complaint.Escalation.CUSTOMER_NOT_SATISFIED,
            ClockUtil.getCurrentTime().toInstant());
    Typed.ESCALATION_LEVEL.set(execution, reopened.level());
    Typed.ESCALATION_COUNT.set(execution, sequence);
    Typed.COMPLAINT_GROUP.set(execution, reopened.group());
    // The linked case of the rejected solution stays on file; a new solution may start another one.
    execution.removeVariable(Typed.LINKED_CASE_NUMBER.name());
  }
}
