package com.aftersales.cases;

/**
 * Process variables every after-sales flow receives at its start (set by the intake API), so delegates,
 * forms and tests of all flows read the case the same way. Dates are ISO strings (yyyy-MM-dd), as
 * Camunda Forms produce them.
 */
public final class CaseVariables {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String CASE_TYPE = "caseType";
  public static final String CHANNEL = "channel";
  public static final String CUSTOMER_NAME = "customerName";
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

  private CaseVariables() {}
}
