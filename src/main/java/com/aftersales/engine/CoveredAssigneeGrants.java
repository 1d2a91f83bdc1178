package com.aftersales.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * No task grant for someone who claims a task their own group already holds.
 *
 * <p>Camunda grants a task to its candidate groups and, on every assignment, to the assignee as well: an
 * authorization row inserted at the claim and deleted with the task. When the person claiming is the assignee and
 * a member of one of the task's candidate groups, the group's grant already gives them exactly the same
 * permissions, so the row only costs two writes per task (docs/performance.md). Assignments by someone else
 * (a manager handing a task to an engineer) and assignments outside the candidate groups still get their grant.
 * Property {@code aftersales.tuning.covered-assignee-grants}: on unless set to false.
 *
 * <p><b>What changes for people (a deliberate difference from stock Camunda).</b> With stock Camunda, whoever
 * claims a task keeps a grant of their own on it, so an engineer who claimed a task and then leaves the group (moved
 * to another team, group membership removed) still sees and may complete the task until it is reassigned. Here the
 * claim within one's own group leaves no grant of its own: the task stays reachable only through the group, so the
 * moment someone leaves the group they lose the tasks they had claimed in it (still assigned to them, invisible to
 * them; a manager of the group reassigns them). This is the access the rulebooks ask for (tasks belong to the
 * department) and {@code CoveredAssigneeGrantsTest} pins it. Set the property to false to restore stock behaviour.
 */
@Component
@ConditionalOnProperty(prefix = "aftersales.tuning", name = "covered-assignee-grants", matchIfMissing = true)
public class CoveredAssigneeGrants extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static final class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      if (newAssignee != null && claimedWithinOwnGroup(task, newAssignee)) {
        return null; // nothing to grant: the engine saves no authorization
      }
      return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }

    static boolean claimedWithinOwnGroup(Task task, String assignee) {
      CommandContext commandContext = Context.getCommandContext();
      Authentication current = commandContext == null ? null : commandContext.getAuthentication();
      if (current == null || !assignee.equals(current.getUserId()) || current.getGroupIds() == null
          || !(task instanceof TaskEntity entity)) {
        return false;
      }
      List<String> groups = current.getGroupIds();
      for (IdentityLinkEntity link : entity.getIdentityLinks()) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
            && groups.contains(link.getGroupId())) {
          return true;
        }
      }
      return false;
    }
  }
}
