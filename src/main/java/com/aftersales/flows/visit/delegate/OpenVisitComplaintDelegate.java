package com.aftersales.flows.visit.delegate;

import com.aftersales.flows.visit.VisitProcess.Vars;
import com.aftersales.flows.visit.VisitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A low score or a complaint in the answer: a complaint case, linked to the visited case, with what was said. */
@Component("openVisitComplaintDelegate")
public class OpenVisitComplaintDelegate implements JavaDelegate {

  private final VisitService visits;

  public OpenVisitComplaintDelegate(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Vars.COMPLAINT_CASE_NUMBER, visits.openComplaint(execution.getProcessBusinessKey()));
  }
}
