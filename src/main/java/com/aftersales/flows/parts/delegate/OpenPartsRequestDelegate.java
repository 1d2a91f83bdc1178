package com.aftersales.flows.parts.delegate;

import com.aftersales.cases.StartVariables;
import com.aftersales.flows.parts.PartsProcess.Status;
import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsProcess;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.variables.CurrentUser;
import com.aftersales.variables.Variable;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the parts request record of the instance and gives every optional input of the call-activity
 * contract a value, so gateways and forms never meet an unknown variable.
 */
@Component("openPartsRequestDelegate")
public class OpenPartsRequestDelegate implements JavaDelegate {

  private final PartsService requests;

  public OpenPartsRequestDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (Variable<Boolean> flag : List.of(Typed.COVERED_BY_WARRANTY, Typed.PARTS_BILLED_BY_CASE, Typed.URGENT,
        Typed.UNPACK_REQUESTED, Typed.SPLIT_ORDERS)) {
      flag.set(execution, flag.orElse(execution, false));
    }
    Typed.UNPACKED.set(execution, false);
    String caseNumber = StartVariables.caseNumber(execution);
    String number = requests.open(new PartsService.Opening(
        execution.getProcessInstanceId(),
        caseNumber,
        StartVariables.CUSTOMER_NAME.get(execution),
        StartVariables.PRODUCT_MODEL.get(execution),
        Typed.COVERED_BY_WARRANTY.orElse(execution, false),
        CurrentUser.of(execution)), PartsProcess.ownCase(execution));
    // Only a calling case flow bills the parts with its own invoice; a request started on its own (intake, REST)
    // always prices and collects its own payment, whatever variables it was started with.
    boolean billedByCase = Typed.PARTS_BILLED_BY_CASE.orElse(execution, false)
        && !Typed.COVERED_BY_WARRANTY.orElse(execution, false)
        && execution.getProcessInstance().getSuperExecution() != null;
    if (billedByCase) {
      requests.billWithCase(number, Typed.CASE_QUOTED_PARTS_AMOUNT.get(execution));
    }
    // Under warranty nothing is billed, so the payment gate takes the free branch.
    Typed.PARTS_BILLED_BY_CASE.set(execution, billedByCase);
    StartVariables.CASE_NUMBER.set(execution, caseNumber);
    Typed.PARTS_REQUEST_NUMBER.set(execution, number);
    Typed.PARTS_REQUEST_STATUS.set(execution, Status.REQUESTED);
  }
}
