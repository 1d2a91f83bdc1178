package com.aftersales.flows.complaint.delegate;

import com.aftersales.cases.StartVariables;
import com.aftersales.flows.complaint.ComplaintProcess.Typed;
import com.aftersales.flows.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Raises a complaint to a higher level for a reason ({@code Complaint.Escalation}) without moving its response task:
 * the one step of the delegates that reopen a complaint or report it to the company. The case's level, escalation
 * count and group follow the level the service chose.
 */
final class ComplaintLevels {

  private ComplaintLevels() {}

  static void raise(ComplaintService complaints, DelegateExecution execution, String reason) {
    int sequence = Typed.ESCALATION_COUNT.orElse(execution, 0) + 1;
    var raised =
        complaints.escalate(
            StartVariables.CASE_NUMBER.required(execution),
            Typed.ESCALATION_LEVEL.orElse(execution, 0),
            sequence,
            Typed.HANDLING_GROUP.required(execution),
            reason,
            ClockUtil.getCurrentTime().toInstant());
    Typed.ESCALATION_LEVEL.set(execution, raised.level());
    Typed.ESCALATION_COUNT.set(execution, sequence);
    Typed.COMPLAINT_GROUP.set(execution, raised.group());
  }
}
