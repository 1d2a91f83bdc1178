package com.aftersales.stock;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Completes the one open task of an instance as a staff member of a group, as Tasklist would. */
public record StaffTasks(TaskService taskService, IdentityService identityService) {

  public void complete(String processInstanceId, String user, String group, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
