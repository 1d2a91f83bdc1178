package com.aftersales.flows;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Starts the service-type flows (consultation, installation, maintenance, emergency) the way intake does, with the
 * 24-hour response commitment, and drives them: tasks, due jobs, the engine clock.
 */
public final class ServiceTypeCases {

  public static final Duration RESPONSE_COMMITMENT = Duration.ofHours(24);

  private final CaseService cases;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  public ServiceTypeCases(
      CaseService cases, RuntimeService runtimeService, TaskService taskService, ManagementService managementService) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  /** Opens a case of the type and starts its flow (key = type) at the engine clock's time; runs the due jobs. */
  public ProcessInstance start(String type, String description) {
    return start(type, description, RESPONSE_COMMITMENT);
  }

  /** As {@link #start(String, String)} with the type's own response commitment (emergency: one hour). */
  public ProcessInstance start(String type, String description, Duration responseCommitment) {
    ServiceCase c = cases.open(new NewCase(type, "phone", "Li Lei", "13800138000", "li.lei@example.com",
        "Shanghai, Nanjing Road 1", "CP-3000", "SN-" + System.nanoTime(), LocalDate.parse("2030-06-01"), true,
        description, null));
    Map<String, Object> v = CaseVariables.of(c,
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(responseCommitment)));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(type, c.caseNumber(), v);
    cases.attachProcessInstance(c.caseNumber(), instance.getId());
    runDueJobs(instance);
    return instance;
  }

  public Task task(ProcessInstance instance, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  /** Completes the open task and runs whatever jobs are due afterwards (mail steps). */
  public void complete(ProcessInstance instance, String taskDefinitionKey, Map<String, Object> variables) {
    Task task = task(instance, taskDefinitionKey);
    if (task == null) {
      throw new AssertionError("No open task " + taskDefinitionKey + " in " + instance.getBusinessKey());
    }
    taskService.complete(task.getId(), variables);
    runDueJobs(instance);
  }

  /** Moves the engine clock and runs every job then due (timers included). */
  public void advanceTo(Instant instant, ProcessInstance instance) {
    ClockUtil.setCurrentTime(Date.from(instant));
    runDueJobs(instance);
  }

  public void runDueJobs(ProcessInstance instance) {
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      managementService.executeJob(jobs.get(0).getId());
    }
    throw new AssertionError("Jobs keep coming in " + instance.getBusinessKey());
  }

  public static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
