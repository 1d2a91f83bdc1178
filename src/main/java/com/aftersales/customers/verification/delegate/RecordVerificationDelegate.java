package com.aftersales.customers.verification.delegate;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.verification.ArchiveVerifications;
import com.aftersales.customers.verification.VerificationProcess.Vars;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Task_RecordVerification: records the verifier's findings in the archive (customer_verification, the archive's
 * verified and gone dates). Runs in the completing transaction, so bad input (an id not on the sheet, a line that is no
 * id and note) refuses the task (400) and it stays open with nothing written.
 */
@Component("recordVerificationDelegate")
public class RecordVerificationDelegate implements JavaDelegate {

  private final ArchiveVerifications verifications;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;

  public RecordVerificationDelegate(ArchiveVerifications verifications, @Lazy IdentityService identityService,
      WorkingDayCalendar calendar) {
    this.verifications = verifications;
    this.identityService = identityService;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String sheetId = (String) execution.getVariable(Vars.SHEET_ID);
    String ids = (String) execution.getVariable(Vars.SHEET_CUSTOMER_IDS);
    List<Long> onSheet = ids == null || ids.isBlank() ? List.of()
        : Arrays.stream(ids.split(",")).map(String::trim).map(Long::valueOf).toList();
    Authentication authentication = identityService.getCurrentAuthentication();
    String actor = authentication == null || authentication.getUserId() == null ? "system"
        : authentication.getUserId();
    java.time.Instant now = ClockUtil.getCurrentTime().toInstant();
    ArchiveVerifications.Recorded recorded = verifications.record(sheetId, onSheet,
        (String) execution.getVariable(Vars.CHANGED_CUSTOMERS), (String) execution.getVariable(Vars.GONE_CUSTOMERS),
        actor, now, LocalDate.ofInstant(now, calendar.zone()));
    execution.setVariable(Vars.VERIFIED_COUNT, recorded.verified());
    execution.setVariable(Vars.CHANGED_COUNT, recorded.changed());
    execution.setVariable(Vars.GONE_COUNT, recorded.gone());
    execution.setVariable(Vars.CHANGES, recorded.changes());
  }
}
