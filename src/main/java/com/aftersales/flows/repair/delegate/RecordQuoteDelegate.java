package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import com.aftersales.flows.repair.RepairQuoteBasis;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Typed;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Totals the quote (labour plus parts), records it on the case and keeps the total for the quote mail; also what it
 * rests on (the route, the factory's quote of a factory repair: {@link RepairQuoteBasis}).
 */
@Component("recordQuoteDelegate")
public class RecordQuoteDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordQuoteDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal labour = Typed.LABOUR_COST.required(execution);
    BigDecimal parts = Typed.PARTS_COST.required(execution);
    RepairRoute route = Typed.REPAIR_ROUTE.get(execution);
    BigDecimal factoryQuote = route == RepairRoute.FACTORY ? Typed.FACTORY_QUOTE_AMOUNT.get(execution) : null;
    RepairQuoteBasis.checkAgainstFactoryQuote(labour.add(parts), factoryQuote);
    BigDecimal total = records.quote(execution.getProcessBusinessKey(), labour, parts, Typed.QUOTE_NOTES.get(execution));
    Typed.QUOTE_TOTAL.set(execution, total);
    // what the quote rests on: a later change of route gets a new quote (000 §1.5.2.4)
    Typed.QUOTED_ROUTE.set(execution, route);
    Typed.QUOTE_ON_FACTORY_QUOTE.set(execution, factoryQuote != null);
    Typed.REQUOTE_NEEDED.set(execution, false);
  }
}
