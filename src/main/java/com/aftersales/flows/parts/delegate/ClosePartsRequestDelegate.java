package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Status;
import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsProcess;
import com.aftersales.flows.parts.PartsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ends the request with the input parameter {@code finalStatus} (DELIVERED or REJECTED) and sets what a caller
 * gets back: {@code partsDelivered}, {@code partsRequestStatus}.
 */
@Component("closePartsRequestDelegate")
public class ClosePartsRequestDelegate implements JavaDelegate {

  private final PartsService requests;

  public ClosePartsRequestDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String status = Typed.FINAL_STATUS.required(execution);
    if (!Status.DELIVERED.equals(status) && !Status.REJECTED.equals(status)) {
      throw new IllegalArgumentException("finalStatus must be DELIVERED or REJECTED, not " + status);
    }
    requests.close(Typed.PARTS_REQUEST_NUMBER.get(execution), status, PartsProcess.ownCase(execution));
    Typed.PARTS_DELIVERED.set(execution, Status.DELIVERED.equals(status));
    Typed.PARTS_REQUEST_STATUS.set(execution, status);
  }
}
