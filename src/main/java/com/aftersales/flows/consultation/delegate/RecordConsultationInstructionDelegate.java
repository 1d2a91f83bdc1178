package com.aftersales.flows.consultation.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.consultation.ConsultationProcess.Vars;
import com.aftersales.flows.consultation.ConsultationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files the general manager's instruction and whether a department must act on it. */
@Component("recordConsultationInstructionDelegate")
public class RecordConsultationInstructionDelegate implements JavaDelegate {

  private final ConsultationService consultations;

  public RecordConsultationInstructionDelegate(ConsultationService consultations) {
    this.consultations = consultations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean actionRequired = Steps.flag(execution, Vars.ACTION_REQUIRED);
    consultations.instruction(Steps.required(execution, CaseVariables.CASE_NUMBER),
        Steps.required(execution, Vars.INSTRUCTION), actionRequired,
        Steps.string(execution, Vars.RESPONSIBLE_DEPARTMENT), Steps.user(execution), Steps.now());
    // the gateway reads a boolean even when the form's checkbox was left untouched
    execution.setVariable(Vars.ACTION_REQUIRED, actionRequired);
  }
}
