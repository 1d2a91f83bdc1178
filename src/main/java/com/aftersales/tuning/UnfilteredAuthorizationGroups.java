package com.aftersales.tuning;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Checks authorizations with the user's groups as they are, without first reading every group that has an
 * authorization.
 *
 * <p>Before its first authorization check in a command, Camunda runs {@code SELECT DISTINCT GROUP_ID_ FROM
 * ACT_RU_AUTHORIZATION} and drops the user's groups that hold no grant, which keeps the checks short for directory
 * users with hundreds of groups. Every open task holds grants, so the statement reads the whole table on every
 * REST call: 0.3 ms at 3,000 open tasks, tens of milliseconds at 100,000 (docs/performance.md). Our staff belong
 * to one or two groups; a group without grants in the check matches nothing, so the answers are the same.
 * Property {@code aftersales.tuning.unfiltered-authorization-groups}: on unless set to false.
 */
@Component
@ConditionalOnProperty(prefix = "aftersales.tuning", name = "unfiltered-authorization-groups", matchIfMissing = true)
public class UnfilteredAuthorizationGroups extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new Factory());
  }

  /** Replaces the engine's factory for {@link AuthorizationManager} (session factories are keyed by type). */
  static final class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new Manager();
    }
  }

  static final class Manager extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
    }
  }
}
