package com.aftersales.reports.sla;

import com.aftersales.reports.Csv;
import com.aftersales.security.StaffAccess;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/sla} (the SLA dashboard's figures) and
 * {@code GET /api/reports/sla/{commitment}/cases?bucket=open|dueSoon|breached|met|missed} (the cases behind one
 * figure): JSON, or CSV with {@code Accept: text/csv}. For service managers, the general manager, analysts and
 * administrators (aftersales.reports.sla.groups); HTTP Basic or a Camunda webapp session.
 */
@RestController
@RequestMapping("/api/reports/sla")
public class SlaReportController {


  private final SlaReportService reports;
  private final SlaProperties properties;

  public SlaReportController(SlaReportService reports, SlaProperties properties) {
    this.reports = reports;
    this.properties = properties;
  }

  @GetMapping
  public ResponseEntity<?> report(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    checkAccess();
    SlaReport report = reports.report();
    if (Csv.requested(accept)) {
      return ok().contentType(Csv.MEDIA_TYPE).header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"sla.csv\"")
          .body(report.csv());
    }
    return ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }

  @GetMapping("/{commitment}/cases")
  public ResponseEntity<?> cases(
      @PathVariable String commitment,
      @RequestParam(required = false) String bucket,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    String path = "/api/reports/sla/" + commitment + "/cases";
    checkAccess();
    Optional<Commitment> found = reports.commitment(commitment);
    if (found.isEmpty()) {
      String known = reports.commitments().stream().map(Commitment::id).collect(Collectors.joining(", "));
      return problem(HttpStatus.NOT_FOUND, path, "No commitment '" + commitment + "'; known: " + known + ".",
          List.of(error("commitment", "is not one of " + known)));
    }
    String buckets = Arrays.stream(Bucket.values()).map(Bucket::key).collect(Collectors.joining("|"));
    Optional<Bucket> b = bucket == null ? Optional.empty() : Bucket.fromKey(bucket.trim());
    if (b.isEmpty()) {
      String message = bucket == null || bucket.isBlank() ? "is required (" + buckets + ")"
          : "is not one of " + buckets + ": " + bucket;
      return problem(HttpStatus.BAD_REQUEST, path, "Invalid bucket: " + message + ".",
          List.of(error("bucket", message)));
    }
    SlaCaseList list = reports.cases(found.get(), b.get());
    if (Csv.requested(accept)) {
      return ok().contentType(Csv.MEDIA_TYPE).body(list.csv());
    }
    return ok().contentType(MediaType.APPLICATION_JSON).body(list);
  }

  private void checkAccess() {
    StaffAccess.require(properties.getGroups(), "The SLA report");
  }

  /** Figures move with every task, so nothing may be cached. */
  private static ResponseEntity.BodyBuilder ok() {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore());
  }

  private static Map<String, String> error(String field, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String path, String detail, List<Map<String, String>> errors) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body(status, path, detail, errors));
  }

  private static ProblemDetail body(HttpStatus status, String path, String detail, List<Map<String, String>> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(path));
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }
}
