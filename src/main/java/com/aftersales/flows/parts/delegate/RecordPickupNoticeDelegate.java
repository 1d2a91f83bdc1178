package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.variables.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the factory's pickup notice of one order on the case (000 §3.2). */
@Component("recordPickupNoticeDelegate")
public class RecordPickupNoticeDelegate implements JavaDelegate {

  private final PartsService requests;

  public RecordPickupNoticeDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.pickupNoticeReceived(Typed.PARTS_REQUEST_NUMBER.get(execution), Typed.ORDER_NO.required(execution),
        Typed.PICKUP_NOTICE_REFERENCE.get(execution), Typed.PICKUP_PLACE.get(execution),
        Typed.PICKUP_NOTICE_NOTES.get(execution), CurrentUser.of(execution));
  }
}
