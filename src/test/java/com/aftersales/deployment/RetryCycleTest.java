package com.aftersales.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.repair.RepairProcess;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every asynchronous step of every deployed flow (mails, ledger rows, records) retries on its own schedule instead of
 * the engine's default of three immediate attempts: the engine reads the cycle only from the
 * {@code <camunda:failedJobRetryTimeCycle>} extension element (what Modeler writes), never from an attribute.
 */
@SpringBootTest
@ActiveProfiles("test")
class RetryCycleTest {

  @Autowired RepositoryService repositoryService;

  @Test
  void everyAsynchronousStepHasItsRetryCycle() {
    List<String> asyncSteps = new ArrayList<>();
    List<String> withoutCycle = new ArrayList<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      if (!definition.getResourceName().replace('\\', '/').contains("processes/")) {
        continue; // models that other tests deploy for themselves
      }
      ProcessDefinitionEntity process =
          (ProcessDefinitionEntity) repositoryService.getProcessDefinition(definition.getId());
      collect(process, definition.getKey(), asyncSteps, withoutCycle);
    }
    assertThat(asyncSteps).hasSizeGreaterThanOrEqualTo(29).contains(RepairProcess.PROCESS_KEY + "/" + RepairProcess.Elements.SEND_ACKNOWLEDGEMENT);
    assertThat(withoutCycle).isEmpty();
  }

  @Test
  void mailStepsRetryFiveTimesFiveMinutesApart() {
    ProcessDefinitionEntity repair = (ProcessDefinitionEntity) repositoryService.getProcessDefinition(
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(RepairProcess.PROCESS_KEY).latestVersion().singleResult()
            .getId());
    FailedJobRetryConfiguration retry = repair.findActivity(RepairProcess.Elements.SEND_ACKNOWLEDGEMENT).getProperties()
        .get(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION);
    // A literal cycle is parsed at deployment: five retries, five minutes apart (R5/PT5M).
    assertThat(retry.getRetries()).isEqualTo(5);
    assertThat(retry.getRetryIntervals()).containsExactly("R5/PT5M");
  }

  private static void collect(ScopeImpl scope, String key, List<String> async, List<String> withoutCycle) {
    for (ActivityImpl activity : scope.getActivities()) {
      if (activity.isAsyncBefore() || activity.isAsyncAfter()) {
        async.add(key + "/" + activity.getId());
        if (!activity.getProperties().contains(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION)) {
          withoutCycle.add(key + "/" + activity.getId());
        }
      }
      collect(activity, key, async, withoutCycle);
    }
  }
}
