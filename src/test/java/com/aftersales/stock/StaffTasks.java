package com.aftersales.stock;

import com.aftersales.testsupport.Tasks;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;

/** Completes the one open task of an instance as a staff member of a group, as Tasklist would. */
public record StaffTasks(TaskService taskService, IdentityService identityService) {

  public void complete(String processInstanceId, String user, String group, Map<String, Object> variables) {
    Tasks.completeAs(identityService, taskService, Tasks.only(taskService, processInstanceId), user, group, variables);
  }
}
