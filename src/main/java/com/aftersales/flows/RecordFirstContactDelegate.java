package com.aftersales.flows;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.ServiceRecord;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records customer service's first contact ({@link FirstContact#FORM}) on the case: who called and what was agreed.
 * The note is required; the record is the case's answer to "was the customer contacted, and when".
 */
@Component("recordFirstContactDelegate")
public class RecordFirstContactDelegate implements JavaDelegate {

  private final CaseService cases;

  public RecordFirstContactDelegate(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String note = Steps.required(execution, FirstContact.CONTACT_NOTE);
    cases.addRecord(Steps.required(execution, CaseVariables.CASE_NUMBER),
        new ServiceRecord(FirstContact.ACTION, null, null, null, note, Steps.user(execution), null));
  }
}
