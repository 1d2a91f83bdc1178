package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairProcess.Typed;
import com.aftersales.flows.repair.RepairService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Notes on the case what customer service or finance agreed with a customer who did not pay after the reminders. */
@Component("recordPaymentChaseDelegate")
public class RecordPaymentChaseDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordPaymentChaseDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.paymentChased(execution.getProcessBusinessKey(), Typed.PAYMENT_REMINDERS.orElse(execution, 0),
        Typed.PAYMENT_CHASE_NOTE.get(execution));
  }
}
