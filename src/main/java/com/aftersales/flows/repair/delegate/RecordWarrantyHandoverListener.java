package com.aftersales.flows.repair.delegate;

import com.aftersales.cases.CaseNotFoundException;
import com.aftersales.cases.CaseService;
import com.aftersales.flows.Steps;
import com.aftersales.flows.repair.RepairProcess.Vars;
import com.aftersales.flows.repair.RepairProcess.Typed;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.WarrantyStatement;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of the customer's sign-off (000 第四篇 四(一)): when the repair is accepted, the engineer confirms the
 * warranty terms (the statement printed on the service report) were handed over and the promise restated; the case
 * records the statement as handed over. Accepted without the handover (not confirmed, or not answered at all, as a REST
 * client may send it) is refused (400 naming the field) and the task stays open.
 */
@Component("recordWarrantyHandoverListener")
public class RecordWarrantyHandoverListener implements TaskListener {

  private final RepairService records;
  private final CaseService cases;
  private final WarrantyStatement statements;

  public RecordWarrantyHandoverListener(RepairService records, CaseService cases, WarrantyStatement statements) {
    this.records = records;
    this.cases = cases;
    this.statements = statements;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!"resolved".equals(Steps.string(task, Vars.SIGN_OFF))) {
      return;
    }
    if (!Typed.WARRANTY_TERMS_HANDED_OVER.required(task)) {
      throw new IllegalArgumentException(
          "warrantyTermsHandedOver: hand the warranty terms to the customer before the sign-off");
    }
    String caseNumber = task.getExecution().getProcessBusinessKey();
    records.warrantyTermsHandedOver(caseNumber, task.getAssignee(),
        statements.of(cases.find(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber))));
  }
}
