package com.aftersales.engine;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks, made cheaper where that keeps their answers (docs/performance.md, rows 17
 * and 28 of the tuning table).
 *
 * <ul>
 *   <li>{@code aftersales.tuning.unfiltered-authorization-groups} (on unless false): check with the user's groups
 *       as they are. Before its first check in a command, Camunda runs {@code SELECT DISTINCT GROUP_ID_ FROM
 *       ACT_RU_AUTHORIZATION} and drops the user's groups that hold no grant, which keeps the checks short for
 *       directory users with hundreds of groups. Every open task holds grants, so the statement read the whole
 *       table on every REST call. Our staff belong to one or two groups; a group without grants matches nothing,
 *       so the answers are the same.
 *   <li>{@code aftersales.tuning.static-authorization-checks} (on unless false): answer a command's permission
 *       check (claim, complete, read a task ...) with {@link StaticAuthorizationCheck} instead of Camunda's
 *       statement that MyBatis builds anew for every call. Only while revoke checks are off, as they are here.
 * </ul>
 */
@Component
public class AuthorizationTuning extends AbstractProcessEnginePlugin {

  private final boolean unfilteredGroups;
  private final boolean staticChecks;
  private Factory factory;

  public AuthorizationTuning(
      @Value("${aftersales.tuning.unfiltered-authorization-groups:true}") boolean unfilteredGroups,
      @Value("${aftersales.tuning.static-authorization-checks:true}") boolean staticChecks) {
    this.unfilteredGroups = unfilteredGroups;
    this.staticChecks = staticChecks;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!unfilteredGroups && !staticChecks) {
      return;
    }
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    factory = new Factory(unfilteredGroups);
    configuration.getCustomSessionFactories().add(factory);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // the database type is known once the engine has looked at its data source
    if (factory != null && staticChecks) {
      factory.staticCheck =
          StaticAuthorizationCheck.forDatabase(configuration.getDatabaseType(), configuration.getDatabaseTablePrefix());
    }
  }

  /** Replaces the engine's factory for {@link AuthorizationManager} (session factories are keyed by type). */
  static final class Factory implements SessionFactory {
    private final boolean unfilteredGroups;
    private volatile StaticAuthorizationCheck staticCheck;

    Factory(boolean unfilteredGroups) {
      this.unfilteredGroups = unfilteredGroups;
    }

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new Manager(unfilteredGroups, staticCheck);
    }

    boolean staticChecks() {
      return staticCheck != null;
    }
  }

  static final class Manager extends AuthorizationManager {
    private final boolean unfilteredGroups;
    private final StaticAuthorizationCheck staticCheck;

    Manager(boolean unfilteredGroups, StaticAuthorizationCheck staticCheck) {
      this.unfilteredGroups = unfilteredGroups;
      this.staticCheck = staticCheck;
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (!unfilteredGroups) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
      if (!StaticAuthorizationCheck.supports(check) || !staticApplies(userId, groupIds, check.getAtomicChecks())) {
        return super.isAuthorized(userId, groupIds, check); // also throws for a permission of another resource
      }
      return runStatic(userId, groupIds, check.getAtomicChecks());
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
      if (!isAuthorizationEnabled() || !staticApplies(userId, groupIds, List.of(check))) {
        return super.isAuthorized(userId, groupIds, check);
      }
      return runStatic(userId, groupIds, List.of(check));
    }

    /** Whether the static statement answers these checks as Camunda's would; otherwise Camunda's path decides. */
    private boolean staticApplies(String userId, List<String> groupIds, List<PermissionCheck> checks) {
      return staticCheck != null
          && checks.stream().allMatch(c -> StaticAuthorizationCheck.supports(c) && isResourceValidForPermission(c))
          && !isRevokeAuthCheckEnabled(userId, groupIds);
    }

    private boolean runStatic(String userId, List<String> groupIds, List<PermissionCheck> checks) {
      try {
        return staticCheck.isAuthorized(getDbSqlSession().getSqlSession().getConnection(), userId,
            filterAuthenticatedGroupIds(groupIds), checks);
      } catch (SQLException e) {
        throw new ProcessEngineException("Authorization check failed for user " + userId, e);
      }
    }
  }
}
