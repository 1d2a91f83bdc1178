package com.aftersales.flows.repair;

import com.aftersales.flows.repair.RepairProcess.Coverage;
import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import com.aftersales.flows.repair.RepairProcess.Typed;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a chargeable repair's quote rests on (rulebook 000 §1.5.2.4: 返厂维修费用,需厂方报价后合理报价给客户): a factory
 * repair is quoted to the customer only on the factory's quote, so a route that changes to or from the factory after
 * the quote (the diagnosis after a quote made before it, a new route after rejected parts or an expert review) gets a
 * new quote. A change between the on-site and the parts repair keeps the quote: it priced repair and parts already
 * (000 §1.5.2.3).
 */
public final class RepairQuoteBasis {

  private RepairQuoteBasis() {}

  /**
   * Whether the customer must be quoted again before the repair goes on: only a chargeable repair already quoted,
   * when it goes to the factory on a quote that did not rest on the factory's, or leaves the factory route its quote
   * rested on.
   */
  public static boolean requoteNeeded(
      Coverage coverage, BigDecimal quoteTotal, RepairRoute route, RepairRoute quotedRoute, boolean onFactoryQuote) {
    if (coverage != Coverage.CHARGEABLE || quoteTotal == null || route == null) {
      return false;
    }
    return (route == RepairRoute.FACTORY) != onFactoryQuote;
  }

  /** {@link #requoteNeeded} on the case's variables, stored as {@code requoteNeeded} for the route gateway. */
  public static void decide(VariableScope execution) {
    Typed.REQUOTE_NEEDED.set(execution, requoteNeeded(
        Typed.COVERAGE.get(execution), Typed.QUOTE_TOTAL.get(execution), Typed.REPAIR_ROUTE.get(execution),
        Typed.QUOTED_ROUTE.get(execution), Boolean.TRUE.equals(Typed.QUOTE_ON_FACTORY_QUOTE.get(execution))));
  }

  /**
   * The customer's quote of a factory repair rests on the factory's: it may not be lower than the factory's price.
   *
   * @throws IllegalArgumentException naming labourCost when the total is below the factory's quote
   */
  public static void checkAgainstFactoryQuote(BigDecimal customerTotal, BigDecimal factoryQuote) {
    if (factoryQuote != null && customerTotal.compareTo(factoryQuote) < 0) {
      throw new IllegalArgumentException("labourCost: the quote (" + customerTotal.toPlainString()
          + " yuan) is below the factory's quote (" + factoryQuote.toPlainString() + " yuan), on which it rests"
          + " (000 §1.5.2.4)");
    }
  }
}
