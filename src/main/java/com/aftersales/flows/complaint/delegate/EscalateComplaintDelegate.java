package com.aftersales.flows.complaint.delegate;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.StartVariables;
import com.aftersales.flows.complaint.Complaint;
import com.aftersales.flows.complaint.ComplaintProcess.Elements;
import com.aftersales.flows.complaint.ComplaintProcess.Typed;
import com.aftersales.flows.complaint.ComplaintService;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The response is overdue: the complaint goes one level up. The open response task itself moves to the new
 * group (candidate group, due date, no assignee) with a comment saying why, so its history stays with it.
 */
@Component("escalateComplaintDelegate")
public class EscalateComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final StaffTimes times;

  public EscalateComplaintDelegate(ComplaintService complaints, StaffTimes times) {
    this.complaints = complaints;
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

    // Inside the timer's own command: the entities and managers directly, so that a wave of escalations costs
    // one task lookup by instance and one delete per revoked grant instead of a task query, an identity-link
    // query and an authorization query with a delete per row (docs/performance.md, escalation timers). The
    // public API is not an option here for a second reason: AuthorizationService.deleteAuthorization runs a
    // DeleteAuthorizationCmd, which raises the IdentityGeneration (security.IdentityGuardPlugin) and so empties
    // every node's credential cache on each escalation. Fenced by ComplaintProcessTest (the grants the task
    // leaves behind) and EngineInternalsFingerprintTest (the entity methods used here).
    CommandContext commandContext = Context.getCommandContext();
    TaskEntity task = commandContext.getTaskManager().findTasksByProcessInstanceId(execution.getProcessInstanceId())
        .stream()
        .filter(t -> Elements.RESPOND.equals(t.getTaskDefinitionKey()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No open response task to escalate in case " + caseNumber));
    AuthorizationManager authorizations = commandContext.getAuthorizationManager();
    List<String> previousGroups = task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .filter(group -> !group.equals(escalated.group()))
        .toList();
    for (String group : previousGroups) {
      task.deleteCandidateGroup(group);
      // The engine keeps the task permission it granted the group; the task must leave its Tasklist too.
      authorizations.deleteAuthorizationsByResourceIdAndGroupId(Resources.TASK, task.getId(), group);
    }
    task.addCandidateGroup(escalated.group());
    if (task.getAssignee() != null) {
      authorizations.deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), task.getAssignee());
    }
    TaskService taskService = execution.getProcessEngineServices().getTaskService();
    task.setAssignee(null);
    task.setDueDate(nextDeadline);
    taskService.saveTask(task);
    taskService.createComment(
        task.getId(),
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
