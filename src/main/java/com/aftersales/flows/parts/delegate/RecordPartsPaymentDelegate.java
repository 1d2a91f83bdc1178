package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.variables.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the payment finance confirmed; less than the amount due refuses the confirmation. */
@Component("recordPartsPaymentDelegate")
public class RecordPartsPaymentDelegate implements JavaDelegate {

  private final PartsService requests;

  public RecordPartsPaymentDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.recordPayment(Typed.PARTS_REQUEST_NUMBER.get(execution),
        Typed.PAID_AMOUNT.required(execution), Typed.PAYMENT_REFERENCE.get(execution),
        CurrentUser.of(execution));
  }
}
