package com.aftersales.flows.credit.delegate;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.credit.CreditProcess.Typed;
import com.aftersales.flows.credit.CreditProcess.Vars;
import com.aftersales.flows.credit.CreditService;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer paid before the work: the case's receivable is paid and the case notes it. */
@Component("recordAdvancePaymentDelegate")
public class RecordAdvancePaymentDelegate implements JavaDelegate {

  static final String ACTION = "ADVANCE_PAYMENT";

  private final CreditService credit;
  private final CaseService cases;

  public RecordAdvancePaymentDelegate(CreditService credit, CaseService cases) {
    this.credit = credit;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = Typed.CASE_NUMBER.required(execution);
    BigDecimal amount = Typed.AMOUNT_PAID.required(execution);
    String reference = Typed.PAYMENT_REFERENCE.get(execution);
    credit.paidInAdvance(caseNumber, amount, reference);
    cases.addRecord(caseNumber, new ServiceRecord(ACTION, null, null, amount,
        "Paid before the work, reference " + reference, null, null));
    execution.setVariable(Vars.PAID_IN_ADVANCE, true);
  }
}
