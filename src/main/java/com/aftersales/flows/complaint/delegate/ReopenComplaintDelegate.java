package com.aftersales.flows.complaint.delegate;

import com.aftersales.flows.complaint.Complaint;
import com.aftersales.flows.complaint.ComplaintProcess.Typed;
import com.aftersales.flows.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
    ComplaintLevels.raise(complaints, execution, Complaint.Escalation.CUSTOMER_NOT_SATISFIED);
    // The linked case of the rejected solution stays on file; a new solution may start another one.
    execution.removeVariable(Typed.LINKED_CASE_NUMBER.name());
  }
}
