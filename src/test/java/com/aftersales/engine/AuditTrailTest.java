package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The history level the application runs keeps the audit trail: who did what on a task (user operation log) and
 * every decision with its inputs (decision history). Both were dropped by audit-lean before issue #21.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditTrailTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired DecisionService decisionService;

  private String taskId;

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    if (taskId != null) {
      taskService.deleteTask(taskId, true);
    }
  }

  @Test
  @DisplayName("the application's history level is audit-lean")
  void applicationRunsAuditLean() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel().getName())
        .isEqualTo(LeanAuditHistoryLevel.NAME);
  }

  @Test
  @DisplayName("who claimed, reassigned and completed a task is in the user operation log")
  void claimAndCompletionAreLogged() {
    Task task = taskService.newTask();
    task.setName("回访客户");
    taskService.saveTask(task);
    taskId = task.getId();

    identityService.setAuthentication("admin", List.of("camunda-admin"));
    taskService.claim(taskId, "admin");
    taskService.setAssignee(taskId, "mary");
    taskService.complete(taskId);
    identityService.clearAuthentication();

    List<UserOperationLogEntry> entries = historyService.createUserOperationLogQuery().taskId(taskId).list();
    assertThat(entries).extracting(UserOperationLogEntry::getOperationType)
        .contains(UserOperationLogEntry.OPERATION_TYPE_CLAIM, UserOperationLogEntry.OPERATION_TYPE_ASSIGN,
            UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
    assertThat(entries).extracting(UserOperationLogEntry::getUserId).containsOnly("admin");
  }

  @Test
  @DisplayName("a decision evaluated by a case is in the decision history with its inputs and outputs")
  void decisionsAreKept() {
    long before = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("parts-lead-time").count();

    decisionService.evaluateDecisionTableByKey("parts-lead-time").variables(Map.of("partCategory", "hardware")).evaluate();

    List<HistoricDecisionInstance> decisions = historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("parts-lead-time").includeInputs().includeOutputs().orderByEvaluationTime().desc().list();
    assertThat(decisions).hasSize((int) before + 1);
    assertThat(decisions.get(0).getInputs()).extracting(input -> input.getValue()).contains("hardware");
    assertThat(decisions.get(0).getOutputs()).isNotEmpty();
  }
}
