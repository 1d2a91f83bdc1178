package com.aftersales.customers.api;

import com.aftersales.customers.OverLimitCustomer;
import com.aftersales.customers.Receivables;
import com.aftersales.reports.Csv;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffGroups;
import com.aftersales.security.StaffUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/credit-over-limit}: customers whose open amount exceeds their credit limit (002 二(三) 2.5:
 * over the limit is reported to the marketing manager or the general manager), the furthest over first; JSON, or CSV
 * with {@code Accept: text/csv}. Managers only (service, regional and marketing managers, the general manager); a
 * customer whose secrecy level the reader may not open is listed without a name.
 */
@RestController
public class CreditReportController {

  public static final Set<String> READERS = Set.of(StaffGroups.SERVICE_MANAGERS, StaffGroups.REGIONAL_MANAGERS,
      StaffGroups.MARKETING_MANAGERS, StaffGroups.GENERAL_MANAGER);

  private final Receivables receivables;

  public CreditReportController(Receivables receivables) {
    this.receivables = receivables;
  }

  @GetMapping(path = "/api/reports/credit-over-limit", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  public Map<String, List<OverLimitCustomer>> overLimit() {
    return Map.of("customers", customers());
  }

  @GetMapping(path = "/api/reports/credit-over-limit", produces = "text/csv")
  @Transactional(readOnly = true)
  public ResponseEntity<String> overLimitCsv() {
    Csv csv = Csv.withHeader("customerId", "name", "creditGrade", "creditLimit", "openAmount", "overBy",
        "openCases", "oldestOpenSince", "nextCreditReview", "salesperson");
    for (OverLimitCustomer c : customers()) {
      csv.row(c.customerId(), c.name(), c.creditGrade(), c.creditLimit().toPlainString(),
          c.openAmount().toPlainString(), c.overBy().toPlainString(), c.openCases(), c.oldestOpenSince(),
          c.nextCreditReview(), c.salesperson());
    }
    return ResponseEntity.ok().contentType(Csv.MEDIA_TYPE).body(csv.toString());
  }

  private List<OverLimitCustomer> customers() {
    StaffUser reader = StaffAccess.require(READERS, "The over-limit report");
    return receivables.overLimitFor(reader);
  }
}
