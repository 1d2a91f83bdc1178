package com.aftersales.customers.verification.delegate;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.verification.ArchiveVerifications;
import com.aftersales.customers.verification.VerificationProcess;
import com.aftersales.customers.verification.VerificationProcess.Vars;
import com.aftersales.customers.verification.VerificationSheet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Task_OpenVerificationSheets of the quarterly timer: one archive-reverification per sheet of the quarter (business
 * key = the sheet id, RV-2027-Q1-sally-1); a sheet opened before is not opened again, so a rerun opens none twice.
 */
@Component("openVerificationSheetsDelegate")
public class OpenVerificationSheetsDelegate implements JavaDelegate {

  private final ArchiveVerifications verifications;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final WorkingDayCalendar calendar;

  public OpenVerificationSheetsDelegate(ArchiveVerifications verifications, @Lazy RuntimeService runtimeService,
      @Lazy HistoryService historyService, WorkingDayCalendar calendar) {
    this.verifications = verifications;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String quarter = ArchiveVerifications.quarter(
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone()));
    for (VerificationSheet sheet : verifications.sheets(quarter)) {
      boolean opened = historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(VerificationProcess.KEY).processInstanceBusinessKey(sheet.sheetId()).count() > 0;
      if (opened) {
        continue;
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(Vars.SHEET_ID, sheet.sheetId());
      variables.put(Vars.QUARTER, sheet.quarter());
      variables.put(Vars.VERIFIER_GROUP, sheet.verifierGroup());
      variables.put(VerificationAssigneeListener.VERIFIER, sheet.verifier());
      variables.put(Vars.SHEET, sheet.text());
      variables.put(Vars.SHEET_CUSTOMER_IDS, sheet.customerIds());
      runtimeService.startProcessInstanceByKey(VerificationProcess.KEY, sheet.sheetId(), variables);
    }
  }
}
