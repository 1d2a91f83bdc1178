package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsRequests;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Books an order into the finished-goods warehouse; the 08:00 summary reports it the next working day. */
@Component("recordPartsBookingDelegate")
public class RecordPartsBookingDelegate implements JavaDelegate {

  private final PartsRequests requests;
  private final IdentityService identityService;

  public RecordPartsBookingDelegate(PartsRequests requests, @org.springframework.context.annotation.Lazy IdentityService identityService) {
    this.requests = requests;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.book((String) execution.getVariable(Vars.PARTS_REQUEST_NUMBER),
        PartsVariables.integer(execution, Vars.ORDER_NO), PartsVariables.text(execution, Vars.WAREHOUSE_LOCATION),
        PartsVariables.currentUser(identityService));
  }
}
