package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.variables.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The payment gate had the customer pay before shipment (grade D, or over the credit limit and asked to pay first):
 * the request keeps that payment and asks for no second one.
 */
@Component("recordPartsAdvancePaymentDelegate")
public class RecordPartsAdvancePaymentDelegate implements JavaDelegate {

  private final PartsService requests;

  public RecordPartsAdvancePaymentDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.recordAdvancePayment(Typed.PARTS_REQUEST_NUMBER.required(execution),
        Typed.PAID_AMOUNT.get(execution), Typed.PAYMENT_REFERENCE.get(execution), CurrentUser.of(execution));
  }
}
