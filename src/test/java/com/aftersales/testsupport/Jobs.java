package com.aftersales.testsupport;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Tests run with the job executor off: they execute a case's due jobs themselves (mails, async steps). */
public final class Jobs {

  private Jobs() {}

  /** Executes the instance's due jobs, and the jobs those create, until none is due (at most 20 rounds). */
  public static void runDue(ManagementService managementService, String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}
