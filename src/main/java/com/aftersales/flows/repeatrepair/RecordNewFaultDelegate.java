package com.aftersales.flows.repeatrepair;

import com.aftersales.flows.repeatrepair.RepeatRepairReview.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The repeat repair's fault is a new one: notes the analysis on the case. */
@Component("recordNewFaultDelegate")
public class RecordNewFaultDelegate implements JavaDelegate {

  private final RepeatRepairReviews reviews;

  public RecordNewFaultDelegate(RepeatRepairReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    reviews.recordNewFault(Typed.CASE_NUMBER.required(execution), Typed.REPEAT_OF.required(execution),
        Typed.FAULT_ANALYSIS.required(execution), who == null ? null : who.getUserId());
  }
}
