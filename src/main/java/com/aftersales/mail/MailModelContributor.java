package com.aftersales.mail;

import java.util.Map;

/**
 * Adds values every mail template may use beside the case's variables, e.g. the link to the customer's status
 * page. Contributed as beans by the packages that own the values, so the mail package imports none of them.
 */
public interface MailModelContributor {

  /** Adds (never replaces) values for the mail of {@code caseNumber} (may be null) to {@code model}. */
  void contribute(String caseNumber, Map<String, Object> model);
}
