package com.aftersales.flows.consultation.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.faq.FaqService;
import com.aftersales.flows.FormChoice;
import com.aftersales.flows.Steps;
import com.aftersales.flows.consultation.ConsultationProcess.Kind;
import com.aftersales.flows.consultation.ConsultationProcess.Vars;
import com.aftersales.flows.consultation.ConsultationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Files customer service's answer and what kind of request it was; the kind decides whether the sales office sees it.
 * A question customer service marks as common becomes a draft FAQ entry (002 客服流程 一(四)) for a service manager
 * to publish.
 */
@Component("recordConsultationAnswerDelegate")
public class RecordConsultationAnswerDelegate implements JavaDelegate {

  private final ConsultationService consultations;
  private final FaqService faq;

  public RecordConsultationAnswerDelegate(ConsultationService consultations, FaqService faq) {
    this.consultations = consultations;
    this.faq = faq;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Kind kind = FormChoice.of(Kind.class, Vars.KIND, Steps.required(execution, Vars.KIND));
    String caseNumber = Steps.required(execution, CaseVariables.CASE_NUMBER);
    String answer = Steps.required(execution, Vars.ANSWER);
    consultations.answer(caseNumber, kind, answer, Steps.user(execution), Steps.now());
    if (Steps.flag(execution, Vars.FAQ_PROPOSED)) {
      execution.setVariable(Vars.FAQ_ENTRY_ID, faq.proposeFromConsultation(caseNumber,
          Steps.string(execution, Vars.FAQ_QUESTION), answer, Steps.string(execution, CaseVariables.PRODUCT_MODEL),
          Steps.user(execution), Steps.now()));
    }
    execution.setVariable(Vars.KIND_TEXT, kind.text());
  }
}
