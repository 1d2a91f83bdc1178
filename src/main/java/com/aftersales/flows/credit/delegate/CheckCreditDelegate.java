package com.aftersales.flows.credit.delegate;

import com.aftersales.flows.credit.CreditProcess.Typed;
import com.aftersales.flows.credit.CreditProcess.Vars;
import com.aftersales.flows.credit.CreditService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Reads the customer's credit for the amount of the work (payment gate): grade, limit, open amount, remaining credit
 * and whether the amount stays within the limit, the inputs of payment-terms.dmn.
 */
@Component("checkCreditDelegate")
public class CheckCreditDelegate implements JavaDelegate {

  private final CreditService credit;

  public CheckCreditDelegate(CreditService credit) {
    this.credit = credit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CreditService.CreditCheck check =
        credit.check(Typed.CUSTOMER_ID.get(execution), Typed.PAYMENT_AMOUNT.required(execution));
    execution.setVariable(Vars.CREDIT_GRADE, check.creditGrade().code());
    execution.setVariable(Vars.CREDIT_LIMIT, check.creditLimit().toPlainString());
    execution.setVariable(Vars.OPEN_AMOUNT, check.openAmount().toPlainString());
    execution.setVariable(Vars.REMAINING_CREDIT, check.remainingCredit().toPlainString());
    execution.setVariable(Vars.WITHIN_CREDIT_LIMIT, check.withinCreditLimit());
    execution.setVariable(Vars.PAID_IN_ADVANCE, false);
  }
}
