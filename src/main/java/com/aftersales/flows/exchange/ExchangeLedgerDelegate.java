package com.aftersales.flows.exchange;

import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.cases.CaseVariables;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_WriteLedgerEntry (asynchronous): the completed exchange goes into the exchange ledger, once, even
 * when the job runs again.
 */
@Component("exchangeLedgerDelegate")
public class ExchangeLedgerDelegate implements JavaDelegate {

  private final ExchangeLedger ledger;
  private final WorkingDayCalendar calendar;

  public ExchangeLedgerDelegate(ExchangeLedger ledger, WorkingDayCalendar calendar) {
    this.ledger = ledger;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date deliveredAt = ExchangeVariables.date(execution, Vars.DELIVERED_AT);
    Instant completed = (deliveredAt != null ? deliveredAt : ClockUtil.getCurrentTime()).toInstant();
    String handler = ExchangeVariables.string(execution, Vars.EXCHANGE_FORM_BY);
    if (handler == null) {
      handler = ExchangeVariables.string(execution, Vars.DELIVERED_BY);
    }
    if (handler == null) {
      throw new IllegalStateException("The exchange has no handler to sign the ledger entry");
    }
    Date receivedAt = ExchangeVariables.date(execution, Vars.WAREHOUSE_RECEIVED_AT);
    ledger.record(new LedgerEntry(
        ExchangeVariables.caseNumber(execution),
        completed.atZone(calendar.zone()).toLocalDate(),
        ExchangeVariables.string(execution, CaseVariables.CUSTOMER_NAME),
        ExchangeVariables.string(execution, CaseVariables.PRODUCT_MODEL),
        ExchangeVariables.string(execution, CaseVariables.SERIAL_NUMBER),
        ExchangeVariables.string(execution, Vars.NEW_SERIAL_NUMBER),
        ExchangeVariables.string(execution, Vars.EXCHANGE_REASON),
        approval(execution, Approver.REGIONAL_MANAGER),
        approval(execution, Approver.SALES_OFFICE),
        approval(execution, Approver.GENERAL_MANAGER),
        ExchangeVariables.string(execution, Vars.STORAGE_LOCATION),
        ExchangeVariables.string(execution, Vars.WAREHOUSE_RECEIVED_BY),
        receivedAt == null ? null : receivedAt.toInstant(),
        handler,
        ClockUtil.getCurrentTime().toInstant()));
  }

  private static LedgerEntry.Approval approval(DelegateExecution execution, Approver approver) {
    Date at = ExchangeVariables.date(execution, approver.atVariable());
    return new LedgerEntry.Approval(
        ExchangeVariables.string(execution, approver.byVariable()),
        ExchangeVariables.string(execution, approver.decisionVariable()),
        ExchangeVariables.string(execution, approver.commentVariable()),
        at == null ? null : at.toInstant());
  }
}
