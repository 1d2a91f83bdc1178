package com.aftersales.testsupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/** Staff the process tests need in the engine's identity store, whether or not the demo users are there. */
public final class Staff {

  private Staff() {}

  /**
   * Makes {@code userId} a member of {@code groupId}, creating either when missing; a user created here has the
   * address {@code userId@aftersales.example}, so mails to the group reach someone.
   */
  public static void member(IdentityService identityService, String groupId, String userId) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identityService.newGroup(groupId);
      group.setName(groupId);
      identityService.saveGroup(group);
    }
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setEmail(userId + "@aftersales.example");
      user.setFirstName(userId);
      user.setLastName("Test");
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }
}
