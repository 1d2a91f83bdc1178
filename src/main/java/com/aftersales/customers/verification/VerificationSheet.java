package com.aftersales.customers.verification;

import java.util.List;

/**
 * One verification sheet of a quarter: who verifies (a salesperson of the sales group for their own customers, else
 * the verification group), the archives on it and its id (RV-2027-Q1-sally-1).
 */
public record VerificationSheet(String sheetId, String quarter, String verifierGroup, String verifier,
    List<Line> lines) {

  /** One archive on the sheet: what the verifier checks it by (no contact data). */
  public record Line(long customerId, String name, String kind, String region, String classification,
      String creditGrade, String verifiedOn) {}

  /** The sheet as the form lists it, one archive per line. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (Line l : lines) {
      text.append(l.customerId()).append("  ").append(l.name()).append("  ").append(l.kind())
          .append("  地区 ").append(l.region() == null ? "-" : l.region())
          .append("  ").append(l.classification()).append("  信用 ").append(l.creditGrade())
          .append("  上次核定 ").append(l.verifiedOn() == null ? "-" : l.verifiedOn()).append('\n');
    }
    return text.toString().strip();
  }

  public String customerIds() {
    return String.join(",", lines.stream().map(l -> Long.toString(l.customerId())).toList());
  }
}
