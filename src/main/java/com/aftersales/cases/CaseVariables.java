package com.aftersales.cases;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Process variables every after-sales flow receives at its start (set by the intake API), so delegates,
 * forms and tests of all flows read the case the same way. The customer is there by archive id and name only. Dates are ISO strings (yyyy-MM-dd), as
 * Camunda Forms produce them.
 */
public final class CaseVariables {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String CASE_TYPE = "caseType";
  public static final String CHANNEL = "channel";
  /** Long: the customer's archive id (customers.Customer); contact data is read from the archive, not copied. */
  public static final String CUSTOMER_ID = "customerId";
  public static final String CUSTOMER_NAME = "customerName";
  /**
   * Contact data: never a process variable (it would leak through every engine API and into history); mails read
   * it from the archive at send time under these names (mail.CustomerContacts), forms show the customer card.
   */
  public static final String CUSTOMER_PHONE = "customerPhone";
  public static final String CUSTOMER_EMAIL = "customerEmail";
  public static final String CUSTOMER_ADDRESS = "customerAddress";
  public static final String PRODUCT_MODEL = "productModel";
  public static final String SERIAL_NUMBER = "serialNumber";
  /** ISO date string, yyyy-MM-dd; may be absent when the customer does not know it. */
  public static final String PURCHASE_DATE = "purchaseDate";
  /** Boolean: the customer can show a receipt, invoice or warranty card. */
  public static final String PURCHASE_PROOF = "purchaseProof";
  public static final String DESCRIPTION = "description";
  public static final String EXTERNAL_REFERENCE = "externalReference";
  /** java.util.Date: when the customer must have heard back from us (the first commitment). */
  public static final String RESPONSE_DUE_AT = "responseDueAt";
  /** The language the customer is written to in: a {@link CustomerLanguage} tag, zh-CN unless asked otherwise. */
  public static final String LANGUAGE = "language";

  private CaseVariables() {}

  /** The start variables of a flow for {@code serviceCase}; nulls included so models can always refer to them. */
  public static Map<String, Object> of(ServiceCase serviceCase, Date responseDueAt) {
    Map<String, Object> v = new HashMap<>();
    v.put(CASE_NUMBER, serviceCase.caseNumber());
    v.put(CASE_TYPE, serviceCase.type());
    v.put(CHANNEL, serviceCase.channel());
    v.put(CUSTOMER_ID, serviceCase.customerId());
    v.put(CUSTOMER_NAME, serviceCase.customerName());
    v.put(PRODUCT_MODEL, serviceCase.productModel());
    v.put(SERIAL_NUMBER, serviceCase.serialNumber());
    v.put(PURCHASE_DATE, serviceCase.purchaseDate() == null ? null : serviceCase.purchaseDate().toString());
    v.put(PURCHASE_PROOF, serviceCase.purchaseProof());
    v.put(DESCRIPTION, serviceCase.description());
    v.put(EXTERNAL_REFERENCE, serviceCase.externalReference());
    v.put(RESPONSE_DUE_AT, responseDueAt);
    v.put(LANGUAGE, CustomerLanguage.of(serviceCase.language()).tag());
    return v;
  }
}
