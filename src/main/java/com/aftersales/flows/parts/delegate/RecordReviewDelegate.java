package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsLines;
import com.aftersales.flows.parts.PartsProcess.Review;
import com.aftersales.flows.parts.PartsProcess.Status;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsRequests;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the planning manager's review. Runs in the transaction of the review task, so a missing price or
 * rejection reason refuses the task completion and the manager sees the message.
 */
@Component("recordReviewDelegate")
public class RecordReviewDelegate implements JavaDelegate {

  private final PartsRequests requests;
  private final IdentityService identityService;

  public RecordReviewDelegate(PartsRequests requests, @org.springframework.context.annotation.Lazy IdentityService identityService) {
    this.requests = requests;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = PartsVariables.required(execution, Vars.REVIEW_DECISION);
    if (!Review.APPROVED.equals(decision) && !Review.REJECTED.equals(decision)) {
      throw new IllegalArgumentException("reviewDecision must be approved or rejected, not " + decision);
    }
    Map<Integer, java.math.BigDecimal> prices = PartsLines.unitPrices(execution.getVariable(Vars.PARTS_LINES));
    PartsRequests.ReviewResult result = requests.review(
        (String) execution.getVariable(Vars.PARTS_REQUEST_NUMBER), Review.APPROVED.equals(decision),
        PartsVariables.text(execution, Vars.REJECTION_REASON), prices, PartsVariables.currentUser(identityService),
        PartsVariables.ownCase(execution));
    String status = result.approved() ? Status.APPROVED : Status.REJECTED;
    execution.setVariable(Vars.PARTS_LINES, PartsLines.toVariable(result.lines()));
    execution.setVariable(Vars.PARTS_SUMMARY, PartsRequests.describe(result.lines()));
    execution.setVariable(Vars.PARTS_TOTAL_AMOUNT, result.total().toPlainString());
    execution.setVariable(Vars.CHARGEABLE, result.approved() && result.total().signum() > 0);
    execution.setVariable(Vars.PARTS_REQUEST_STATUS, status);
  }
}
