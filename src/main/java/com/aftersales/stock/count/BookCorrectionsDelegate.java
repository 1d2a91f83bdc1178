package com.aftersales.stock.count;

import com.aftersales.stock.StepInput;
import com.aftersales.stock.count.CountProcess.Vars;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The manager approved the count's differences: each becomes a correction line of the ledger, by the approver. */
@Component("bookCorrectionsDelegate")
public class BookCorrectionsDelegate implements JavaDelegate {

  private final StockCounts counts;
  private final IdentityService identityService;

  public BookCorrectionsDelegate(StockCounts counts, @Lazy IdentityService identityService) {
    this.counts = counts;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String countId = StepInput.required(execution, Vars.COUNT_ID);
    String store = StepInput.required(execution, Vars.STORE);
    StepInput.ledger(() -> {
      counts.approve(countId, store, StepInput.actor(identityService, "system"), ClockUtil.getCurrentTime().toInstant());
      return null;
    });
  }
}
