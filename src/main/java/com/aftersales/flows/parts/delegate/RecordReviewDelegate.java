package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsLines;
import com.aftersales.flows.parts.PartsProcess.Review;
import com.aftersales.flows.parts.PartsProcess.Status;
import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsProcess;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.variables.CurrentUser;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the planning manager's review. Runs in the transaction of the review task, so a missing price or
 * rejection reason refuses the task completion and the manager sees the message.
 */
@Component("recordReviewDelegate")
public class RecordReviewDelegate implements JavaDelegate {

  private final PartsService requests;

  public RecordReviewDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Review decision = Typed.REVIEW_DECISION.required(execution);
    Map<Integer, java.math.BigDecimal> prices = PartsLines.unitPrices(execution.getVariable(Vars.PARTS_LINES));
    PartsService.ReviewResult result = requests.review(
        Typed.PARTS_REQUEST_NUMBER.get(execution), decision == Review.APPROVED,
        Typed.REJECTION_REASON.get(execution), prices, CurrentUser.of(execution),
        PartsProcess.ownCase(execution));
    String status = result.approved() ? Status.APPROVED : Status.REJECTED;
    execution.setVariable(Vars.PARTS_LINES, PartsLines.toVariable(result.lines()));
    Typed.PARTS_SUMMARY.set(execution, PartsService.describe(result.lines()));
    Typed.PARTS_TOTAL_AMOUNT.set(execution, result.total());
    Typed.CHARGEABLE.set(execution, result.approved() && result.total().signum() > 0);
    Typed.PARTS_REQUEST_STATUS.set(execution, status);
  }
}
