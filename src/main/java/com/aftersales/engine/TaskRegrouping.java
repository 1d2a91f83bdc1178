package com.aftersales.engine;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Hands an open user task over to another group from inside a running engine command (a delegate, a listener, a
 * timer's job): the task gets the new candidate group and due date and loses its assignee; the groups it leaves
 * and its assignee lose the task permission the engine granted them, so it leaves their Tasklist too. The task
 * itself moves (not a new one), so its history and comments stay with it.
 *
 * <p>Why engine internals: inside the command the entities and managers are used directly, so that a wave of moves
 * (the complaint's escalation timers) costs one task lookup by instance and one delete per revoked grant instead of
 * a task query, an identity-link query and an authorization query with a delete per row (docs/performance.md,
 * escalation timers). The public API is not an option for a second reason: {@code
 * AuthorizationService.deleteAuthorization} runs a {@code DeleteAuthorizationCmd}, which raises the identity
 * generation ({@code security.IdentityGuardPlugin}) and so empties every node's credential cache on each move.
 * Fenced by {@code EngineInternalsFingerprintTest} (the grant deletes of the authorization mapping used here) and
 * {@code ComplaintProcessTest} (the grants an escalated task leaves behind).
 */
@Component
public class TaskRegrouping {

  /** What a move did: the task moved, the candidate groups it left and the assignee it dropped (or null). */
  public record Moved(String taskId, List<String> previousGroups, String previousAssignee) {}

  /**
   * Moves the open task {@code taskDefinitionKey} of {@code processInstanceId} to {@code newGroup}, due at
   * {@code dueDate}, without an assignee; empty when the instance has no such open task.
   *
   * @throws IllegalStateException when called outside an engine command
   */
  public Optional<Moved> moveOpenTask(
      String processInstanceId, String taskDefinitionKey, String newGroup, Date dueDate) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      throw new IllegalStateException("TaskRegrouping runs inside an engine command (a delegate or listener)");
    }
    Optional<TaskEntity> found = commandContext.getTaskManager().findTasksByProcessInstanceId(processInstanceId)
        .stream()
        .filter(t -> taskDefinitionKey.equals(t.getTaskDefinitionKey()))
        .findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    TaskEntity task = found.get();
    AuthorizationManager authorizations = commandContext.getAuthorizationManager();
    List<String> previousGroups = task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .filter(group -> !group.equals(newGroup))
        .toList();
    for (String group : previousGroups) {
      task.deleteCandidateGroup(group);
      // The engine keeps the task permission it granted the group; the task must leave its Tasklist too.
      authorizations.deleteAuthorizationsByResourceIdAndGroupId(Resources.TASK, task.getId(), group);
    }
    task.addCandidateGroup(newGroup);
    String previousAssignee = task.getAssignee();
    if (previousAssignee != null) {
      authorizations.deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), previousAssignee);
    }
    task.setAssignee(null);
    task.setDueDate(dueDate);
    commandContext.getProcessEngineConfiguration().getTaskService().saveTask(task);
    return Optional.of(new Moved(task.getId(), previousGroups, previousAssignee));
  }
}
