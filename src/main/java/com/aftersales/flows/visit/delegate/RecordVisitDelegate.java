package com.aftersales.flows.visit.delegate;

import com.aftersales.flows.visit.VisitProcess.Vars;
import com.aftersales.flows.visit.VisitService;
import com.aftersales.flows.visit.VisitVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the visit form: the answer, or an attempt that did not reach the customer; decides what follows. */
@Component("recordVisitDelegate")
public class RecordVisitDelegate implements JavaDelegate {

  private final VisitService visits;

  public RecordVisitDelegate(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VisitService.Answer answer =
        new VisitService.Answer(
            VisitVariables.string(execution, Vars.VISIT_CONTACT),
            VisitVariables.string(execution, Vars.VISIT_MODE),
            VisitVariables.string(execution, Vars.VISIT_ANSWER),
            VisitVariables.integer(execution, Vars.SATISFACTION_SCORE),
            VisitVariables.string(execution, Vars.SUGGESTIONS),
            VisitVariables.flag(execution, Vars.COMPLAINT_RAISED));
    VisitService.Recorded recorded =
        visits.record(
            execution.getProcessBusinessKey(),
            VisitVariables.integer(execution, Vars.VISIT_ATTEMPT),
            answer,
            VisitVariables.currentUser(execution.getProcessEngineServices().getIdentityService()));
    execution.setVariable(Vars.VISIT_OUTCOME, recorded.outcome());
    execution.setVariable(Vars.OPEN_COMPLAINT, recorded.openComplaint());
    execution.setVariable(Vars.FEEDBACK_HAND_IN_DUE_AT, recorded.feedbackHandInDueAt());
  }
}
