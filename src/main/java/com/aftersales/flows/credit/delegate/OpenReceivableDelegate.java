package com.aftersales.flows.credit.delegate;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.customers.PaymentTerms;
import com.aftersales.flows.credit.CreditProcess.Typed;
import com.aftersales.flows.credit.CreditService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the case's receivable with the decided payment terms and notes the terms on the case. */
@Component("openReceivableDelegate")
public class OpenReceivableDelegate implements JavaDelegate {

  static final String ACTION = "PAYMENT_TERMS";

  private final CreditService credit;
  private final CaseService cases;

  public OpenReceivableDelegate(CreditService credit, CaseService cases) {
    this.credit = credit;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = Typed.CASE_NUMBER.required(execution);
    PaymentTerms terms = Typed.PAYMENT_TERMS.required(execution);
    credit.openReceivable(Typed.CUSTOMER_ID.get(execution), caseNumber,
        Typed.PAYMENT_AMOUNT.required(execution), terms);
    cases.addRecord(caseNumber, new ServiceRecord(ACTION, null, null, Typed.PAYMENT_AMOUNT.required(execution),
        "Payment terms " + terms.code(), null, null));
  }
}
