package com.aftersales.reports.sla;

import com.aftersales.reports.Csv;
import com.aftersales.security.StaffAccess;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.aftersales.web.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<SlaReport> report() {
    return ok().contentType(MediaType.APPLICATION_JSON).body(figures());
  }

  @GetMapping(produces = "text/csv")
  public ResponseEntity<String> reportCsv() {
    return ok().contentType(Csv.MEDIA_TYPE).header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"sla.csv\"")
        .body(figures().csv());
  }

  @GetMapping(path = "/{commitment}/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<SlaCaseList> cases(@PathVariable String commitment,
      @RequestParam(required = false) String bucket) {
    return ok().contentType(MediaType.APPLICATION_JSON).body(caseList(commitment, bucket));
  }

  @GetMapping(path = "/{commitment}/cases", produces = "text/csv")
  public ResponseEntity<String> casesCsv(@PathVariable String commitment,
      @RequestParam(required = false) String bucket) {
    return ok().contentType(Csv.MEDIA_TYPE).body(caseList(commitment, bucket).csv());
  }

  private SlaReport figures() {
    checkAccess();
    return reports.report();
  }

  private SlaCaseList caseList(String commitment, String bucket) {
    checkAccess();
    Optional<Commitment> found = reports.commitment(commitment);
    if (found.isEmpty()) {
      String known = reports.commitments().stream().map(Commitment::id).collect(Collectors.joining(", "));
      throw new NotFoundException("No commitment '" + commitment + "'; known: " + known + ".",
          new FieldError("commitment", "is not one of " + known));
    }
    String buckets = Arrays.stream(Bucket.values()).map(Bucket::key).collect(Collectors.joining("|"));
    Optional<Bucket> b = bucket == null ? Optional.empty() : Bucket.fromKey(bucket.trim());
    if (b.isEmpty()) {
      String message = bucket == null || bucket.isBlank() ? "is required (" + buckets + ")"
          : "is not one of " + buckets + ": " + bucket;
      throw new InvalidRequestException("Invalid bucket", List.of(new FieldError("bucket", message)));
    }
    return reports.cases(found.get(), b.get());
  }

  private void checkAccess() {
    StaffAccess.require(properties.getGroups(), "The SLA report");
  }

  /** Figures move with every task, so nothing may be cached. */
  private static ResponseEntity.BodyBuilder ok() {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore());
  }
}
