package com.aftersales.testsupport;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * What the process tests ask of an open task and how they complete it, one way for all of them. Assertions on a
 * task (its candidate group, its due date) are camunda-bpm-assert's ({@code assertThat(task).hasCandidateGroup(..)}).
 */
public final class Tasks {

  private Tasks() {}

  /** The groups offered the task (its candidate groups), in the order the engine lists them. */
  public static List<String> candidateGroups(TaskService taskService, Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  /** The instance's open task of that definition key, or null; more than one fails. */
  public static Task open(TaskService taskService, String processInstanceId, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  /** The instance's only open task, or null; more than one fails. */
  public static Task only(TaskService taskService, String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  /**
   * Completes the task as the user, member of the group, as the Tasklist does: authorization checks and the
   * engine's current user see them; the authentication is cleared afterwards whatever happens.
   */
  public static void completeAs(IdentityService identityService, TaskService taskService, Task task, String user,
      String group, Map<String, Object> variables) {
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
