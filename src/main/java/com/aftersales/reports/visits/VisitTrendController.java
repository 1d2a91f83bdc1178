package com.aftersales.reports.visits;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.reports.Csv;
import com.aftersales.reports.PeriodParameters;
import com.aftersales.reports.archive.ReportScheduleProperties;
import com.aftersales.security.StaffAccess;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/visits?from=YYYY-MM-DD&to=YYYY-MM-DD} (the whole weeks holding them) or
 * {@code ?weeks=12} (the last 12 weeks up to this one, company zone): return visits week by week, JSON or CSV
 * ({@code Accept: text/csv}). For the readers of the report archive (managers, general manager, analysts, admins).
 */
@RestController
@RequestMapping("/api/reports/visits")
public class VisitTrendController {

  /** Most weeks one request may cover (two years). */
  static final int MAX_WEEKS = 104;

  private final VisitTrendService trends;
  private final WorkingDayCalendar calendar;
  private final ReportScheduleProperties readers;

  public VisitTrendController(VisitTrendService trends, WorkingDayCalendar calendar,
      ReportScheduleProperties readers) {
    this.trends = trends;
    this.calendar = calendar;
    this.readers = readers;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<VisitTrend> report(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String weeks) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
        .body(trendFor(from, to, weeks));
  }

  @GetMapping(produces = "text/csv")
  public ResponseEntity<String> reportCsv(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String weeks) {
    VisitTrend trend = trendFor(from, to, weeks);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(Csv.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "inline; filename=\"visits-" + trend.from() + "-" + trend.to() + ".csv\"")
        .body(trend.csv());
  }

  private VisitTrend trendFor(String from, String to, String weeks) {
    StaffAccess.require(readers.getArchiveGroups(), "The return-visit report");
    List<FieldError> errors = new ArrayList<>();
    LocalDate fromDate;
    LocalDate toDate;
    if (isBlank(from) && isBlank(to)) {
      int n = weeks(weeks, errors);
      LocalDate today = LocalDate.ofInstant(calendar.now().toInstant(), calendar.zone());
      toDate = today;
      fromDate = VisitTrendService.weekStart(today).minusWeeks(n - 1L);
    } else {
      if (!isBlank(weeks)) {
        errors.add(new FieldError("weeks", "give either weeks or from and to"));
      }
      fromDate = PeriodParameters.day("from", from, errors);
      toDate = PeriodParameters.day("to", to, errors);
      if (fromDate != null && toDate != null) {
        if (toDate.isBefore(fromDate)) {
          errors.add(new FieldError("to", "must not be before from (" + fromDate + ")"));
        } else if (ChronoUnit.WEEKS.between(VisitTrendService.weekStart(fromDate),
            VisitTrendService.weekStart(toDate)) >= MAX_WEEKS) {
          errors.add(new FieldError("to", "the period must not exceed " + MAX_WEEKS + " weeks"));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("Invalid return-visit report request", errors);
    }
    return trends.weekly(fromDate, toDate);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** 12 when not given. */
  private static int weeks(String value, List<FieldError> errors) {
    if (isBlank(value)) {
      return 12;
    }
    Integer n = PeriodParameters.count("weeks", value, MAX_WEEKS, errors);
    return n == null ? 1 : n;
  }
}
