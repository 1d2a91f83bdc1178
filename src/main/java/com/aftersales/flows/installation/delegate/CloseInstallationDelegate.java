package com.aftersales.flows.installation.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.installation.InstallationProcess.Vars;
import com.aftersales.flows.installation.InstallationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files the follow-up call (000 part 4 (二)1: the customer's opinion 24 hours after) and closes the case. */
@Component("closeInstallationDelegate")
public class CloseInstallationDelegate implements JavaDelegate {

  private final InstallationService installations;

  public CloseInstallationDelegate(InstallationService installations) {
    this.installations = installations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer score = Steps.integer(execution, Vars.SATISFACTION_SCORE);
    if (score == null) {
      throw new IllegalArgumentException("Process variable " + Vars.SATISFACTION_SCORE + " is missing");
    }
    installations.close(Steps.required(execution, CaseVariables.CASE_NUMBER), score,
        Steps.required(execution, Vars.FOLLOW_UP_NOTE), Steps.user(execution), Steps.now());
  }
}
