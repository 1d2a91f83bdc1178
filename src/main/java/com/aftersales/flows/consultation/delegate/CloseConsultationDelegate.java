package com.aftersales.flows.consultation.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.consultation.ConsultationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the consultation and its case once answered (and, for feedback, instructed and followed through). */
@Component("closeConsultationDelegate")
public class CloseConsultationDelegate implements JavaDelegate {

  private final ConsultationService consultations;

  public CloseConsultationDelegate(ConsultationService consultations) {
    this.consultations = consultations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    consultations.close(Steps.required(execution, CaseVariables.CASE_NUMBER), Steps.now());
  }
}
