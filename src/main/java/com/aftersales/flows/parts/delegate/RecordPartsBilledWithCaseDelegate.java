package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.variables.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The payment gate's branch for parts the calling repair bills (rulebook 000 §1.5.2.3, one case, one bill):
 * records on the case that the repair's quote and invoice cover them, so nobody asks the customer to pay the
 * same parts twice and shipment does not wait for a second payment.
 */
@Component("recordPartsBilledWithCaseDelegate")
public class RecordPartsBilledWithCaseDelegate implements JavaDelegate {

  private final PartsService requests;

  public RecordPartsBilledWithCaseDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.recordBilledWithCase(Typed.PARTS_REQUEST_NUMBER.required(execution),
        CurrentUser.of(execution));
  }
}
