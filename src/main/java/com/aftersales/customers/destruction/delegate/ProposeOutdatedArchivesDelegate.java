package com.aftersales.customers.destruction.delegate;

import com.aftersales.customers.destruction.ArchiveDestructions;
import com.aftersales.customers.destruction.DestructionOccasion;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_ProposeOutdatedArchives (archive-destruction-scan): starts one destruction process per outdated archive. It
 * destroys nothing; an archive awaiting its approvals is not proposed twice, so a rerun of the job starts nothing
 * twice.
 */
@Component("proposeOutdatedArchivesDelegate")
public class ProposeOutdatedArchivesDelegate implements JavaDelegate {

  private final ArchiveDestructions destructions;

  public ProposeOutdatedArchivesDelegate(ArchiveDestructions destructions) {
    this.destructions = destructions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    for (long customerId : destructions.outdated(now)) {
      destructions.propose(customerId, DestructionOccasion.OUTDATED, null, now);
    }
  }
}
