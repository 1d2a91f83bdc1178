package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts the payment reminders of the case's invoice on the process instance (read by the chase gateway). */
@Component("countPaymentReminderDelegate")
public class CountPaymentReminderDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    Typed.PAYMENT_REMINDERS.set(instance, Typed.PAYMENT_REMINDERS.orElse(instance, 0) + 1);
  }
}
