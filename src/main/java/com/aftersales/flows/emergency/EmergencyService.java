package com.aftersales.flows.emergency;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.emergency.EmergencyProcess.Actions;
import com.aftersales.flows.emergency.EmergencyProcess.Status;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The emergency record and its case, kept in step; the response commitments come from {@link EmergencyProperties}. */
@Service
public class EmergencyService {

  public static final Set<String> KINDS = Set.of("major-failure", "disaster", "not-emergency");

  /** When the team must be dispatched and on site. */
  public record Commitments(Instant dispatchDueAt, Instant arrivalDueAt) {}

  private final EmergencyRepository emergencies;
  private final CaseService cases;
  private final EmergencyProperties properties;
  private final WorkingDayCalendar calendar;

  public EmergencyService(EmergencyRepository emergencies, CaseService cases, EmergencyProperties properties,
      WorkingDayCalendar calendar) {
    this.emergencies = emergencies;
    this.cases = cases;
    this.properties = properties;
    this.calendar = calendar;
  }

  /** @param dispatchDueAt intake's response commitment of the case */
  public Commitments register(String caseNumber, Instant now, Instant dispatchDueAt) {
    Commitments c = new Commitments(dispatchDueAt,
        calendar.plus(Date.from(now), properties.arrivalWithin()).toInstant());
    emergencies.register(caseNumber, now, c.dispatchDueAt(), c.arrivalDueAt());
    cases.updateStatus(caseNumber, Status.AWAITING_DISPATCH);
    // the stored commitments, should the step run again later
    var stored = emergencies.find(caseNumber).orElseThrow();
    return new Commitments(stored.dispatchDueAt(), stored.arrivalDueAt());
  }

  /** A real emergency needs a team leader and a team; a request that is none is handed to the repair flow. */
  public void dispatch(String caseNumber, String kind, String leader, String team, String note, String user,
      Instant now) {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("emergencyKind must be one of " + KINDS + ": " + kind);
    }
    boolean emergency = !"not-emergency".equals(kind);
    if (emergency && (leader == null || team == null)) {
      throw new IllegalArgumentException("teamLeader and emergencyTeam: an emergency sends a team (rulebook 003 八2)");
    }
    emergencies.dispatch(caseNumber, kind, leader, team, user, now);
    cases.updateStatus(caseNumber, emergency ? Status.DISPATCHED : Status.HANDED_TO_REPAIR);
    cases.addRecord(caseNumber, new ServiceRecord(Actions.DISPATCHED, leader, null, null,
        kind + (team == null ? "" : " (" + team + ")") + ": " + note, user, now));
    if (!emergency) {
      cases.close(caseNumber, Status.HANDED_TO_REPAIR);
    }
  }

  public void stock(String caseNumber, String drawn, boolean shortOfStock, String shortNote, String user,
      Instant now) {
    if (shortOfStock && shortNote == null) {
      throw new IllegalArgumentException("stockShortNote: name what the emergency store lacks");
    }
    emergencies.stock(caseNumber, drawn, shortOfStock ? shortNote : null);
    cases.addRecord(caseNumber, new ServiceRecord(Actions.STOCK_DRAWN, null, drawn, null,
        shortOfStock ? "缺: " + shortNote : null, user, now));
  }

  public void arrival(String caseNumber, String note, String user, Instant now) {
    emergencies.arrival(caseNumber, now);
    cases.updateStatus(caseNumber, Status.ON_SITE);
    cases.addRecord(caseNumber, new ServiceRecord(Actions.ARRIVED, user, null, null, note, user, now));
  }

  /** @return how many reports so far, this one included */
  public int progress(String caseNumber, String note, boolean resolved, String user, Instant now) {
    int count = emergencies.progress(caseNumber, note, resolved, now);
    cases.addRecord(caseNumber, new ServiceRecord(Actions.PROGRESS, user, null, null,
        (resolved ? "已恢复: " : "进展: ") + note, user, now));
    return count;
  }

  public void close(String caseNumber, Instant now) {
    emergencies.close(caseNumber, now);
    cases.close(caseNumber, Status.RESOLVED);
  }
}
