package com.aftersales.flows.repair.delegate;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.Receivables;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Typed;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the payment finance confirmed on the case and on the customer's receivable of the case. */
@Component("recordPaymentDelegate")
public class RecordPaymentDelegate implements JavaDelegate {

  private final RepairService records;
  private final Receivables receivables;
  private final WorkingDayCalendar calendar;

  public RecordPaymentDelegate(RepairService records, Receivables receivables, WorkingDayCalendar calendar) {
    this.records = records;
    this.receivables = receivables;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal amount = Typed.AMOUNT_PAID.required(execution);
    String reference = Typed.PAYMENT_REFERENCE.get(execution);
    records.payment(execution.getProcessBusinessKey(), amount, reference);
    receivables.pay(execution.getProcessBusinessKey(), amount, reference, calendar.now().toInstant());
  }
}
