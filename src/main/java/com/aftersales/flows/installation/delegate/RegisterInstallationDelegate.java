package com.aftersales.flows.installation.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.installation.InstallationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files the delivery and installation request. */
@Component("registerInstallationDelegate")
public class RegisterInstallationDelegate implements JavaDelegate {

  private final InstallationService installations;

  public RegisterInstallationDelegate(InstallationService installations) {
    this.installations = installations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    installations.register(Steps.required(execution, CaseVariables.CASE_NUMBER), Steps.now());
  }
}
