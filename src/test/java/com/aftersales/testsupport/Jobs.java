package com.aftersales.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Tests run with the job executor off: they execute a case's due jobs themselves (mails, async steps, timers
 * the test moved the clock past). The one job loop of the process tests.
 */
public final class Jobs {

  private Jobs() {}

  /**
   * Executes the instance's due jobs, and the jobs those create, one at a time (a job may remove the others, as
   * an interrupting timer does) until none is due, at most 100.
   */
  public static void runDue(ManagementService managementService, String processInstanceId) {
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      managementService.executeJob(jobs.get(0).getId());
    }
  }

  /**
   * Executes the due jobs of every instance working the case (the flow and the flows it calls share the case
   * number as business key) until none is due; a timer that keeps becoming due fails the test.
   */
  public static void runDueOfCase(RuntimeService runtimeService, ManagementService managementService, String caseNumber) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
          .stream().flatMap(pi -> managementService.createJobQuery().processInstanceId(pi.getId()).executable()
              .list().stream()).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep becoming due in case " + caseNumber + ": a timer loop?");
  }

  /** Executes the instance's job waiting at that activity (an async step, a timer); fails when there is none. */
  public static void executeAt(ManagementService managementService, String processInstanceId, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
        .singleResult();
    assertThat(job).as("job of %s", activityId).isNotNull();
    managementService.executeJob(job.getId());
  }
}
