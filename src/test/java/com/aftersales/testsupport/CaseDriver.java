package com.aftersales.testsupport;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one process instance of a case as a test does: its open task by definition key, completing it and running
 * what falls due afterwards (mail steps, async continuations, linked cases), moving the engine clock on to fire its
 * timers. The flows' case starters ({@code ServiceTypeCases}, {@code ComplaintCases}) extend it with their start.
 */
public class CaseDriver {

  protected final TaskService taskService;
  protected final ManagementService managementService;

  protected CaseDriver(TaskService taskService, ManagementService managementService) {
    this.taskService = taskService;
    this.managementService = managementService;
  }

  /** The instance's open task of that definition key, or null. */
  public Task task(ProcessInstance instance, String taskDefinitionKey) {
    return Tasks.open(taskService, instance.getId(), taskDefinitionKey);
  }

  /** Completes the open task and runs whatever jobs are due afterwards; no such task fails the test. */
  public void complete(ProcessInstance instance, String taskDefinitionKey, Map<String, Object> variables) {
    Task task = task(instance, taskDefinitionKey);
    if (task == null) {
      throw new AssertionError("No open task " + taskDefinitionKey + " in " + instance.getBusinessKey());
    }
    taskService.complete(task.getId(), variables);
    runDueJobs(instance);
  }

  /** Moves the engine clock and runs every job then due (timers included), until none is left. */
  public void advanceTo(Instant instant, ProcessInstance instance) {
    EngineClock.set(instant);
    runDueJobs(instance);
  }

  public void runDueJobs(ProcessInstance instance) {
    Jobs.runDue(managementService, instance.getId());
  }

  /** Variables from name, value pairs; a value may be null. */
  public static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
