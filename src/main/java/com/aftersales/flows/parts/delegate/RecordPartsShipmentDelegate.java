package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Shipment;
import com.aftersales.flows.parts.PartsProcess.Status;
import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.variables.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the sales representative's shipment report: complete, or wrong or missing parts to correct. */
@Component("recordPartsShipmentDelegate")
public class RecordPartsShipmentDelegate implements JavaDelegate {

  private final PartsService requests;

  public RecordPartsShipmentDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean complete = Typed.SHIPMENT_RESULT.required(execution) == Shipment.COMPLETE;
    requests.shipped(Typed.PARTS_REQUEST_NUMBER.get(execution), complete,
        Typed.SHIPMENT_PROBLEM.get(execution), CurrentUser.of(execution));
    Typed.PARTS_REQUEST_STATUS.set(execution, complete ? Status.SHIPPING : Status.CORRECTION);
  }
}
