package com.aftersales.customers.api;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.CustomerAccess;
import com.aftersales.customers.CustomerRepository;
import com.aftersales.customers.CustomerView;
import com.aftersales.customers.report.CustomerInfoReports;
import com.aftersales.customers.report.CustomerReportProcess;
import com.aftersales.reports.Csv;
import com.aftersales.reports.archive.ArchivedReport;
import com.aftersales.reports.archive.ReportArchive;
import com.aftersales.security.StaffAccess;
import com.aftersales.web.FieldError;
import com.aftersales.web.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archive's reports, for the customer-information supervisors, service managers and the general manager
 * ({@link CustomerAccess#REPORT_READERS}, 002 二(一) 6.9):
 *
 * <ul>
 *   <li>{@code GET /api/customers/reports}: the kept monthly customer information reports, newest first;
 *   <li>{@code GET /api/customers/reports/{id}/csv}: one report's CSV, as mailed;
 *   <li>{@code GET /api/customers/repeat-repairs?from=&to=}: the repair cases flagged as repeat repairs, opened in
 *       the period (JSON, or CSV with {@code Accept: text/csv}): case, earlier case, model, serial number.
 * </ul>
 */
@RestController
public class CustomerReportController {

  static final int LIMIT = 120;

  private final CustomerInfoReports reports;
  private final ReportArchive archive;
  private final CustomerRepository repository;
  private final WorkingDayCalendar calendar;

  public CustomerReportController(CustomerInfoReports reports, ReportArchive archive, CustomerRepository repository,
      WorkingDayCalendar calendar) {
    this.reports = reports;
    this.archive = archive;
    this.repository = repository;
    this.calendar = calendar;
  }

  @GetMapping("/api/customers/reports")
  public ResponseEntity<List<ArchivedReport>> list() {
    StaffAccess.require(CustomerAccess.REPORT_READERS, "The customer information reports");
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(reports.kept(LIMIT));
  }

  @GetMapping("/api/customers/reports/{id}/csv")
  public ResponseEntity<?> csv(@PathVariable String id) {
    StaffAccess.require(CustomerAccess.REPORT_READERS, "The customer information reports");
    Optional<ArchivedReport> kept = Optional.of(CustomerController.id(id, "id")).flatMap(archive::find)
        .filter(r -> CustomerReportProcess.REPORT.equals(r.report()));
    if (kept.isEmpty()) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
          "No customer information report " + id);
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(Csv.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kept.get().fileName() + "\"")
        .body(kept.get().csv());
  }

  @GetMapping(path = "/api/customers/repeat-repairs", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<List<CustomerView.CaseEntry>> repeatRepairs(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(repeatRepairCases(from, to));
  }

  @GetMapping(path = "/api/customers/repeat-repairs", produces = "text/csv")
  public ResponseEntity<String> repeatRepairsCsv(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    Csv csv = Csv.withHeader("caseNumber", "repeatOf", "productModel", "serialNumber", "status", "openedAt");
    repeatRepairCases(from, to).forEach(c -> csv.row(c.caseNumber(), c.repeatOf(), c.productModel(),
        c.serialNumber(), c.status(), c.openedAt()));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(Csv.MEDIA_TYPE).body(csv.toString());
  }

  private List<CustomerView.CaseEntry> repeatRepairCases(String from, String to) {
    StaffAccess.require(CustomerAccess.REPORT_READERS, "The repeat-repair report");
    List<FieldError> errors = new ArrayList<>();
    LocalDate start = QueryParameters.date(from, "from", errors);
    LocalDate end = QueryParameters.date(to, "to", errors);
    if (errors.isEmpty() && (start == null || end == null)) {
      errors.add(new FieldError(start == null ? "from" : "to", "is required (yyyy-MM-dd)"));
    }
    if (errors.isEmpty() && end.isBefore(start)) {
      errors.add(new FieldError("to", "must not lie before from"));
    }
    QueryParameters.requireValid("Invalid repeat-repair period", errors);
    return repository.repeatRepairs(start.atStartOfDay(calendar.zone()).toInstant(),
        end.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
  }
}
