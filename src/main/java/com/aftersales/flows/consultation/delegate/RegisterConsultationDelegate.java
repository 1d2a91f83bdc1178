package com.aftersales.flows.consultation.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.consultation.ConsultationService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files the question with the answer commitment intake gave it (responseDueAt: 24 hours, rulebook 002). */
@Component("registerConsultationDelegate")
public class RegisterConsultationDelegate implements JavaDelegate {

  private final ConsultationService consultations;

  public RegisterConsultationDelegate(ConsultationService consultations) {
    this.consultations = consultations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!(execution.getVariable(CaseVariables.RESPONSE_DUE_AT) instanceof Date due)) {
      throw new IllegalArgumentException("Process variable " + CaseVariables.RESPONSE_DUE_AT + " is missing");
    }
    consultations.register(Steps.required(execution, CaseVariables.CASE_NUMBER),
        Steps.required(execution, CaseVariables.DESCRIPTION), Steps.now(), due.toInstant());
  }
}
