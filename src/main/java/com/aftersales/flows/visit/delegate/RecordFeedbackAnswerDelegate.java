package com.aftersales.flows.visit.delegate;

import com.aftersales.flows.visit.VisitProcess.Vars;
import com.aftersales.flows.visit.VisitService;
import com.aftersales.flows.visit.VisitVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service commitment made to the customer on the feedback form is recorded on the visit and the case. */
@Component("recordFeedbackAnswerDelegate")
public class RecordFeedbackAnswerDelegate implements JavaDelegate {

  private final VisitService visits;

  public RecordFeedbackAnswerDelegate(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    visits.feedbackAnswered(
        execution.getProcessBusinessKey(),
        VisitVariables.string(execution, Vars.SERVICE_COMMITMENT),
        VisitVariables.currentUser(execution.getProcessEngineServices().getIdentityService()));
  }
}
