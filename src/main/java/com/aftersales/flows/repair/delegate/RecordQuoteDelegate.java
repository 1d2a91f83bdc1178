package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Typed;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Totals the quote (labour plus parts), records it on the case and keeps the total for the quote mail. */
@Component("recordQuoteDelegate")
public class RecordQuoteDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordQuoteDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal total = records.quote(execution.getProcessBusinessKey(),
        Typed.LABOUR_COST.required(execution), Typed.PARTS_COST.required(execution), Typed.QUOTE_NOTES.get(execution));
    Typed.QUOTE_TOTAL.set(execution, total);
  }
}
