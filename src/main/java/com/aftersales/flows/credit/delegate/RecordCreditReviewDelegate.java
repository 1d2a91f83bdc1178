package com.aftersales.flows.credit.delegate;

import com.aftersales.flows.credit.CreditProcess.Typed;
import com.aftersales.flows.credit.CreditService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Records the review's new grade, limit and next review date into the customer and its credit history. */
@Component("recordCreditReviewDelegate")
public class RecordCreditReviewDelegate implements JavaDelegate {

  private final CreditService credit;
  private final IdentityService identityService;

  public RecordCreditReviewDelegate(CreditService credit, @Lazy IdentityService identityService) {
    this.credit = credit;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication authentication = identityService.getCurrentAuthentication();
    String reviewer = authentication == null ? null : authentication.getUserId();
    credit.recordReview(Typed.CUSTOMER_ID.required(execution), Typed.REVIEW_ID.required(execution),
        Typed.NEW_CREDIT_GRADE.required(execution), Typed.NEW_CREDIT_LIMIT.required(execution),
        Typed.NEXT_CREDIT_REVIEW.get(execution), Typed.REVIEW_REPORT.get(execution), reviewer);
  }
}
