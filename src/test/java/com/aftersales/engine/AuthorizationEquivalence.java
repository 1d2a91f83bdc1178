package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;

/**
 * Random grants (and revokes, which both must ignore with revoke checks off) for a user and two groups of its own,
 * then the same permission checks answered by Camunda's statement and by {@link StaticAuthorizationCheck}.
 */
final class AuthorizationEquivalence {

  record Outcome(int authorized, int refused) {}

  private static final Permission[] TASK_PERMISSIONS =
      {TaskPermissions.TASK_WORK, Permissions.UPDATE, Permissions.READ, Permissions.ALL};
  private static final Permission[] DEFINITION_PERMISSIONS =
      {ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.UPDATE_TASK, Permissions.READ, Permissions.ALL};

  private AuthorizationEquivalence() {}

  /**
   * @param globalGrantsOnEverything also create grants for everybody on {@code *}; only where no other test shares
   *     the database
   */
  static Outcome compare(ProcessEngine engine, long seed, int scenarios, boolean globalGrantsOnEverything) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getAuthorizationCheckRevokes()).isEqualToIgnoringCase("never");
    StaticAuthorizationCheck check =
        StaticAuthorizationCheck.forDatabase(configuration.getDatabaseType(), configuration.getDatabaseTablePrefix());
    assertThat(check).as("static checks for " + configuration.getDatabaseType()).isNotNull();
    AuthorizationService authorizations = engine.getAuthorizationService();
    Random random = new Random(seed);
    String run = UUID.randomUUID().toString().substring(0, 8);
    String user = "user-" + run;
    List<String> groups = List.of("group-a-" + run, "group-b-" + run);
    int authorized = 0;
    int refused = 0;
    for (int scenario = 0; scenario < scenarios; scenario++) {
      String taskId = "task-" + run + "-" + scenario;
      String definitionKey = "process-" + run + "-" + scenario;
      List<String> created = new ArrayList<>();
      Set<String> keys = new HashSet<>();
      int grants = random.nextInt(5);
      for (int g = 0; g < grants; g++) {
        boolean task = random.nextBoolean();
        Resource resource = task ? Resources.TASK : Resources.PROCESS_DEFINITION;
        String[] ids = task ? new String[] {taskId, "*", "other-task"} : new String[] {definitionKey, "*", "other-process"};
        String resourceId = ids[random.nextInt(ids.length)];
        int kind = random.nextInt(10); // 0 global, 1 revoke, else grant
        int type = kind == 0 ? Authorization.AUTH_TYPE_GLOBAL
            : kind == 1 ? Authorization.AUTH_TYPE_REVOKE : Authorization.AUTH_TYPE_GRANT;
        if (type == Authorization.AUTH_TYPE_GLOBAL && "*".equals(resourceId) && !globalGrantsOnEverything) {
          continue;
        }
        String holder = type == Authorization.AUTH_TYPE_GLOBAL ? "*"
            : random.nextInt(3) == 0 ? "u:" + user : "g:" + groups.get(random.nextInt(groups.size()));
        if (!keys.add(holder + "|" + type + "|" + resource.resourceType() + "|" + resourceId)) {
          continue; // one authorization per holder, type and resource
        }
        Authorization authorization = authorizations.createNewAuthorization(type);
        if (holder.startsWith("u:")) {
          authorization.setUserId(user);
        } else if (holder.startsWith("g:")) {
          authorization.setGroupId(holder.substring(2));
        }
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        Permission[] permissions = task ? TASK_PERMISSIONS : DEFINITION_PERMISSIONS;
        authorization.addPermission(permissions[random.nextInt(permissions.length)]);
        if (random.nextBoolean()) {
          authorization.addPermission(permissions[random.nextInt(permissions.length)]);
        }
        created.add(authorizations.saveAuthorization(authorization).getId());
      }
      List<List<String>> memberships = List.of(List.of(), List.of(groups.get(0)), groups);
      for (List<String> memberOf : memberships) {
        // the builder asks the command's authorization manager which permissions are switched off
        List<CompositePermissionCheck> composites =
            configuration.getCommandExecutorTxRequired().execute(context -> checks(taskId, definitionKey));
        for (CompositePermissionCheck composite : composites) {
          boolean camunda = configuration.getCommandExecutorTxRequired().execute(context ->
              new AuthorizationTuning.Manager(true, null).isAuthorized(user, memberOf, composite));
          boolean fast = configuration.getCommandExecutorTxRequired().execute(context ->
              new AuthorizationTuning.Manager(true, check).isAuthorized(user, memberOf, composite));
          assertThat(fast).as("scenario %d, groups %s, checks %s", scenario, memberOf, describe(composite))
              .isEqualTo(camunda);
          if (camunda) {
            authorized++;
          } else {
            refused++;
          }
        }
        PermissionCheck single = single(Resources.TASK, taskId, Permissions.READ);
        boolean camunda = configuration.getCommandExecutorTxRequired().execute(context ->
            new AuthorizationTuning.Manager(true, null).isAuthorized(user, memberOf, single));
        boolean fast = configuration.getCommandExecutorTxRequired().execute(context ->
            new AuthorizationTuning.Manager(true, check).isAuthorized(user, memberOf, single));
        assertThat(fast).as("scenario %d, groups %s, single READ on the task", scenario, memberOf).isEqualTo(camunda);
      }
      created.forEach(authorizations::deleteAuthorization);
    }
    return new Outcome(authorized, refused);
  }

  /** The engine's task-work check (claim, complete) as AuthorizationCommandChecker builds it, and a few more. */
  private static List<CompositePermissionCheck> checks(String taskId, String definitionKey) {
    CompositePermissionCheck taskWork = new PermissionCheckBuilder().disjunctive()
        .atomicCheckForResourceId(Resources.TASK, taskId, TaskPermissions.TASK_WORK)
        .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, definitionKey, ProcessDefinitionPermissions.TASK_WORK)
        .atomicCheckForResourceId(Resources.TASK, taskId, Permissions.UPDATE)
        .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, definitionKey, ProcessDefinitionPermissions.UPDATE_TASK)
        .build();
    CompositePermissionCheck readTask = new PermissionCheckBuilder().disjunctive()
        .atomicCheckForResourceId(Resources.TASK, taskId, Permissions.READ)
        .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, definitionKey, ProcessDefinitionPermissions.READ_TASK)
        .build();
    CompositePermissionCheck anyDefinition = new PermissionCheckBuilder().disjunctive()
        .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, null, ProcessDefinitionPermissions.UPDATE_TASK)
        .build();
    return List.of(taskWork, readTask, anyDefinition);
  }

  private static PermissionCheck single(Resource resource, String resourceId, Permission permission) {
    PermissionCheck check = new PermissionCheck();
    check.setResource(resource);
    check.setResourceId(resourceId);
    check.setPermission(permission);
    return check;
  }

  private static String describe(CompositePermissionCheck composite) {
    StringBuilder text = new StringBuilder();
    for (PermissionCheck check : composite.getAtomicChecks()) {
      text.append(check.getPermission().getName()).append(" on ").append(check.getResource().resourceName())
          .append(' ').append(check.getResourceId()).append("; ");
    }
    return text.toString();
  }
}
