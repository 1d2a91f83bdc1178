package com.aftersales.flows.visit.delegate;

import com.aftersales.flows.visit.VisitProcess.Vars;
import com.aftersales.flows.visit.VisitService;
import com.aftersales.flows.visit.VisitVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Picks the contact window of the next attempt: the timer waits for it to open, the task is due when it closes. */
@Component("planContactWindowDelegate")
public class PlanContactWindowDelegate implements JavaDelegate {

  private final VisitService visits;

  public PlanContactWindowDelegate(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer previous = VisitVariables.integer(execution, Vars.VISIT_ATTEMPT);
    VisitService.Attempt attempt =
        visits.planAttempt(
            execution.getProcessBusinessKey(),
            previous == null ? 0 : previous,
            (Date) execution.getVariable(Vars.VISIT_DUE_AT));
    execution.setVariable(Vars.VISIT_ATTEMPT, attempt.number());
    execution.setVariable(Vars.VISIT_CALL_AT, attempt.callAt());
    execution.setVariable(Vars.VISIT_DUE_AT, attempt.dueAt());
    execution.setVariable(Vars.VISIT_WINDOW_TEXT, attempt.windowText());
  }
}
