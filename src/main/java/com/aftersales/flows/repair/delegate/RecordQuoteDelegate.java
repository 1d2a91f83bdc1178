package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.FormValues;
import com.aftersales.flows.repair.RepairCaseRecords;
import com.aftersales.flows.repair.RepairProcess.Vars;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Totals the quote (labour plus parts), records it on the case and keeps the total for the quote mail. */
@Component("recordQuoteDelegate")
public class RecordQuoteDelegate implements JavaDelegate {

  private final RepairCaseRecords records;

  public RecordQuoteDelegate(RepairCaseRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal total = records.quote(execution.getProcessBusinessKey(),
        FormValues.decimal(Vars.LABOUR_COST, execution.getVariable(Vars.LABOUR_COST)),
        FormValues.decimal(Vars.PARTS_COST, execution.getVariable(Vars.PARTS_COST)),
        (String) execution.getVariable(Vars.QUOTE_NOTES));
    // A plain string: mails print it as is and no serializer is needed for BigDecimal.
    execution.setVariable(Vars.QUOTE_TOTAL, total.toPlainString());
  }
}
