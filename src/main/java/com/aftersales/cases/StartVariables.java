package com.aftersales.cases;

import com.aftersales.variables.Variable;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The start variables of every flow ({@link CaseVariables}, the names the models and forms use), typed: how
 * delegates and services of all flows read the case (see {@link Variable} for the rules).
 */
public final class StartVariables {

  public static final Variable<String> CASE_NUMBER = Variable.text(CaseVariables.CASE_NUMBER);
  public static final Variable<String> CASE_TYPE = Variable.text(CaseVariables.CASE_TYPE);
  public static final Variable<String> CUSTOMER_NAME = Variable.text(CaseVariables.CUSTOMER_NAME);
  public static final Variable<String> PRODUCT_MODEL = Variable.text(CaseVariables.PRODUCT_MODEL);
  public static final Variable<String> SERIAL_NUMBER = Variable.text(CaseVariables.SERIAL_NUMBER);
  /** ISO date text (yyyy-MM-dd), as intake stores it; {@link WarrantyPeriod} reads it. */
  public static final Variable<String> PURCHASE_DATE = Variable.text(CaseVariables.PURCHASE_DATE);
  public static final Variable<Boolean> PURCHASE_PROOF = Variable.bool(CaseVariables.PURCHASE_PROOF);
  public static final Variable<String> DESCRIPTION = Variable.text(CaseVariables.DESCRIPTION);
  public static final Variable<Date> RESPONSE_DUE_AT = Variable.dateTime(CaseVariables.RESPONSE_DUE_AT);

  private StartVariables() {}

  /**
   * The case a step works on: its {@code caseNumber}, else the business key (intake starts every flow with the
   * case number as both; a called parts flow gets the caller's as business key).
   */
  public static String caseNumber(DelegateExecution execution) {
    String caseNumber = CASE_NUMBER.get(execution);
    if (caseNumber == null) {
      caseNumber = execution.getProcessBusinessKey();
    }
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new IllegalStateException("Process instance " + execution.getProcessInstanceId() + " has no case number");
    }
    return caseNumber;
  }
}
