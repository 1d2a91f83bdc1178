package com.aftersales.testsupport;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** What the process tests ask of an open task, one way for all of them. */
public final class Tasks {

  private Tasks() {}

  /** The groups offered the task (its candidate groups), in the order the engine lists them. */
  public static List<String> candidateGroups(TaskService taskService, Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }
}
