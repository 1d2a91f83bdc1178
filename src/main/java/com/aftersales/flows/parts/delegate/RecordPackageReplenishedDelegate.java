package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.variables.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the unpack log entry: the made parts are back in the opened package. */
@Component("recordPackageReplenishedDelegate")
public class RecordPackageReplenishedDelegate implements JavaDelegate {

  private final PartsService requests;

  public RecordPackageReplenishedDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.recordReplenished(Typed.PARTS_REQUEST_NUMBER.get(execution),
        CurrentUser.of(execution));
  }
}
