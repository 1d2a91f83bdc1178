package com.aftersales.flows.complaint.api;

import com.aftersales.flows.complaint.ComplaintProperties;
import com.aftersales.flows.complaint.ComplaintReport;
import com.aftersales.flows.complaint.ComplaintReportService;

import com.aftersales.reports.Csv;
import com.aftersales.security.StaffAccess;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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

  @GetMapping
  public ResponseEntity<?> report(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    StaffAccess.require(properties.reportGroups(), "The complaint report");
    List<Map<String, String>> errors = new ArrayList<>();
    LocalDate fromDate = date("from", from, errors);
    LocalDate toDate = date("to", to, errors);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      errors.add(error("to", "must not be before from (" + fromDate + ")"));
    }
    if (!errors.isEmpty()) {
      String detail = "Invalid report period: " + String.join(", ", errors.stream().map(e -> e.get("field")).toList());
      return problem(HttpStatus.BAD_REQUEST, detail, errors);
    }
    ComplaintReport report = reports.report(fromDate, toDate);
    if (Csv.requested(accept)) {
      return ResponseEntity.ok().contentType(Csv.MEDIA_TYPE).body(csv(report));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }

  private static LocalDate date(String field, String value, List<Map<String, String>> errors) {
    if (value == null || value.isBlank()) {
      errors.add(error(field, "is required (YYYY-MM-DD)"));
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(error(field, "is not a date (YYYY-MM-DD): " + value));
      return null;
    }
  }

  private static Map<String, String> error(String field, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }

  static String csv(ComplaintReport report) {
    Csv csv = Csv.withHeader("section", "key", "value");
    report.rows().forEach(csv::row);
    return csv.toString();
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String detail, List<Map<String, String>> errors) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problemBody(status, detail, errors));
  }

  private static ProblemDetail problemBody(HttpStatus status, String detail, List<Map<String, String>> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create("/api/reports/complaints"));
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }
}
