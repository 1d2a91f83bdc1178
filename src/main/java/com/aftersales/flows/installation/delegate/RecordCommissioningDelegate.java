package com.aftersales.flows.installation.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.SiteProblem;
import com.aftersales.flows.Steps;
import com.aftersales.flows.installation.InstallationProcess.Vars;
import com.aftersales.flows.installation.InstallationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Files the installation and commissioning as done on site; without every checklist item and the customer's
 * signature the task is refused (rulebook 004 2.7, 3.7, 4.6). Damage the installers caused is recorded here and
 * made good next (004 跟单4.5).
 */
@Component("recordCommissioningDelegate")
public class RecordCommissioningDelegate implements JavaDelegate {

  private final InstallationService installations;

  public RecordCommissioningDelegate(InstallationService installations) {
    this.installations = installations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var unchecked = InstallationService.CHECKLIST.stream().filter(item -> !Steps.flag(execution, item)).toList();
    SiteProblem problem = SiteProblem.of(Steps.required(execution, Vars.SITE_PROBLEM));
    String caseNumber = Steps.required(execution, CaseVariables.CASE_NUMBER);
    installations.commissioning(caseNumber, unchecked,
        Steps.flag(execution, Vars.CUSTOMER_SIGNED), problem, Steps.string(execution, Vars.FOLLOW_ON_NOTE),
        Steps.user(execution), Steps.now());
    if (Steps.flag(execution, Vars.SITE_DAMAGED)) {
      installations.damageReported(caseNumber, Steps.string(execution, Vars.DAMAGE_DESCRIPTION),
          Steps.string(execution, Vars.INSTALLERS), Steps.user(execution), Steps.now());
    }
  }
}
