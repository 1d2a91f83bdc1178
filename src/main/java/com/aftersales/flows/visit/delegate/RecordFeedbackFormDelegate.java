package com.aftersales.flows.visit.delegate;

import com.aftersales.flows.visit.VisitProcess.Vars;
import com.aftersales.flows.visit.VisitService;
import com.aftersales.flows.visit.VisitVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The written feedback form is back: recorded, and the answer to the customer is due within 48 hours. */
@Component("recordFeedbackFormDelegate")
public class RecordFeedbackFormDelegate implements JavaDelegate {

  private final VisitService visits;

  public RecordFeedbackFormDelegate(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        Vars.FEEDBACK_ANSWER_DUE_AT,
        visits.feedbackHandedIn(
            execution.getProcessBusinessKey(),
            VisitVariables.string(execution, Vars.FEEDBACK_FORM_NUMBER),
            VisitVariables.currentUser(execution.getProcessEngineServices().getIdentityService())));
  }
}
