package com.aftersales.flows.exchange.delegate;

import com.aftersales.flows.exchange.ExchangeEligibility;
import com.aftersales.flows.exchange.ExchangeService;
import com.aftersales.flows.exchange.WarrantyCoverageDecision;

import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import com.aftersales.cases.DamageCause;
import com.aftersales.cases.StartVariables;
import com.aftersales.flows.exchange.ExchangeProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_DecideWarrantyCoverage: runs the warranty-coverage decision and decides whether the product may be
 * exchanged; a product that may not is offered a repair in the negotiation with the customer.
 */
@Component("exchangeEligibilityDelegate")
public class ExchangeEligibilityDelegate implements JavaDelegate {

  static final String NOT_ELIGIBLE = "保修审核";

  private final WarrantyCoverageDecision decision;
  private final ExchangeService records;

  public ExchangeEligibilityDelegate(WarrantyCoverageDecision decision, ExchangeService records) {
    this.decision = decision;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DamageCause damageCause = Typed.DAMAGE_CAUSE.get(execution);
    Integer months = Typed.MONTHS_SINCE_PURCHASE.get(execution);
    Integer warrantyMonths = Typed.WARRANTY_MONTHS.get(execution);
    boolean proof = Boolean.TRUE.equals(StartVariables.PURCHASE_PROOF.get(execution));

    WarrantyCoverageDecision.Result coverage = decision.evaluate(proof, months, warrantyMonths, damageCause);
    ExchangeEligibility.Result result =
        ExchangeEligibility.assess(coverage.coverage(), coverage.reason(), damageCause);

    Typed.COVERAGE.set(execution, coverage.coverage());
    Typed.COVERAGE_REASON.set(execution, coverage.reason());
    Typed.EXCHANGE_ELIGIBLE.set(execution, result.eligible());
    if (!result.eligible()) {
      Typed.REJECTED_BY.set(execution, NOT_ELIGIBLE);
      Typed.REJECTION_REASON.set(execution, result.reason());
    }
    records.eligibilityDecided(StartVariables.caseNumber(execution), result, months, warrantyMonths);
  }
}
