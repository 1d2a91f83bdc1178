package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.variables.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Books an order into the finished-goods warehouse; the 08:00 summary reports it the next working day. */
@Component("recordPartsBookingDelegate")
public class RecordPartsBookingDelegate implements JavaDelegate {

  private final PartsService requests;

  public RecordPartsBookingDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.book(Typed.PARTS_REQUEST_NUMBER.get(execution),
        Typed.ORDER_NO.required(execution), Typed.WAREHOUSE_LOCATION.get(execution),
        CurrentUser.of(execution));
  }
}
