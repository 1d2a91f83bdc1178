package com.aftersales.flows.repair.delegate;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.repair.RepairProcess.Actions;
import com.aftersales.flows.repair.RepairProcess.Typed;
import com.aftersales.variables.CurrentUser;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The factory's quote for a factory repair, recorded on the case before the customer is quoted (rulebook 000
 * §1.5.2.4: 返厂维修的,厂方先报价,再向客户报价). The amount must be positive.
 */
@Component("recordFactoryQuoteDelegate")
public class RecordFactoryQuoteDelegate implements JavaDelegate {

  private final CaseService cases;

  public RecordFactoryQuoteDelegate(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal amount = Typed.FACTORY_QUOTE_AMOUNT.required(execution);
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("factoryQuoteAmount must be positive: " + amount.toPlainString());
    }
    String notes = Typed.FACTORY_QUOTE_NOTES.get(execution);
    cases.addRecord(execution.getProcessBusinessKey(), new ServiceRecord(Actions.FACTORY_QUOTE, null, null, amount,
        "Factory's quote " + amount.toPlainString() + " yuan" + (notes == null ? "" : ": " + notes),
        CurrentUser.of(execution), null));
  }
}
