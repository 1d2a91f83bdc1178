package com.aftersales.engine;

import com.aftersales.mail.MailStepVariables;
import com.aftersales.flows.complaint.EscalationBookkeeping;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.StandaloneEngines;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With the cleanup by end time and no removal times (application.yml), a case's history still goes once its time
 * to live has passed after it ended, and never while it runs.
 */
class HistoryCleanupByEndTimeTest {

  private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("kept")
      .camundaHistoryTimeToLive(180)
      .startEvent("StartEvent_Received")
      .userTask("Task_Handle")
      .endEvent("EndEvent_Done")
      .done();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anEndedCasesHistoryGoesAfterItsTimeToLiveAndARunningCasesStays() {
    ProcessEngine engine = StandaloneEngines.build("cleanup-by-end-time", configuration -> {
      configuration.setHistory(LeanAuditHistoryLevel.NAME);
      configuration.getProcessEnginePlugins().add(new LeanAuditHistoryRegistration(List.of(new MailStepVariables(), new EscalationBookkeeping())));
      configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_END_TIME_BASED);
      configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_NONE);
    });
    try {
      Instant start = Instant.parse("2026-01-05T08:00:00Z");
      ClockUtil.setCurrentTime(Date.from(start));
      engine.getRepositoryService().createDeployment().addModelInstance("kept.bpmn", MODEL).deploy();
      String ended = engine.getRuntimeService().startProcessInstanceByKey("kept", Map.of("customerName", "Li Wei"))
          .getId();
      String running = engine.getRuntimeService()
          .startProcessInstanceByKey("kept", Map.of("customerName", "Wang Fang")).getId();
      engine.getTaskService().complete(
          engine.getTaskService().createTaskQuery().processInstanceId(ended).singleResult().getId());
      HistoryService history = engine.getHistoryService();
      // nothing stamped when the case ended
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(ended).singleResult()
          .getRemovalTime()).isNull();

      // a day short of the time to live: everything stays
      ClockUtil.setCurrentTime(Date.from(start.plus(179, ChronoUnit.DAYS)));
      cleanUp(engine);
      assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(2);

      ClockUtil.setCurrentTime(Date.from(start.plus(181, ChronoUnit.DAYS)));
      cleanUp(engine);
      assertThat(history.createHistoricProcessInstanceQuery().list())
          .extracting(HistoricProcessInstance::getId).containsExactly(running);
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(ended).count()).isZero();
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(ended).count()).isZero();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(running).count()).isEqualTo(1);
    } finally {
      engine.close();
    }
  }

  private static void cleanUp(ProcessEngine engine) {
    Job job = engine.getHistoryService().cleanUpHistoryAsync(true);
    engine.getManagementService().executeJob(job.getId());
  }
}
