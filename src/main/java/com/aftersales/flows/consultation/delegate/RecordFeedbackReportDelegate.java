package com.aftersales.flows.consultation.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.consultation.ConsultationProcess.Vars;
import com.aftersales.flows.consultation.ConsultationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files the sales office's written report, which goes to the general manager (rulebook 000 article 6). */
@Component("recordFeedbackReportDelegate")
public class RecordFeedbackReportDelegate implements JavaDelegate {

  private final ConsultationService consultations;

  public RecordFeedbackReportDelegate(ConsultationService consultations) {
    this.consultations = consultations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    consultations.report(Steps.required(execution, CaseVariables.CASE_NUMBER),
        Steps.required(execution, Vars.FEEDBACK_REPORT), Steps.user(execution), Steps.now());
  }
}
