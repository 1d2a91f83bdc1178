package com.aftersales.flows.exchange.delegate;

import com.aftersales.flows.exchange.Approver;
import com.aftersales.flows.exchange.ExchangeRepository;
import com.aftersales.flows.exchange.LedgerEntry;

import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.cases.StartVariables;
import com.aftersales.flows.exchange.ExchangeProcess.Approval;
import com.aftersales.flows.exchange.ExchangeProcess.Typed;
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

  private final ExchangeRepository ledger;
  private final WorkingDayCalendar calendar;

  public ExchangeLedgerDelegate(ExchangeRepository ledger, WorkingDayCalendar calendar) {
    this.ledger = ledger;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date deliveredAt = Typed.DELIVERED_AT.get(execution);
    Instant completed = (deliveredAt != null ? deliveredAt : ClockUtil.getCurrentTime()).toInstant();
    String handler = Typed.EXCHANGE_FORM_BY.orElse(execution, Typed.DELIVERED_BY.get(execution));
    if (handler == null) {
      throw new IllegalStateException("The exchange has no handler to sign the ledger entry");
    }
    Date receivedAt = Typed.WAREHOUSE_RECEIVED_AT.get(execution);
    ledger.record(new LedgerEntry(
        StartVariables.caseNumber(execution),
        completed.atZone(calendar.zone()).toLocalDate(),
        StartVariables.CUSTOMER_NAME.get(execution),
        StartVariables.PRODUCT_MODEL.get(execution),
        StartVariables.SERIAL_NUMBER.get(execution),
        Typed.NEW_SERIAL_NUMBER.get(execution),
        Typed.EXCHANGE_REASON.get(execution),
        approval(execution, Approver.REGIONAL_MANAGER),
        approval(execution, Approver.SALES_OFFICE),
        approval(execution, Approver.GENERAL_MANAGER),
        Typed.STORAGE_LOCATION.get(execution),
        Typed.WAREHOUSE_RECEIVED_BY.get(execution),
        receivedAt == null ? null : receivedAt.toInstant(),
        handler,
        ClockUtil.getCurrentTime().toInstant()));
  }

  private static LedgerEntry.Approval approval(DelegateExecution execution, Approver approver) {
    Date at = approver.at().get(execution);
    Approval decision = approver.decision().get(execution);
    return new LedgerEntry.Approval(
        approver.by().get(execution),
        decision == null ? null : decision.code(),
        approver.comment().get(execution),
        at == null ? null : at.toInstant());
  }
}
