package com.aftersales.flows.exchange;

import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.DamageCause;
import com.aftersales.flows.exchange.ExchangeProcess.Vars;
import com.aftersales.flows.repair.RepairProcess.Coverage;
import com.aftersales.variables.Variable;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the shared warranty-coverage decision (processes/warranty-coverage.dmn), the same rules the
 * repair flow uses, so that an analyst changes the warranty rules in one place.
 */
@Component("exchangeWarrantyCoverageDecision")
public class WarrantyCoverageDecision {

  /** The decision's outputs. */
  public record Result(Coverage coverage, String reason) {}

  private static final Variable<Coverage> COVERAGE = Variable.oneOf(Vars.COVERAGE, Coverage.class);

  private final DecisionService decisionService;

  public WarrantyCoverageDecision(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  public Result evaluate(
      boolean purchaseProof, Integer monthsSincePurchase, int warrantyMonths, DamageCause damageCause) {
    Map<String, Object> inputs = Variables.createVariables()
        .putValue(CaseVariables.PURCHASE_PROOF, purchaseProof)
        .putValueTyped(Vars.MONTHS_SINCE_PURCHASE, Variables.integerValue(monthsSincePurchase))
        .putValue(Vars.WARRANTY_MONTHS, warrantyMonths)
        .putValue(Vars.DAMAGE_CAUSE, (damageCause == null ? DamageCause.UNKNOWN : damageCause).code());
    DmnDecisionResultEntries result = decisionService
        .evaluateDecisionByKey(ExchangeProcess.DECISION_WARRANTY_COVERAGE)
        .variables(inputs)
        .evaluate()
        .getSingleResult();
    if (result == null) {
      throw new IllegalStateException("The warranty-coverage decision matched no rule for " + inputs);
    }
    return new Result(COVERAGE.required(COVERAGE.from(result)), (String) result.get(Vars.COVERAGE_REASON));
  }
}
