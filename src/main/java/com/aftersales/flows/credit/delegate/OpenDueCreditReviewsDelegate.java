package com.aftersales.flows.credit.delegate;

import com.aftersales.flows.credit.CreditProcess;
import com.aftersales.flows.credit.CreditProcess.Vars;
import com.aftersales.flows.credit.CreditService;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The morning scan (credit-review-scan): opens a credit review for every customer whose review date has come,
 * business key CR-{customer}-{today}. A customer with a review still open gets no second one, and a review of the
 * day that exists already is not opened again, so a rerun of the job opens none twice.
 */
@Component("openDueCreditReviewsDelegate")
public class OpenDueCreditReviewsDelegate implements JavaDelegate {

  private final CreditService credit;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  public OpenDueCreditReviewsDelegate(CreditService credit, @Lazy RuntimeService runtimeService,
      @Lazy HistoryService historyService) {
    this.credit = credit;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = credit.today();
    for (long customerId : credit.dueReviews(today)) {
      boolean open = runtimeService.createProcessInstanceQuery().processDefinitionKey(CreditProcess.REVIEW_KEY)
          .variableValueEquals(Vars.CUSTOMER_ID, customerId).count() > 0;
      String reviewId = CreditService.reviewId(customerId, today);
      boolean openedToday = historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(CreditProcess.REVIEW_KEY).processInstanceBusinessKey(reviewId).count() > 0;
      if (!open && !openedToday) {
        runtimeService.startProcessInstanceByKey(CreditProcess.REVIEW_KEY, reviewId,
            Map.of(Vars.CUSTOMER_ID, customerId, Vars.REVIEW_ID, reviewId, Vars.REVIEW_DUE_ON, today.toString()));
      }
    }
  }
}
