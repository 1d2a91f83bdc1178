package com.aftersales.flows.credit.delegate;

import com.aftersales.flows.credit.CreditProcess.Typed;
import com.aftersales.flows.credit.CreditProcess.Vars;
import com.aftersales.flows.credit.CreditService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts what the reviewer reads on the review: the customer's name, current grade and limit, the open amount and the
 * payment history (no contact data: the form links to the customer card).
 */
@Component("prepareCreditReviewDelegate")
public class PrepareCreditReviewDelegate implements JavaDelegate {

  private final CreditService credit;

  public PrepareCreditReviewDelegate(CreditService credit) {
    this.credit = credit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CreditService.ReviewSheet sheet = credit.sheet(Typed.CUSTOMER_ID.required(execution));
    execution.setVariable(Vars.CUSTOMER_NAME, sheet.customerName());
    execution.setVariable(Vars.CREDIT_GRADE, sheet.creditGrade().code());
    execution.setVariable(Vars.CREDIT_LIMIT, sheet.creditLimit().toPlainString());
    execution.setVariable(Vars.OPEN_AMOUNT, sheet.openAmount().toPlainString());
    execution.setVariable(Vars.PAYMENT_HISTORY, sheet.paymentHistory());
    // The form offers the current grade and limit as the starting point of the new ones.
    execution.setVariable(Vars.NEW_CREDIT_GRADE, sheet.creditGrade().code());
    execution.setVariable(Vars.NEW_CREDIT_LIMIT, sheet.creditLimit().toPlainString());
  }
}
