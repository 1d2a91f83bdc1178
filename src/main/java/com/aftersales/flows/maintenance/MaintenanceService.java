package com.aftersales.flows.maintenance;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.SiteProblem;
import com.aftersales.flows.maintenance.MaintenanceProcess.Actions;
import com.aftersales.flows.maintenance.MaintenanceProcess.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The maintenance plan of one installed product and its visits, kept in step with the case. Visit dates follow from
 * the first date and the interval; the customer is told {@code notice-days-before} days ahead.
 */
@Service
public class MaintenanceService {

  /** The intervals the plan form offers. */
  public static final Set<String> INTERVALS = Set.of("P1M", "P3M", "P6M", "P1Y");

  /** When the visit of a number takes place, when the customer is told, and when the visit task is due. */
  public record VisitSchedule(int number, LocalDate date, Instant noticeAt, Instant due) {}

  private final MaintenanceRepository maintenance;
  private final CaseService cases;
  private final MaintenanceProperties properties;
  private final StaffTimes times;

  public MaintenanceService(
      MaintenanceRepository maintenance, CaseService cases, MaintenanceProperties properties, StaffTimes times) {
    this.maintenance = maintenance;
    this.cases = cases;
    this.properties = properties;
    this.times = times;
  }

  public void register(String caseNumber, String serialNumber, Instant now) {
    maintenance.register(caseNumber, serialNumber, now);
    cases.updateStatus(caseNumber, Status.PLANNING);
  }

  /** Files the plan and returns the first visit's schedule; a first date in the past is refused. */
  public VisitSchedule plan(String caseNumber, int visits, String interval, LocalDate firstVisit, String note,
      String user, Instant now) {
    if (visits < 1 || visits > 12) {
      throw new IllegalArgumentException("plannedVisits must be 1 to 12, was " + visits);
    }
    if (!INTERVALS.contains(interval)) {
      throw new IllegalArgumentException("visitInterval must be one of " + INTERVALS + ": " + interval);
    }
    if (firstVisit.isBefore(now.atZone(times.zone()).toLocalDate())) {
      throw new IllegalArgumentException("firstVisitDate must not be in the past: " + firstVisit);
    }
    maintenance.plan(caseNumber, visits, interval, firstVisit);
    cases.updateStatus(caseNumber, Status.PLANNED);
    cases.addRecord(caseNumber, new ServiceRecord(Actions.PLANNED, null, null, null,
        visits + " x " + interval + " from " + firstVisit + (note == null ? "" : ": " + note), user, now));
    return schedule(1, firstVisit, interval, now);
  }

  /** The schedule of visit {@code number} (1-based); the notice is never earlier than {@code now}. */
  public VisitSchedule schedule(int number, LocalDate firstVisit, String interval, Instant now) {
    Period step = Period.parse(interval);
    LocalDate date = firstVisit;
    for (int i = 1; i < number; i++) {
      date = date.plus(step);
    }
    Instant noticeAt = date.minusDays(properties.noticeDaysBefore()).atTime(properties.noticeTime())
        .atZone(times.zone()).toInstant();
    Instant due = date.atTime(properties.visitDayEnd()).atZone(times.zone()).toInstant();
    return new VisitSchedule(number, date, noticeAt.isBefore(now) ? now : noticeAt, due);
  }

  public void visit(MaintenanceVisit visit, String user) {
    if (visit.satisfactionScore() < 1 || visit.satisfactionScore() > 5) {
      throw new IllegalArgumentException("satisfactionScore must be 1 to 5, was " + visit.satisfactionScore());
    }
    SiteProblem.of(visit.followOn());
    maintenance.visit(visit);
    cases.addRecord(visit.caseNumber(), new ServiceRecord(Actions.VISITED, visit.engineer(), null, null,
        "#" + visit.visitNumber() + " " + visit.visitDate() + ", " + visit.satisfactionScore() + "/5"
            + (visit.findings() == null ? "" : "; 发现: " + visit.findings())
            + (visit.unsolvedProblems() == null ? "" : "; 未解决: " + visit.unsolvedProblems()),
        user, visit.recordedAt()));
  }

  public void close(String caseNumber, Instant now) {
    maintenance.close(caseNumber, now);
    cases.close(caseNumber, Status.CLOSED);
  }
}
