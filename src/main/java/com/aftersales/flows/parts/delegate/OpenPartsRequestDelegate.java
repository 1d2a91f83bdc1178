package com.aftersales.flows.parts.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.parts.PartsProcess.Status;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsRequests;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the parts request record of the instance and gives every optional input of the call-activity
 * contract a value, so gateways and forms never meet an unknown variable.
 */
@Component("openPartsRequestDelegate")
public class OpenPartsRequestDelegate implements JavaDelegate {

  private final PartsRequests requests;
  private final IdentityService identityService;

  public OpenPartsRequestDelegate(PartsRequests requests, @org.springframework.context.annotation.Lazy IdentityService identityService) {
    this.requests = requests;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (String flag : new String[] {Vars.COVERED_BY_WARRANTY, Vars.PARTS_BILLED_BY_CASE, Vars.URGENT,
        Vars.UNPACK_REQUESTED, Vars.SPLIT_ORDERS}) {
      execution.setVariable(flag, PartsVariables.flag(execution, flag));
    }
    execution.setVariable(Vars.UNPACKED, false);
    String caseNumber = PartsVariables.caseNumber(execution);
    if (caseNumber == null) {
      throw new IllegalStateException("A parts request needs the caseNumber variable or a business key");
    }
    String number = requests.open(new PartsRequests.Opening(
        execution.getProcessInstanceId(),
        caseNumber,
        PartsVariables.text(execution, CaseVariables.CUSTOMER_NAME),
        PartsVariables.text(execution, CaseVariables.PRODUCT_MODEL),
        PartsVariables.flag(execution, Vars.COVERED_BY_WARRANTY),
        PartsVariables.currentUser(identityService)), PartsVariables.ownCase(execution));
    // Only a calling case flow bills the parts with its own invoice; a request started on its own (intake, REST)
    // always prices and collects its own payment, whatever variables it was started with.
    boolean billedByCase = PartsVariables.flag(execution, Vars.PARTS_BILLED_BY_CASE)
        && !PartsVariables.flag(execution, Vars.COVERED_BY_WARRANTY)
        && execution.getProcessInstance().getSuperExecution() != null;
    if (billedByCase) {
      Object quoted = execution.getVariable(Vars.CASE_QUOTED_PARTS_AMOUNT);
      requests.billWithCase(number, quoted == null || quoted.toString().isBlank() ? null
          : PartsVariables.decimal(execution, Vars.CASE_QUOTED_PARTS_AMOUNT));
    }
    // Under warranty nothing is billed, so the payment gate takes the free branch.
    execution.setVariable(Vars.PARTS_BILLED_BY_CASE, billedByCase);
    execution.setVariable(CaseVariables.CASE_NUMBER, caseNumber);
    execution.setVariable(Vars.PARTS_REQUEST_NUMBER, number);
    execution.setVariable(Vars.PARTS_REQUEST_STATUS, Status.REQUESTED);
  }
}
