package com.aftersales.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;

/**
 * Camunda's database identity provider, with two additions at the one place every identity write passes
 * (whichever API, command or node it comes from): a user's profile is checked before it is stored
 * ({@link UserProfilePolicy}), and every change that took place raises the {@link IdentityGeneration} in the
 * same transaction, so remembered logins and groups on all nodes stop being used. Camunda gives every user ALL on
 * their own user, which includes deleting it: only a camunda-admin may delete the account they are signed in with
 * (staff would otherwise remove themselves, and their history's owner, at a click). Password checks themselves
 * (including the engine's failed-attempt bookkeeping) do not raise it: a stream of wrong passwords must not empty
 * every node's cache.
 */
public class GuardedIdentityProvider extends DbIdentityServiceProvider {

  @Override
  public IdentityOperationResult saveUser(User user) {
    UserProfilePolicy.check(user);
    return raised(super.saveUser(user));
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    Authentication current = Context.getCommandContext().getAuthentication();
    if (current != null && userId != null && userId.equals(current.getUserId())
        && (current.getGroupIds() == null || !current.getGroupIds().contains(Groups.CAMUNDA_ADMIN))) {
      throw new AuthorizationException(userId, Permissions.DELETE.getName(), Resources.USER.resourceName(), userId);
    }
    return raised(super.deleteUser(userId));
  }

  @Override
  public IdentityOperationResult unlockUser(String userId) {
    return raised(super.unlockUser(userId));
  }

  @Override
  public IdentityOperationResult saveGroup(Group group) {
    return raised(super.saveGroup(group));
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    return raised(super.deleteGroup(groupId));
  }

  @Override
  public IdentityOperationResult saveTenant(Tenant tenant) {
    return raised(super.saveTenant(tenant));
  }

  @Override
  public IdentityOperationResult deleteTenant(String tenantId) {
    return raised(super.deleteTenant(tenantId));
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    return raised(super.createMembership(userId, groupId));
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    return raised(super.deleteMembership(userId, groupId));
  }

  @Override
  public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
    return raised(super.createTenantUserMembership(tenantId, userId));
  }

  @Override
  public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
    return raised(super.createTenantGroupMembership(tenantId, groupId));
  }

  @Override
  public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
    return raised(super.deleteTenantUserMembership(tenantId, userId));
  }

  @Override
  public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
    return raised(super.deleteTenantGroupMembership(tenantId, groupId));
  }

  private static IdentityOperationResult raised(IdentityOperationResult result) {
    if (result == null || !IdentityOperationResult.OPERATION_NONE.equals(result.getOperation())) {
      IdentityGeneration.raiseInCurrentCommand();
    }
    return result;
  }
}
