package com.aftersales.flows.visit;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Closed cases for the visit tests, each of a customer of its own in the customer archive: a key customer's (name
 * starting with {@link #KEY_PREFIX}, classified KEY in the archive) or a normal one.
 */
final class VisitCases {

  static final String KEY_PREFIX = "KEY ";

  private VisitCases() {}

  /** Opens and closes a case now (engine clock) with the given final status; returns its case number. */
  static String closed(CustomerService customers, CaseService cases, String customerName, String finalStatus) {
    Classification classification = customerName.startsWith(KEY_PREFIX) ? Classification.KEY : Classification.NORMAL;
    return closed(cases, customer(customers, customerName, classification), customerName, finalStatus);
  }

  /** A customer of the archive with the given classification; returns their id. */
  static long customer(CustomerService customers, String name, Classification classification) {
    return customers.create(new NewCustomer(CustomerKind.PERSON, name, null, null, null, null, null, null,
        classification, CreditGrade.C, BigDecimal.ZERO, null, SecrecyLevel.SECRET), "visit-test", "visit test").id();
  }

  /** Opens and closes a case of the archive's customer {@code customerId} now (engine clock). */
  static String closed(CaseService cases, long customerId, String customerName, String finalStatus) {
    String caseNumber = open(cases, customerId, customerName);
    cases.close(caseNumber, finalStatus);
    return caseNumber;
  }

  static String open(CaseService cases, long customerId, String customerName) {
    return cases
        .open(
            new NewCase(
                "repair",
                "phone",
                customerName,
                null,
                null,
                null,
                "WM-1200",
                "SN-V-" + System.nanoTime(),
                LocalDate.parse("2030-01-10"),
                true,
                "Drum does not turn",
                null,
                null,
                customerId,
                null))
        .caseNumber();
  }
}
