package com.aftersales.flows.consultation.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.consultation.ConsultationProcess.Vars;
import com.aftersales.flows.consultation.ConsultationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files one check of the follow-through (rulebook 000 article 9: 追溯解决结果); not done means another check. */
@Component("recordFollowThroughDelegate")
public class RecordFollowThroughDelegate implements JavaDelegate {

  private final ConsultationService consultations;

  public RecordFollowThroughDelegate(ConsultationService consultations) {
    this.consultations = consultations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean done = Steps.flag(execution, Vars.FOLLOW_THROUGH_DONE);
    consultations.followThrough(Steps.required(execution, CaseVariables.CASE_NUMBER),
        Steps.required(execution, Vars.FOLLOW_THROUGH_NOTE), done, Steps.user(execution), Steps.now());
    execution.setVariable(Vars.FOLLOW_THROUGH_DONE, done);
  }
}
