package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.StandaloneEngines;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

class JobDueDatesTest {

  @Test
  void jobsWrittenWithoutDueDateBecomeDueWhenTheSettingIsSwitchedOn() {
    ProcessEngine before = engine(false);
    before.getRepositoryService().createDeployment().addModelInstance("async.bpmn",
        Bpmn.createExecutableProcess("async").camundaHistoryTimeToLive(180).startEvent()
            .serviceTask("Task_Later").camundaAsyncBefore().camundaExpression("${true}").endEvent().done()).deploy();
    String pid = before.getRuntimeService().startProcessInstanceByKey("async").getId();
    assertThat(before.getManagementService().createJobQuery().processInstanceId(pid).singleResult().getDuedate())
        .isNull();
    before.close();

    ProcessEngine after = engine(true);
    try {
      Job job = after.getManagementService().createJobQuery().processInstanceId(pid).singleResult();
      assertThat(job.getDuedate()).isNotNull();
      // due by now: what the job executor's acquisition (due date <= now only) looks for
      assertThat(after.getManagementService().createJobQuery().duedateLowerThan(new java.util.Date(
          System.currentTimeMillis() + 1000)).processInstanceId(pid).count()).isEqualTo(1);
      after.getManagementService().executeJob(job.getId());
      assertThat(after.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
    } finally {
      after.close();
    }
  }

  private static ProcessEngine engine(boolean ensureDueDate) {
    // one database for both engines: the second sees the first one's job
    return StandaloneEngines.build("job-due-dates", configuration -> {
      configuration.setProcessEngineName("job-due-dates-" + ensureDueDate);
      configuration.setDatabaseSchemaUpdate("true");
      configuration.setEnsureJobDueDateNotNull(ensureDueDate);
      configuration.getProcessEnginePlugins().add(new JobDueDates());
    });
  }
}
