package com.aftersales.bench;

import com.aftersales.harness.Answers;
import com.aftersales.harness.Vars;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Real work on one case through the engine's Java API, as its staff would do it (the growth phase and the sample of
 * {@link BigDatabase}): a member of the task's group claims and completes it with the answer its form submits.
 */
final class CaseWalker {

  private final IdentityService identityService;
  /** kind, sample: a failure is counted by the caller */
  private final BiConsumer<String, String> error;

  CaseWalker(IdentityService identityService, BiConsumer<String, String> error) {
    this.identityService = identityService;
    this.error = error;
  }

  /**
   * Works on one case for up to {@code steps} user tasks, as its staff would: the open task is completed with the
   * answer its form would submit; an asynchronous step (mail, acknowledgement) is waited for, the 24-hour follow-up
   * timer made due (time passing, as in phase 1). Returns when the case has ended or the steps are done.
   */
  void advance(TaskService tasks, RuntimeService runtime, ManagementService management, String pid, int steps) {
    for (int step = 0; step < steps; step++) {
      Task task = null;
      for (int wait = 0; wait < 300 && task == null; wait++) {
        // the case's own tasks and those of its call activities (parts approval)
        List<String> instances = new ArrayList<>(List.of(pid));
        runtime.createProcessInstanceQuery().superProcessInstanceId(pid).list().forEach(p -> instances.add(p.getId()));
        List<Task> open = tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).listPage(0, 1);
        if (!open.isEmpty()) {
          task = open.get(0);
        } else if (runtime.createProcessInstanceQuery().processInstanceId(pid).count() == 0) {
          return; // the case has ended
        } else {
          Date now = new Date();
          management.createJobQuery().processInstanceId(pid).timers().activityId("Timer_FollowUpDue")
              .duedateHigherThan(now).list().forEach(job -> management.setJobDuedate(job.getId(), now));
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
      if (task == null) {
        error.accept("growth: case waits without a task", pid);
        return;
      }
      Vars answer = Synthetic.answer(task.getTaskDefinitionKey());
      if (answer == null) {
        error.accept("growth: no answer for " + task.getTaskDefinitionKey(), pid);
        return;
      }
      String[] amountDue = Answers.AMOUNT_DUE.get(task.getTaskDefinitionKey());
      if (amountDue != null) {
        Object due = tasks.getVariable(task.getId(), amountDue[1]); // as the form shows it (yuan, text or number)
        answer.l(amountDue[0], due == null ? 0 : new java.math.BigDecimal(due.toString()).setScale(0,
            java.math.RoundingMode.CEILING).longValueExact());
      }
      String taskId = task.getId();
      Answers.raiseToFloor(task.getTaskDefinitionKey(), answer, name -> tasks.getVariable(taskId, name));
      // a member of the task's group claims and completes it, signed in: the history gets its audit trail and
      // the steps that record who handled them (the exchange ledger) find the person
      String group = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).findFirst().orElse("customer-service");
      String user = ModeRun.GROUP.entrySet().stream().filter(e -> e.getValue().equals(group)).map(Map.Entry::getKey)
          .findFirst().orElse("mary");
      IdentityService identity = identityService;
      identity.setAuthentication(user, List.of(group));
      try {
        if (task.getAssignee() == null) {
          tasks.claim(task.getId(), user);
        }
        tasks.complete(task.getId(), answer.plain());
      } finally {
        identity.clearAuthentication();
      }
    }
  }

}
