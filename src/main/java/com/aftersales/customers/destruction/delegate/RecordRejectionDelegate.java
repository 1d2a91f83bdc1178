package com.aftersales.customers.destruction.delegate;

import com.aftersales.customers.destruction.ArchiveDestructions;
import com.aftersales.customers.destruction.DestructionProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Task_RecordRejection: the proposal ends rejected, the archive is kept; the step and reason stay recorded. */
@Component("recordRejectionDelegate")
public class RecordRejectionDelegate implements JavaDelegate {

  private final ArchiveDestructions destructions;

  public RecordRejectionDelegate(ArchiveDestructions destructions) {
    this.destructions = destructions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    destructions.rejected(((Number) execution.getVariable(Vars.DESTRUCTION_ID)).longValue(),
        ClockUtil.getCurrentTime().toInstant());
  }
}
