package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.tasklist.ListCriteriaFilterService;
import com.aftersales.security.deployment.DeploymentGuard;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.spring.boot.starter.event.PublishDelegateParseListener;
import org.camunda.bpm.spring.boot.starter.event.PublishHistoryEventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine runs with the settings application.yml asks for. The starter applies some of its own defaults after
 * the generic properties, so a setting in the wrong place is silently overridden: this once left the revoke lookup
 * (one query before every authorized command) switched on.
 */
@SpringBootTest
@ActiveProfiles("test")
class EngineSettingsTest {

  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  void theTuningOfApplicationYmlReachesTheEngine() {
    assertThat(configuration.getAuthorizationCheckRevokes())
        .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isTaskMetricsEnabled()).isFalse();
    assertThat(configuration.isJdbcBatchProcessing()).isTrue();
    assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
    assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo(LeanAuditHistoryLevel.NAME);
    assertThat(configuration.getHistoryCleanupStrategy())
        .isEqualTo(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_END_TIME_BASED);
    assertThat(configuration.getHistoryRemovalTimeStrategy())
        .isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_NONE);
    // rows 17 and 28: the user's groups as they are, permission checks with the statement built once per shape
    assertThat(configuration.getSessionFactories().get(AuthorizationManager.class)).isInstanceOfSatisfying(
        AuthorizationTuning.Factory.class, factory -> assertThat(factory.staticChecks()).isTrue());
    // row 29: no Spring event per execution, task and history event
    assertThat(configuration.getCustomPostBPMNParseListeners()).noneMatch(PublishDelegateParseListener.class::isInstance);
    assertThat(configuration.getCustomHistoryEventHandlers()).noneMatch(PublishHistoryEventHandler.class::isInstance);
    // security: no JUEL in saved filters or ad-hoc queries; every new deployment passes the guard first
    assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
    assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(configuration.getFilterService()).isInstanceOf(ListCriteriaFilterService.class);
    assertThat(configuration.getDeployers().get(0)).isInstanceOf(DeploymentGuard.class);
  }
}
