package com.aftersales.flows.exchange;

import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import com.aftersales.cases.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_DecideWarrantyCoverage: runs the warranty-coverage decision and decides whether the product may be
 * exchanged; a product that may not is offered a repair in the negotiation with the customer.
 */
@Component("exchangeEligibilityDelegate")
public class ExchangeEligibilityDelegate implements JavaDelegate {

  static final String NOT_ELIGIBLE = "warranty check";

  private final WarrantyCoverageDecision decision;
  private final ExchangeCaseRecords records;

  public ExchangeEligibilityDelegate(WarrantyCoverageDecision decision, ExchangeCaseRecords records) {
    this.decision = decision;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String damageCause = ExchangeVariables.string(execution, Vars.DAMAGE_CAUSE);
    Integer months = ExchangeVariables.integer(execution, Vars.MONTHS_SINCE_PURCHASE);
    Integer warrantyMonths = ExchangeVariables.integer(execution, Vars.WARRANTY_MONTHS);
    boolean proof = Boolean.TRUE.equals(ExchangeVariables.bool(execution, CaseVariables.PURCHASE_PROOF));

    WarrantyCoverageDecision.Coverage coverage = decision.evaluate(proof, months, warrantyMonths, damageCause);
    ExchangeEligibility.Result result =
        ExchangeEligibility.assess(coverage.coverage(), coverage.reason(), damageCause);

    execution.setVariable(Vars.COVERAGE, coverage.coverage());
    execution.setVariable(Vars.COVERAGE_REASON, coverage.reason());
    execution.setVariable(Vars.EXCHANGE_ELIGIBLE, result.eligible());
    if (!result.eligible()) {
      execution.setVariable(Vars.REJECTED_BY, NOT_ELIGIBLE);
      execution.setVariable(Vars.REJECTION_REASON, result.reason());
    }
    records.eligibilityDecided(ExchangeVariables.caseNumber(execution), result, months, warrantyMonths);
  }
}
