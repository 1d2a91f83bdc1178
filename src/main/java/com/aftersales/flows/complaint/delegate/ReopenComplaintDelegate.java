package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.complaint.Complaint;
import com.aftersales.flows.complaint.ComplaintProcess.Vars;
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
    int sequence = Read.integer(execution, Vars.ESCALATION_COUNT, 0) + 1;
    var reopened =
        complaints.escalate(
            Read.required(execution, CaseVariables.CASE_NUMBER),
            Read.integer(execution, Vars.ESCALATION_LEVEL, 0),
            sequence,
            Read.required(execution, Vars.HANDLING_GROUP),
            Complaint.Escalation.CUSTOMER_NOT_SATISFIED,
            ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(Vars.ESCALATION_LEVEL, reopened.level());
    execution.setVariable(Vars.ESCALATION_COUNT, sequence);
    execution.setVariable(Vars.COMPLAINT_GROUP, reopened.group());
    // The linked case of the rejected solution stays on file; a new solution may start another one.
    execution.removeVariable(Vars.LINKED_CASE_NUMBER);
  }
}
