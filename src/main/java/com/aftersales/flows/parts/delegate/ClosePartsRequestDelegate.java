package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Status;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ends the request with the input parameter {@code finalStatus} (DELIVERED or REJECTED) and sets what a caller
 * gets back: {@code partsDelivered}, {@code partsRequestStatus}.
 */
@Component("closePartsRequestDelegate")
public class ClosePartsRequestDelegate implements JavaDelegate {

  private final PartsRequests requests;

  public ClosePartsRequestDelegate(PartsRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String status = PartsVariables.required(execution, Vars.FINAL_STATUS);
    if (!Status.DELIVERED.equals(status) && !Status.REJECTED.equals(status)) {
      throw new IllegalArgumentException("finalStatus must be DELIVERED or REJECTED, not " + status);
    }
    requests.close((String) execution.getVariable(Vars.PARTS_REQUEST_NUMBER), status, PartsVariables.ownCase(execution));
    execution.setVariable(Vars.PARTS_DELIVERED, Status.DELIVERED.equals(status));
    execution.setVariable(Vars.PARTS_REQUEST_STATUS, status);
  }
}
