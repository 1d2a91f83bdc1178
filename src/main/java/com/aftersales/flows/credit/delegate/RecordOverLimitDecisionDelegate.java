package com.aftersales.flows.credit.delegate;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.credit.CreditProcess.OverLimitDecision;
import com.aftersales.flows.credit.CreditProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Notes the manager's answer to an amount over the credit limit (002 二(三) 2.5) on the case. */
@Component("recordOverLimitDecisionDelegate")
public class RecordOverLimitDecisionDelegate implements JavaDelegate {

  static final String ACTION = "OVER_LIMIT_DECISION";

  private final CaseService cases;

  public RecordOverLimitDecisionDelegate(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OverLimitDecision decision = Typed.OVER_LIMIT_DECISION.required(execution);
    String note = Typed.OVER_LIMIT_NOTE.get(execution);
    if (note == null || note.length() < 5) {
      throw new IllegalArgumentException("overLimitNote: say why (at least 5 characters)");
    }
    cases.addRecord(Typed.CASE_NUMBER.required(execution),
        ServiceRecord.of(ACTION, "Over the credit limit: " + decision.code() + "; " + note));
  }
}
