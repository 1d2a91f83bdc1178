package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.testsupport.StandaloneEngines;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthorizationTuningTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = StandaloneEngines.build("authorization-tuning", configuration -> {
      configuration.setAuthorizationEnabled(true);
      configuration.setAuthorizationCheckRevokes("never");
      configuration.getProcessEnginePlugins().add(new AuthorizationTuning(true, true));
    });
    engine.getRepositoryService().createDeployment().addModelInstance("groups.bpmn",
        Bpmn.createExecutableProcess("groups").camundaHistoryTimeToLive(180).startEvent()
            .userTask("Task_Handle").camundaCandidateGroups("customer-service").endEvent().done()).deploy();
    engine.getRuntimeService().startProcessInstanceByKey("groups");
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void theEngineUsesTheTunedManagerWithStaticChecksOnH2() {
    var factories = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSessionFactories();
    assertThat(factories.get(AuthorizationManager.class)).isInstanceOfSatisfying(AuthorizationTuning.Factory.class,
        factory -> assertThat(factory.staticChecks()).isTrue());
  }

  @Test
  void aGroupWithGrantsStillSeesItsTaskBesideAGroupWithout() {
    engine.getIdentityService().setAuthentication("mary", List.of("no-grants-at-all", "customer-service"));
    try {
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("customer-service").count()).isEqualTo(1);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void groupsWithoutGrantsSeeNothing() {
    engine.getIdentityService().setAuthentication("paul", List.of("planning", "no-grants-at-all"));
    try {
      assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void aCandidateGroupsMemberMayClaimAndAnOutsiderMayNot() {
    Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_Handle").singleResult();
    // the engine granted the candidate group TASK_WORK on the task when it created it
    try {
      engine.getIdentityService().setAuthentication("paul", List.of("planning"));
      assertThatThrownBy(() -> engine.getTaskService().claim(task.getId(), "paul"))
          .isInstanceOf(AuthorizationException.class).hasMessageContaining("TASK_WORK");
      engine.getIdentityService().setAuthentication("mary", List.of("customer-service"));
      engine.getTaskService().claim(task.getId(), "mary");
      assertThat(engine.getTaskService().createTaskQuery().taskAssignee("mary").count()).isEqualTo(1);
    } finally {
      engine.getIdentityService().clearAuthentication();
      engine.getTaskService().setAssignee(task.getId(), null);
    }
  }

  @Test
  void staticChecksAnswerAsCamundasStatementDoesOverRandomGrants() {
    AuthorizationEquivalence.Outcome outcome = AuthorizationEquivalence.compare(engine, 7L, 150, true);
    // both answers occur often enough for the comparison to mean something
    assertThat(outcome.authorized()).isGreaterThan(100);
    assertThat(outcome.refused()).isGreaterThan(100);
  }

  @Test
  void theStatementIsBuiltOncePerShape() {
    StaticAuthorizationCheck check = StaticAuthorizationCheck.forDatabase("postgres", "");
    assertThat(check.statement(2, 1)).isEqualTo("SELECT CASE WHEN "
        + "EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.RESOURCE_TYPE_ = ? AND A.RESOURCE_ID_ IN (?, '*')"
        + " AND A.PERMS_ & ? = ? AND ((A.TYPE_ = 0 AND A.USER_ID_ = '*') OR (A.TYPE_ = 1 AND (A.USER_ID_ = ?"
        + " OR A.GROUP_ID_ IN (?))))) OR "
        + "EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.RESOURCE_TYPE_ = ? AND A.RESOURCE_ID_ IN (?, '*')"
        + " AND A.PERMS_ & ? = ? AND ((A.TYPE_ = 0 AND A.USER_ID_ = '*') OR (A.TYPE_ = 1 AND (A.USER_ID_ = ?"
        + " OR A.GROUP_ID_ IN (?))))) THEN 1 ELSE 0 END");
    assertThat(StaticAuthorizationCheck.forDatabase("oracle", "")).isNull();
  }
}
