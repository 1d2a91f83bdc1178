package com.aftersales.flows.repeatrepair;

import com.aftersales.flows.repeatrepair.RepeatRepairReview.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The repeat repair's fault is a repair-quality fault: recorded against the earlier engineer, noted on both cases. */
@Component("recordRepairQualityFaultDelegate")
public class RecordRepairQualityFaultDelegate implements JavaDelegate {

  private final RepeatRepairReviews reviews;

  public RecordRepairQualityFaultDelegate(RepeatRepairReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    reviews.recordQualityFault(Typed.CASE_NUMBER.required(execution), Typed.REPEAT_OF.required(execution),
        Typed.EARLIER_ENGINEER.get(execution), Typed.FAULT_ANALYSIS.required(execution),
        who == null ? null : who.getUserId());
  }
}
