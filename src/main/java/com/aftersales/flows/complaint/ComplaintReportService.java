package com.aftersales.flows.complaint;

import com.aftersales.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds {@link ComplaintReport} from the complaint tables; days run in the company calendar zone (aftersales.calendar.zone). */
@Service
@Transactional(readOnly = true)
public class ComplaintReportService {

  private final ComplaintRepository complaints;
  private final WorkingDayCalendar calendar;

  public ComplaintReportService(ComplaintRepository complaints, WorkingDayCalendar calendar) {
    this.complaints = complaints;
    this.calendar = calendar;
  }

  /** Complaints received from the start of {@code from} to the end of {@code to}. */
  public ComplaintReport report(LocalDate from, LocalDate to) {
    ZoneId zone = calendar.zone();
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    return build(from, to, complaints.receivedBetween(start, end), ClockUtil.getCurrentTime().toInstant());
  }

  static ComplaintReport build(LocalDate from, LocalDate to, List<Complaint> rows, Instant now) {
    Map<String, Integer> byCategory = new TreeMap<>();
    Map<String, Integer> byCause = new TreeMap<>();
    Map<String, Integer> levels = new TreeMap<>(Map.of("0", 0, "1", 0, "2", 0));
    int met = 0;
    int breached = 0;
    int pending = 0;
    long pausedSeconds = 0;
    int pausedComplaints = 0;
    List<Double> responseHours = new ArrayList<>();
    for (Complaint c : rows) {
      byCategory.merge(c.report().category(), 1, Integer::sum);
      byCause.merge(c.causeCategory() == null ? ComplaintReport.CAUSE_UNDETERMINED : c.causeCategory(), 1, Integer::sum);
      levels.merge(Integer.toString(c.escalationLevel()), 1, Integer::sum);
      long paused = c.pausedSeconds();
      if (c.pausedAt() != null) {
        // Still waiting for the customer: the running pause counts as paused time too.
        paused += Math.max(0, now.getEpochSecond() - c.pausedAt().getEpochSecond());
      }
      if (paused > 0) {
        pausedSeconds += paused;
        pausedComplaints++;
      }
      if (c.respondedAt() != null) {
        // response_due_at already moved by every pause, so this compares net response time with the commitment.
        if (c.respondedAt().isAfter(c.responseDueAt())) {
          breached++;
        } else {
          met++;
        }
        responseHours.add(ResponseClock.netResponseHours(c.receivedAt(), c.respondedAt(), c.pausedSeconds()));
      } else if (c.pausedAt() == null && now.isAfter(c.responseDueAt())) {
        breached++;
      } else {
        pending++;
      }
    }
    return new ComplaintReport(
        from,
        to,
        rows.size(),
        byCategory,
        byCause,
        new ComplaintReport.ResponseTimes(
            met, breached, pending, median(responseHours), round(pausedSeconds / 3600.0), pausedComplaints),
        levels,
        escalations(rows));
  }

  private static Map<String, Integer> escalations(List<Complaint> rows) {
    // Escalation events per level reached: level-1 counts complaints that reached level 1 or higher, etc.
    Map<String, Integer> reached = new TreeMap<>(Map.of("level-1", 0, "level-2", 0));
    for (Complaint c : rows) {
      if (c.escalationLevel() >= 1) {
        reached.merge("level-1", 1, Integer::sum);
      }
      if (c.escalationLevel() >= 2) {
        reached.merge("level-2", 1, Integer::sum);
      }
    }
    return reached;
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return round(median);
  }

  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
