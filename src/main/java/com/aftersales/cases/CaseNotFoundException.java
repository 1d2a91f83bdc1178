package com.aftersales.cases;

/** No case with this number: the API answers 404, a delegate's job fails and becomes an incident. */
public class CaseNotFoundException extends RuntimeException {

  private final String caseNumber;

  public CaseNotFoundException(String caseNumber) {
    super("No service case " + caseNumber);
    this.caseNumber = caseNumber;
  }

  public String caseNumber() {
    return caseNumber;
  }
}
