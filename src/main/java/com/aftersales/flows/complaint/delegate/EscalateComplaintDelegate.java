package com.aftersales.flows.complaint.delegate;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.StartVariables;
import com.aftersales.engine.TaskRegrouping;
import com.aftersales.flows.complaint.Complaint;
import com.aftersales.flows.complaint.ComplaintProcess.Elements;
import com.aftersales.flows.complaint.ComplaintProcess.Typed;
import com.aftersales.flows.complaint.ComplaintService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The response is overdue: the complaint goes one level up. The open response task itself moves to the new
 * group (candidate group, due date, no assignee: {@link TaskRegrouping}) with a comment saying why, so its history
 * stays with it.
 */
@Component("escalateComplaintDelegate")
public class EscalateComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final TaskRegrouping regrouping;
  private final StaffTimes times;

  public EscalateComplaintDelegate(ComplaintService complaints, TaskRegrouping regrouping, StaffTimes times) {
    this.complaints = complaints;
    this.regrouping = regrouping;
    this.times = times;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = StartVariables.CASE_NUMBER.required(execution);
    int level = Typed.ESCALATION_LEVEL.orElse(execution, 0);
    int sequence = Typed.ESCALATION_COUNT.orElse(execution, 0) + 1;
    String previousGroup = Typed.COMPLAINT_GROUP.get(execution);
    var escalated =
        complaints.escalate(
            caseNumber,
            level,
            sequence,
            Typed.HANDLING_GROUP.required(execution),
            Complaint.Escalation.RESPONSE_OVERDUE,
            ClockUtil.getCurrentTime().toInstant());
    Date nextDeadline = Date.from(escalated.nextDeadline());

    TaskRegrouping.Moved moved = regrouping
        .moveOpenTask(execution.getProcessInstanceId(), Elements.RESPOND, escalated.group(), nextDeadline)
        .orElseThrow(() -> new IllegalStateException("No open response task to escalate in case " + caseNumber));
    execution.getProcessEngineServices().getTaskService().createComment(
        moved.taskId(),
        execution.getProcessInstanceId(),
        String.format(
            "已升级到第 %d 级（%s）：%s 未按时答复。请在 %s 前答复。",
            escalated.level(), escalated.group(), previousGroup, times.format(escalated.nextDeadline())));

    Typed.ESCALATION_LEVEL.set(execution, escalated.level());
    Typed.ESCALATION_COUNT.set(execution, sequence);
    Typed.COMPLAINT_GROUP.set(execution, escalated.group());
    Typed.RESPONSE_TIMER_DUE.set(execution, nextDeadline);
    Typed.RESPONSE_TIMER_DUE_TEXT.set(execution, times.format(nextDeadline));
  }
}
