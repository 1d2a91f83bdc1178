package com.aftersales.security;

import com.aftersales.privacy.ContactDataFilter;
import com.aftersales.tasklist.StaffFilters;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * What each group may do in the webapps and the REST API. Task permissions come from the engine:
 * a candidate group gets READ and UPDATE on each task it is candidate for, so staff see and work
 * only their groups' tasks. Nobody but camunda-admin gets the Admin application. Tasklist filters: StaffFilters.
 */
@Component
public class StaffAuthorizations {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final AuthorizationService authorizationService;

  public StaffAuthorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grantAll() {
    for (String group : StaffGroups.staffGroupIds()) {
      grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      // Tasklist shows process names and diagrams. A task's Camunda Form needs no deployment READ:
      // the engine checks READ on the task only (proved by StaffSecurityTest).
      grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
      // Own task lists, as Tasklist lets people save them.
      grant(group, Resources.FILTER, ANY, Permissions.CREATE);
    }

    // Supervisors (service managers, the general manager) watch every case in Cockpit but work (and see in
    // Tasklist) only their own group's tasks, so no READ_TASK on the definitions: open tasks show in Cockpit
    // through history. The general manager's view hides customer contact data (ContactDataFilter).
    for (String supervisors : List.of(StaffGroups.SERVICE_MANAGERS, StaffGroups.GENERAL_MANAGER)) {
      grant(supervisors, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
      grant(
          supervisors,
          Resources.PROCESS_DEFINITION,
          ANY,
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_HISTORY);
      grant(supervisors, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
      grant(supervisors, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
      grant(supervisors, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    }
    // Service managers move running cases to a new model version (REST /migration, see docs/modeler.md).
    grant(StaffGroups.SERVICE_MANAGERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.MIGRATE_INSTANCE);

    // Camunda Modeler deploys with POST /deployment/create; analysts look at the result in Cockpit.
    grant(StaffGroups.ANALYSTS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
    grant(StaffGroups.ANALYSTS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(StaffGroups.ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);

    for (Resources resource : Resources.values()) {
      grant(StaffGroups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
  }

  /** Adds the permissions to the group's grant on the resource, creating the grant if missing. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization =
        authorizationService
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    boolean changed = false;
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      changed = true;
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
