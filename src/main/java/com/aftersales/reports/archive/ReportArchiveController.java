package com.aftersales.reports.archive;

import com.aftersales.reports.Csv;

import com.aftersales.security.StaffAccess;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/archive[?report=weekly]}: the kept scheduled reports, newest first;
 * {@code GET /api/reports/archive/{id}/csv}: one report's CSV, as mailed. For the groups in
 * {@code aftersales.quality.reports.archive-groups}.
 */
@RestController
@RequestMapping("/api/reports/archive")
public class ReportArchiveController {

  static final int LIMIT = 500;

  private final ReportArchive archive;
  private final ReportScheduleProperties properties;

  public ReportArchiveController(ReportArchive archive, ReportScheduleProperties properties) {
    this.archive = archive;
    this.properties = properties;
  }

  @GetMapping
  public ResponseEntity<?> list(@RequestParam(required = false) String report) {
    StaffAccess.require(properties.getArchiveGroups(), "The report archive");
    if (report != null && !report.isBlank() && !properties.getSchedules().containsKey(report.trim())) {
      String known = String.join(", ", properties.getSchedules().keySet());
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
          "Invalid report: is not one of " + known);
      problem.setInstance(URI.create("/api/reports/archive"));
      problem.setProperty("errors", List.of(Map.of("field", "report", "message", "is not one of " + known)));
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(archive.list(report == null || report.isBlank() ? null : report.trim(), LIMIT));
  }

  @GetMapping("/{id}/csv")
  public ResponseEntity<?> csv(@PathVariable String id) {
    StaffAccess.require(properties.getArchiveGroups(), "The report archive");
    Optional<ArchivedReport> kept = parse(id).flatMap(archive::find);
    if (kept.isEmpty()) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No archived report " + id);
      problem.setInstance(URI.create("/api/reports/archive/" + id + "/csv"));
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .contentType(Csv.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kept.get().fileName() + "\"")
        .body(kept.get().csv());
  }

  private static Optional<Long> parse(String id) {
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
