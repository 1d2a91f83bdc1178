package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsRequests;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The payment gate's branch for parts the calling repair bills (rulebook 000 §1.5.2.3, one case, one bill):
 * records on the case that the repair's quote and invoice cover them, so nobody asks the customer to pay the
 * same parts twice and shipment does not wait for a second payment.
 */
@Component("recordPartsBilledWithCaseDelegate")
public class RecordPartsBilledWithCaseDelegate implements JavaDelegate {

  private final PartsRequests requests;
  private final IdentityService identityService;

  public RecordPartsBilledWithCaseDelegate(PartsRequests requests, @Lazy IdentityService identityService) {
    this.requests = requests;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.recordBilledWithCase(PartsVariables.required(execution, Vars.PARTS_REQUEST_NUMBER),
        PartsVariables.currentUser(identityService));
  }
}
