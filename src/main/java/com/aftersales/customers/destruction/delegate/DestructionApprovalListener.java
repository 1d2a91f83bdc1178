package com.aftersales.customers.destruction.delegate;

import com.aftersales.customers.destruction.ApprovalStep;
import com.aftersales.customers.destruction.ArchiveDestructions;
import com.aftersales.customers.destruction.DestructionProcess.Vars;
import com.aftersales.variables.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On completing one of the three approval tasks: checks the decision (approved or rejected, a rejection with its
 * reason, no one approving two steps) and records who decided when. Bad input refuses the task (400) with nothing
 * written.
 */
@Component("destructionApprovalListener")
public class DestructionApprovalListener implements TaskListener {

  private final ArchiveDestructions destructions;

  public DestructionApprovalListener(ArchiveDestructions destructions) {
    this.destructions = destructions;
  }

  @Override
  public void notify(DelegateTask task) {
    ApprovalStep step = ApprovalStep.forTask(task.getTaskDefinitionKey())
        .orElseThrow(() -> new IllegalStateException("No approval step for task " + task.getTaskDefinitionKey()));
    Object decision = task.getVariable(step.decisionVariable());
    Object comment = task.getVariable(step.commentVariable());
    destructions.decide(((Number) task.getVariable(Vars.DESTRUCTION_ID)).longValue(), step,
        decision instanceof String s ? s : null, comment instanceof String c ? c : null,
        CurrentUser.completing(task), ClockUtil.getCurrentTime().toInstant());
  }
}
