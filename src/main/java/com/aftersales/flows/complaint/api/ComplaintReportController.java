package com.aftersales.flows.complaint.api;

import com.aftersales.flows.complaint.ComplaintProperties;
import com.aftersales.flows.complaint.ComplaintReport;
import com.aftersales.flows.complaint.ComplaintReportService;

import com.aftersales.reports.Csv;
import com.aftersales.security.StaffAccess;
import com.aftersales.web.FieldError;
import com.aftersales.web.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/complaints?from=YYYY-MM-DD&to=YYYY-MM-DD}: JSON, or CSV (section,key,value) with
 * {@code Accept: text/csv}. Managers, analysts and administrators only.
 */
@RestController
@RequestMapping("/api/reports/complaints")
public class ComplaintReportController {


  private final ComplaintReportService reports;
  private final ComplaintProperties properties;

  public ComplaintReportController(ComplaintReportService reports, ComplaintProperties properties) {
    this.reports = reports;
    this.properties = properties;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ComplaintReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return reportFor(from, to);
  }

  @GetMapping(produces = "text/csv")
  public ResponseEntity<String> reportCsv(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return ResponseEntity.ok().contentType(Csv.MEDIA_TYPE).body(csv(reportFor(from, to)));
  }

  private ComplaintReport reportFor(String from, String to) {
    StaffAccess.require(properties.reportGroups(), "The complaint report");
    List<FieldError> errors = new ArrayList<>();
    LocalDate fromDate = QueryParameters.requiredDate(from, "from", errors);
    LocalDate toDate = QueryParameters.requiredDate(to, "to", errors);
    QueryParameters.endNotBeforeStart(fromDate, toDate, errors);
    QueryParameters.requireValid("Invalid report period", errors);
    return reports.report(fromDate, toDate);
  }


  static String csv(ComplaintReport report) {
    Csv csv = Csv.withHeader("section", "key", "value");
    report.rows().forEach(csv::row);
    return csv.toString();
  }
}
