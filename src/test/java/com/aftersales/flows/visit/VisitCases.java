package com.aftersales.flows.visit;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import java.time.LocalDate;

/** Closed cases for the visit tests: a key customer's (name starting with {@link #KEY_PREFIX}) or a normal one. */
final class VisitCases {

  static final String KEY_PREFIX = "KEY ";

  private VisitCases() {}

  /** Opens and closes a case now (engine clock) with the given final status; returns its case number. */
  static String closed(CaseService cases, String customerName, String finalStatus) {
    String caseNumber =
        cases
            .open(
                new NewCase(
                    "repair",
                    "phone",
                    customerName,
                    "13800138000",
                    "visit@example.com",
                    "Shanghai",
                    "WM-1200",
                    "SN-V-" + System.nanoTime(),
                    LocalDate.parse("2030-01-10"),
                    true,
                    "Drum does not turn",
                    null))
            .caseNumber();
    cases.close(caseNumber, finalStatus);
    return caseNumber;
  }
}
