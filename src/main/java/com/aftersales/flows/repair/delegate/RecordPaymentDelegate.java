package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the payment finance confirmed on the case. */
@Component("recordPaymentDelegate")
public class RecordPaymentDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordPaymentDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.payment(execution.getProcessBusinessKey(),
        Typed.AMOUNT_PAID.required(execution), Typed.PAYMENT_REFERENCE.get(execution));
  }
}
