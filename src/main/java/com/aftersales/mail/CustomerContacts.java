package com.aftersales.mail;

import java.util.Map;

/**
 * The customer's contact data for a mail, looked up when the mail is sent: process variables carry only the
 * customer's id (cases.CaseVariables.CUSTOMER_ID), never a phone number, e-mail or address. The customer archive
 * provides the bean; the mail package knows no feature.
 */
public interface CustomerContacts {

  /**
   * @param variables the mail step's variables (customerId, caseNumber)
   * @return customerName, customerPhone, customerEmail and customerAddress of the case's customer (absent values
   *     left out), or an empty map when the archive does not know the case's customer
   */
  Map<String, Object> forMail(Map<String, Object> variables);
}
