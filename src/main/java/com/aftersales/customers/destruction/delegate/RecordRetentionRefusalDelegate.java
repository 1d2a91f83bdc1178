package com.aftersales.customers.destruction.delegate;

import com.aftersales.customers.destruction.ArchiveDestructions;
import com.aftersales.customers.destruction.DestructionProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_RecordRetentionRefusal: the proposal ends refused (legal minimum retention not passed, archive in use), the
 * archive is kept, the reason (retentionNote) recorded.
 */
@Component("recordRetentionRefusalDelegate")
public class RecordRetentionRefusalDelegate implements JavaDelegate {

  private final ArchiveDestructions destructions;

  public RecordRetentionRefusalDelegate(ArchiveDestructions destructions) {
    this.destructions = destructions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    destructions.refused(((Number) execution.getVariable(Vars.DESTRUCTION_ID)).longValue(),
        (String) execution.getVariable(Vars.RETENTION_NOTE), ClockUtil.getCurrentTime().toInstant());
  }
}
