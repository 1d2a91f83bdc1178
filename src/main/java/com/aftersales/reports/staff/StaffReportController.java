package com.aftersales.reports.staff;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.reports.Csv;
import com.aftersales.reports.PeriodParameters;
import com.aftersales.security.StaffAccessDeniedException;
import com.aftersales.security.StaffUser;
import com.aftersales.security.StaffUserRequiredException;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/staff?from=YYYY-MM-DD&to=YYYY-MM-DD[&user=][&group=]} (or {@code ?days=30}: the last 30 days
 * up to today in the company zone): staff performance, JSON or CSV
 * ({@code Accept: text/csv}). A manager sees the members of the groups they manage, the general manager everyone,
 * anyone else only themselves ({@link StaffReportProperties}); asking for someone out of sight is 403.
 */
@RestController
@RequestMapping("/api/reports/staff")
public class StaffReportController {

  /** Longest period one request may cover. */
  static final int MAX_DAYS = 400;

  private final StaffReportService reports;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;

  public StaffReportController(
      StaffReportService reports, IdentityService identityService, WorkingDayCalendar calendar) {
    this.reports = reports;
    this.identityService = identityService;
    this.calendar = calendar;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<StaffReport> report(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String user,
      @RequestParam(required = false) String group, @RequestParam(required = false) String days) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
        .body(reportFor(from, to, user, group, days));
  }

  @GetMapping(produces = "text/csv")
  public ResponseEntity<String> reportCsv(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String user,
      @RequestParam(required = false) String group, @RequestParam(required = false) String days) {
    StaffReport report = reportFor(from, to, user, group, days);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .contentType(Csv.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "inline; filename=\"staff-" + report.from() + "-" + report.to() + ".csv\"")
        .body(report.csv());
  }

  private StaffReport reportFor(String from, String to, String user, String group, String days) {
    StaffUser viewer = StaffUser.current().orElseThrow(StaffUserRequiredException::new);
    List<FieldError> errors = new ArrayList<>();
    if (days != null && !days.isBlank() && isBlank(from) && isBlank(to)) {
      // the last N days up to today in the company zone (the Cockpit view): the browser's own date may differ
      Integer n = PeriodParameters.count("days", days, MAX_DAYS, errors);
      if (n != null) {
        LocalDate today = LocalDate.ofInstant(calendar.now().toInstant(), calendar.zone());
        to = today.toString();
        from = today.minusDays(n - 1L).toString();
      }
    }
    boolean badDays = !errors.isEmpty();
    LocalDate fromDate = badDays ? null : PeriodParameters.day("from", from, errors);
    LocalDate toDate = badDays ? null : PeriodParameters.day("to", to, errors);
    if (fromDate != null && toDate != null) {
      if (toDate.isBefore(fromDate)) {
        errors.add(new FieldError("to", "must not be before from (" + fromDate + ")"));
      } else if (ChronoUnit.DAYS.between(fromDate, toDate) >= MAX_DAYS) {
        errors.add(new FieldError("to", "the period must not exceed " + MAX_DAYS + " days"));
      }
    }
    if (group != null && !group.isBlank() && identityService.createGroupQuery().groupId(group.trim()).count() == 0) {
      errors.add(new FieldError("group", "is not a staff group: " + group));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("Invalid staff report request", errors);
    }
    Set<String> visible = reports.visibleTo(viewer);
    Set<String> people = new TreeSet<>(visible);
    if (user != null && !user.isBlank()) {
      if (!visible.contains(user.trim())) {
        throw new StaffAccessDeniedException(
            "The staff report of " + user.trim() + " is for their managers; " + viewer.id() + " does not manage them.");
      }
      people = new TreeSet<>(Set.of(user.trim()));
    }
    if (group != null && !group.isBlank()) {
      Set<String> members = new TreeSet<>();
      identityService.createUserQuery().memberOfGroup(group.trim()).list().forEach(u -> members.add(u.getId()));
      people.retainAll(members);
    }
    return reports.report(fromDate, toDate, people);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
