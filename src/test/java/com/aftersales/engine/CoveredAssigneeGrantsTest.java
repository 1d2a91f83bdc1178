package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.testsupport.StandaloneEngines;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoveredAssigneeGrantsTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = StandaloneEngines.build("covered-assignee-grants", configuration -> {
      configuration.setAuthorizationEnabled(true);
      configuration.getProcessEnginePlugins().add(new CoveredAssigneeGrants());
    });
    engine.getRepositoryService().createDeployment().addModelInstance("grants.bpmn",
        Bpmn.createExecutableProcess("grants").camundaHistoryTimeToLive(180).startEvent()
            .userTask("Task_Handle").camundaCandidateGroups("customer-service").endEvent().done()).deploy();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void aGroupMemberWhoClaimsGetsNoGrantOfTheirOwnAndCanStillWorkTheTask() {
    Task task = newTask();
    as("mary", "customer-service");
    engine.getTaskService().claim(task.getId(), "mary");
    assertThat(userGrants(task)).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskAssignee("mary").taskId(task.getId()).count())
        .isEqualTo(1);
    engine.getTaskService().complete(task.getId());
    engine.getIdentityService().clearAuthentication();
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  @DisplayName("someone who claimed a task in their group and then leaves the group no longer sees it (stock Camunda: they would)")
  void aClaimantWhoLeavesTheGroupLosesTheTask() {
    Task task = newTask();
    as("mary", "customer-service");
    engine.getTaskService().claim(task.getId(), "mary");
    as("mary", "sales-office"); // moved to another department
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId()))
        .isInstanceOf(AuthorizationException.class);
    engine.getIdentityService().clearAuthentication();
    assertThat(engine.getTaskService().createTaskQuery().taskAssignee("mary").taskId(task.getId()).count())
        .as("still assigned to her, for a manager to reassign").isEqualTo(1);
  }

  @Test
  void someoneAssignedByAManagerGetsTheirGrant() {
    Task task = newTask();
    engine.getTaskService().setAssignee(task.getId(), "eric"); // no authenticated user: the engine itself
    assertThat(userGrants(task)).extracting(Authorization::getUserId).containsExactly("eric");
    as("eric", "engineers");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    engine.getTaskService().complete(task.getId());
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void someoneOutsideTheCandidateGroupStillCannotClaim() {
    Task task = newTask();
    as("paul", "planning");
    assertThatThrownBy(() -> engine.getTaskService().claim(task.getId(), "paul"))
        .isInstanceOf(AuthorizationException.class);
    engine.getIdentityService().clearAuthentication();
    assertThat(userGrants(task)).isEmpty();
  }

  private static Task newTask() {
    engine.getIdentityService().clearAuthentication();
    String pid = engine.getRuntimeService().startProcessInstanceByKey("grants").getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
  }

  private static void as(String user, String group) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
  }

  private static List<Authorization> userGrants(Task task) {
    String current = engine.getIdentityService().getCurrentAuthentication() == null ? null
        : engine.getIdentityService().getCurrentAuthentication().getUserId();
    List<String> groups = current == null ? null
        : engine.getIdentityService().getCurrentAuthentication().getGroupIds();
    engine.getIdentityService().clearAuthentication();
    try {
      return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
          .resourceId(task.getId()).list().stream().filter(a -> a.getUserId() != null).toList();
    } finally {
      if (current != null) {
        engine.getIdentityService().setAuthentication(current, groups);
      }
    }
  }
}
