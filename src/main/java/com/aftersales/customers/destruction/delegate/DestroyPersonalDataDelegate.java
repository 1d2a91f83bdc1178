package com.aftersales.customers.destruction.delegate;

import com.aftersales.customers.destruction.ArchiveDestructions;
import com.aftersales.customers.destruction.DestructionProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_DestroyPersonalData: after the third approval, destroys the archive's personal data (privacy.PersonalDataPurge)
 * unless the legal minimum or an open case forbids it now; idempotent (a rerun of the job destroys nothing twice).
 * Sets archiveDestroyed, and the report of what was destroyed or the reason it was not.
 */
@Component("destroyPersonalDataDelegate")
public class DestroyPersonalDataDelegate implements JavaDelegate {

  private final ArchiveDestructions destructions;

  public DestroyPersonalDataDelegate(ArchiveDestructions destructions) {
    this.destructions = destructions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ArchiveDestructions.Outcome outcome = destructions.destroy(
        ((Number) execution.getVariable(Vars.DESTRUCTION_ID)).longValue(), ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(Vars.DESTROYED, outcome.destroyed());
    execution.setVariable(outcome.destroyed() ? Vars.DESTRUCTION_REPORT : Vars.RETENTION_NOTE, outcome.text());
  }
}
