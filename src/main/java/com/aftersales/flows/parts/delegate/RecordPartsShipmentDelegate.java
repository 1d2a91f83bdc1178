package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Shipment;
import com.aftersales.flows.parts.PartsProcess.Status;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsRequests;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the sales representative's shipment report: complete, or wrong or missing parts to correct. */
@Component("recordPartsShipmentDelegate")
public class RecordPartsShipmentDelegate implements JavaDelegate {

  private final PartsRequests requests;
  private final IdentityService identityService;

  public RecordPartsShipmentDelegate(PartsRequests requests, @org.springframework.context.annotation.Lazy IdentityService identityService) {
    this.requests = requests;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String result = PartsVariables.required(execution, Vars.SHIPMENT_RESULT);
    if (!Shipment.COMPLETE.equals(result) && !Shipment.WRONG_OR_MISSING.equals(result)) {
      throw new IllegalArgumentException("shipmentResult must be complete or wrong-or-missing, not " + result);
    }
    boolean complete = Shipment.COMPLETE.equals(result);
    requests.shipped((String) execution.getVariable(Vars.PARTS_REQUEST_NUMBER), complete,
        PartsVariables.text(execution, Vars.SHIPMENT_PROBLEM), PartsVariables.currentUser(identityService));
    execution.setVariable(Vars.PARTS_REQUEST_STATUS, complete ? Status.SHIPPING : Status.CORRECTION);
  }
}
