package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsRequests;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the payment finance confirmed; less than the amount due refuses the confirmation. */
@Component("recordPartsPaymentDelegate")
public class RecordPartsPaymentDelegate implements JavaDelegate {

  private final PartsRequests requests;
  private final IdentityService identityService;

  public RecordPartsPaymentDelegate(PartsRequests requests, @org.springframework.context.annotation.Lazy IdentityService identityService) {
    this.requests = requests;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.recordPayment((String) execution.getVariable(Vars.PARTS_REQUEST_NUMBER),
        PartsVariables.decimal(execution, Vars.PAID_AMOUNT), PartsVariables.text(execution, Vars.PAYMENT_REFERENCE),
        PartsVariables.currentUser(identityService));
  }
}
