package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsRequests;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes the unpack log (package opened and marked) and the deadline for putting the parts back, which the
 * replenishment task after production is due by.
 */
@Component("recordUnpackDelegate")
public class RecordUnpackDelegate implements JavaDelegate {

  private final PartsRequests requests;
  private final IdentityService identityService;

  public RecordUnpackDelegate(PartsRequests requests, @org.springframework.context.annotation.Lazy IdentityService identityService) {
    this.requests = requests;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date due = requests.recordUnpack((String) execution.getVariable(Vars.PARTS_REQUEST_NUMBER),
        PartsVariables.required(execution, Vars.PACKAGE_NUMBER),
        PartsVariables.text(execution, Vars.PACKAGED_PRODUCT_MODEL),
        PartsVariables.flag(execution, Vars.PACKAGE_MARKED),
        PartsVariables.text(execution, RecordUnpackDecisionDelegate.UNPACK_APPROVED_BY),
        PartsVariables.currentUser(identityService));
    execution.setVariable(Vars.UNPACKED, true);
    execution.setVariable(Vars.REPLENISH_DUE_DATE, due);
  }
}
