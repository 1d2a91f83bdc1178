package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsRequests;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the unpack log entry: the made parts are back in the opened package. */
@Component("recordPackageReplenishedDelegate")
public class RecordPackageReplenishedDelegate implements JavaDelegate {

  private final PartsRequests requests;
  private final IdentityService identityService;

  public RecordPackageReplenishedDelegate(PartsRequests requests, @org.springframework.context.annotation.Lazy IdentityService identityService) {
    this.requests = requests;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.recordReplenished((String) execution.getVariable(Vars.PARTS_REQUEST_NUMBER),
        PartsVariables.currentUser(identityService));
  }
}
