package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.EngineerLevels;
import com.aftersales.flows.repair.LabourPricing;
import com.aftersales.flows.repair.RepairProcess.EngineerLevel;
import com.aftersales.flows.repair.RepairProcess.RepairDifficulty;
import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import com.aftersales.flows.repair.RepairQuoteBasis;
import com.aftersales.flows.repair.RepairProcess.Typed;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.stock.PartsCharges;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Prices and totals the quote (rulebook 003 九.1): labour from labour-rate.dmn for the level of the engineer sent
 * (the configured default before anyone was sent) and the difficulty chosen, parts as quoted plus the stocked parts
 * the case used at cost plus the handling fee; records it on the case and keeps the lines for the quote mail; also
 * what it rests on (the route, the factory's quote of a factory repair: {@link RepairQuoteBasis}).
 */
@Component("recordQuoteDelegate")
public class RecordQuoteDelegate implements JavaDelegate {

  private final RepairService records;
  private final EngineerLevels levels;
  private final LabourPricing pricing;
  private final PartsCharges partsCharges;

  public RecordQuoteDelegate(RepairService records, EngineerLevels levels, LabourPricing pricing,
      PartsCharges partsCharges) {
    this.records = records;
    this.levels = levels;
    this.pricing = pricing;
    this.partsCharges = partsCharges;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    RepairDifficulty difficulty = Typed.REPAIR_DIFFICULTY.required(execution);
    BigDecimal otherParts = Typed.PARTS_COST.required(execution);
    EngineerLevel level = levels.pricedLevel(Typed.ENGINEER.get(execution));
    BigDecimal labour = pricing.labourCost(level, difficulty);
    BigDecimal stockParts = partsCharges.of(caseNumber, true).total();
    RepairService.Quote quote = new RepairService.Quote(level, difficulty, labour, otherParts, stockParts,
        Typed.QUOTE_NOTES.get(execution));
    RepairRoute route = Typed.REPAIR_ROUTE.get(execution);
    BigDecimal factoryQuote = route == RepairRoute.FACTORY ? Typed.FACTORY_QUOTE_AMOUNT.get(execution) : null;
    RepairQuoteBasis.checkAgainstFactoryQuote(labour.add(quote.parts()), factoryQuote);
    BigDecimal total = records.quote(caseNumber, quote);
    Typed.ENGINEER_LEVEL.set(execution, level);
    Typed.LABOUR_COST.set(execution, labour);
    Typed.PARTS_COST.set(execution, quote.parts());
    // the new parts' share: the invoice replaces it by the parts request's lines when they are decided one by one
    Typed.QUOTED_NEW_PARTS_COST.set(execution, otherParts);
    Typed.QUOTE_TOTAL.set(execution, total);
    // what the quote rests on: a later change of route gets a new quote (000 §1.5.2.4)
    Typed.QUOTED_ROUTE.set(execution, route);
    Typed.QUOTE_ON_FACTORY_QUOTE.set(execution, factoryQuote != null);
    Typed.REQUOTE_NEEDED.set(execution, false);
  }
}
