package com.aftersales.customers.destruction.delegate;

import com.aftersales.customers.destruction.ArchiveDestructions;
import com.aftersales.customers.destruction.DestructionProcess.Vars;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_CheckRetention: may the archive be destroyed at all (legal minimum retention passed, no open case, not
 * destroyed already)? Sets retentionMet and the note the approvers read, or the reason it is kept.
 */
@Component("checkRetentionDelegate")
public class CheckRetentionDelegate implements JavaDelegate {

  private final ArchiveDestructions destructions;

  public CheckRetentionDelegate(ArchiveDestructions destructions) {
    this.destructions = destructions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long customerId = ((Number) execution.getVariable(Vars.CUSTOMER_ID)).longValue();
    Optional<String> refusal = destructions.refusal(customerId, ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(Vars.RETENTION_MET, refusal.isEmpty());
    execution.setVariable(Vars.RETENTION_NOTE, refusal.orElseGet(() -> destructions.retentionPassed(customerId)));
  }
}
