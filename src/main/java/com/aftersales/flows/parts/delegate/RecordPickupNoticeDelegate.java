package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.variables.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the factory's pickup notice of one order on the case (000 §3.2) and keeps it on this order's branch, so the
 * collection mail that follows (asynchronously) names this order's notice even when another order's notice of the same
 * request has been entered meanwhile.
 */
@Component("recordPickupNoticeDelegate")
public class RecordPickupNoticeDelegate implements JavaDelegate {

  private final PartsService requests;

  public RecordPickupNoticeDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = Typed.PICKUP_NOTICE_REFERENCE.get(execution);
    String place = Typed.PICKUP_PLACE.get(execution);
    String notes = Typed.PICKUP_NOTICE_NOTES.get(execution);
    requests.pickupNoticeReceived(Typed.PARTS_REQUEST_NUMBER.get(execution), Typed.ORDER_NO.required(execution),
        reference, place, notes, CurrentUser.of(execution));
    Typed.PICKUP_NOTICE_REFERENCE.setLocal(execution, reference);
    Typed.PICKUP_PLACE.setLocal(execution, place);
    Typed.PICKUP_NOTICE_NOTES.setLocal(execution, notes);
  }
}
