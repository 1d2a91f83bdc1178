package com.aftersales.flows.consultation.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.FormChoice;
import com.aftersales.flows.Steps;
import com.aftersales.flows.consultation.ConsultationProcess.Kind;
import com.aftersales.flows.consultation.ConsultationProcess.Vars;
import com.aftersales.flows.consultation.ConsultationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files customer service's answer and what kind of request it was; the kind decides whether the sales office sees it. */
@Component("recordConsultationAnswerDelegate")
public class RecordConsultationAnswerDelegate implements JavaDelegate {

  private final ConsultationService consultations;

  public RecordConsultationAnswerDelegate(ConsultationService consultations) {
    this.consultations = consultations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Kind kind = FormChoice.of(Kind.class, Vars.KIND, Steps.required(execution, Vars.KIND));
    consultations.answer(Steps.required(execution, CaseVariables.CASE_NUMBER), kind,
        Steps.required(execution, Vars.ANSWER), Steps.user(execution), Steps.now());
    execution.setVariable(Vars.KIND_TEXT, kind.text());
  }
}
