package com.aftersales.flows.installation.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.FormChoice;
import com.aftersales.flows.Steps;
import com.aftersales.flows.installation.InstallationProcess.DamageRemedy;
import com.aftersales.flows.installation.InstallationProcess.Vars;
import com.aftersales.flows.installation.InstallationService;
import com.aftersales.variables.Variable;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files how the damage the installers caused is made good and what it costs them (rulebook 004 跟单4.5). */
@Component("recordDamageSettlementDelegate")
public class RecordDamageSettlementDelegate implements JavaDelegate {

  private static final Variable<BigDecimal> COST = Variable.money(Vars.DAMAGE_COST);

  private final InstallationService installations;

  public RecordDamageSettlementDelegate(InstallationService installations) {
    this.installations = installations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DamageRemedy remedy = FormChoice.of(DamageRemedy.class, Vars.DAMAGE_REMEDY,
        Steps.required(execution, Vars.DAMAGE_REMEDY));
    installations.damageSettled(Steps.required(execution, CaseVariables.CASE_NUMBER), remedy,
        Steps.string(execution, Vars.DAMAGE_ARRANGEMENT), COST.get(execution), Steps.string(execution, Vars.INSTALLERS),
        Steps.user(execution), Steps.now());
  }
}
