package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Status;
import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the specialist's shipping task: when it starts, the parts are ready to ship (paid if chargeable, made or
 * taken from a package); when it ends, the delivery note is recorded and sales is told to ship.
 */
@Component("partsShippingListener")
public class PartsShippingListener implements ExecutionListener {

  private final PartsService requests;

  public PartsShippingListener(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String number = Typed.PARTS_REQUEST_NUMBER.get(execution);
    if (EVENTNAME_START.equals(execution.getEventName())) {
      requests.readyToShip(number);
      Typed.PARTS_REQUEST_STATUS.set(execution, Status.READY_TO_SHIP);
    } else {
      requests.shipping(number, Typed.DELIVERY_NOTE_NUMBER.get(execution));
      Typed.PARTS_REQUEST_STATUS.set(execution, Status.SHIPPING);
    }
  }
}
