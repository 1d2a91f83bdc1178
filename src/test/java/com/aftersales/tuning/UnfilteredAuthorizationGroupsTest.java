package com.aftersales.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.StandaloneEngines;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UnfilteredAuthorizationGroupsTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = StandaloneEngines.build("unfiltered-authorization-groups", configuration -> {
      configuration.setAuthorizationEnabled(true);
      configuration.getProcessEnginePlugins().add(new UnfilteredAuthorizationGroups());
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
  void theEngineUsesTheManagerThatKeepsTheUsersGroups() {
    var factories = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSessionFactories();
    assertThat(factories.get(AuthorizationManager.class)).isInstanceOf(UnfilteredAuthorizationGroups.Factory.class);
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
}
