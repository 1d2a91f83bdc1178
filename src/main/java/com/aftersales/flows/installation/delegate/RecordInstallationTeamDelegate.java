package com.aftersales.flows.installation.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.installation.InstallationProcess.Vars;
import com.aftersales.flows.installation.InstallationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files the installation team; fewer than two people is refused (rulebook 004 3.3). */
@Component("recordInstallationTeamDelegate")
public class RecordInstallationTeamDelegate implements JavaDelegate {

  private final InstallationService installations;

  public RecordInstallationTeamDelegate(InstallationService installations) {
    this.installations = installations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var names = installations.team(Steps.required(execution, CaseVariables.CASE_NUMBER),
        Steps.required(execution, Vars.TEAM_LEADER), Steps.required(execution, Vars.INSTALLERS),
        Steps.user(execution), Steps.now());
    execution.setVariable(Vars.INSTALLERS, String.join(", ", names));
  }
}
