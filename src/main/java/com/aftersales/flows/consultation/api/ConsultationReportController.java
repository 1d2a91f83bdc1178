package com.aftersales.flows.consultation.api;

import com.aftersales.flows.consultation.ConsultationReport;
import com.aftersales.flows.consultation.ConsultationReportService;
import com.aftersales.reports.Csv;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffGroups;
import com.aftersales.web.FieldError;
import com.aftersales.web.QueryParameters;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/consultations?from=YYYY-MM-DD&to=YYYY-MM-DD}: consultations, suggestions and quality feedback
 * by kind, product model and month (002 客服部管理制度及流程范文 第九条2), JSON, or CSV (section,key,kind,value) with
 * {@code Accept: text/csv}. Service managers, the sales office (it compiles the suggestions), the general manager,
 * analysts and administrators.
 */
@RestController
@RequestMapping("/api/reports/consultations")
public class ConsultationReportController {

  static final Set<String> READERS = Set.of(StaffGroups.SERVICE_MANAGERS, StaffGroups.SALES_OFFICE,
      StaffGroups.GENERAL_MANAGER, StaffGroups.ANALYSTS, StaffGroups.CAMUNDA_ADMIN);
  /** Longest period one request may cover. */
  static final int MAX_DAYS = 400;

  private final ConsultationReportService reports;

  public ConsultationReportController(ConsultationReportService reports) {
    this.reports = reports;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ConsultationReport> report(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
        .body(reportFor(from, to));
  }

  @GetMapping(produces = "text/csv")
  public ResponseEntity<String> reportCsv(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    ConsultationReport report = reportFor(from, to);
    Csv csv = Csv.withHeader("section", "key", "kind", "value");
    report.rows().forEach(csv::row);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(Csv.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "inline; filename=\"consultations-" + report.from() + "-" + report.to() + ".csv\"")
        .body(csv.toString());
  }

  private ConsultationReport reportFor(String from, String to) {
    StaffAccess.require(READERS, "The consultation report");
    List<FieldError> errors = new ArrayList<>();
    LocalDate fromDate = QueryParameters.requiredDate(from, "from", errors);
    LocalDate toDate = QueryParameters.requiredDate(to, "to", errors);
    QueryParameters.endNotBeforeStart(fromDate, toDate, errors);
    if (fromDate != null && toDate != null && ChronoUnit.DAYS.between(fromDate, toDate) >= MAX_DAYS) {
      errors.add(new FieldError("to", "the period must not exceed " + MAX_DAYS + " days"));
    }
    QueryParameters.requireValid("Invalid report period", errors);
    return reports.report(fromDate, toDate);
  }
}
