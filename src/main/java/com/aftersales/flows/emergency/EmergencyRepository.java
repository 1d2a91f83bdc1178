package com.aftersales.flows.emergency;

import static com.aftersales.flows.CaseTable.at;
import static com.aftersales.calendar.DatabaseTimes.instant;
import static com.aftersales.flows.CaseTable.params;

import com.aftersales.flows.CaseTable;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table emergency. Writes join the engine's transaction; first times (dispatch, arrival) are kept when run again. */
@Repository
public class EmergencyRepository {

  private final CaseTable<Emergency> table;

  public EmergencyRepository(NamedParameterJdbcTemplate jdbc) {
    this.table = new CaseTable<>(jdbc, "emergency", (rs, n) -> new Emergency(
        rs.getString("case_number"), rs.getString("kind"), instant(rs, "reported_at"), instant(rs, "dispatch_due_at"),
        instant(rs, "arrival_due_at"), rs.getString("team_leader"), rs.getString("team"), instant(rs, "dispatched_at"),
        instant(rs, "arrived_at"), rs.getString("stock_drawn"), rs.getString("stock_short"),
        rs.getInt("progress_reports"), rs.getString("resolution"), instant(rs, "resolved_at"),
        instant(rs, "closed_at")));
  }

  public void register(String caseNumber, Instant reportedAt, Instant dispatchDueAt, Instant arrivalDueAt) {
    table.insertOnce("reported_at, dispatch_due_at, arrival_due_at", ":at, :dispatchDue, :arrivalDue",
        at(at(at(params(caseNumber), "at", reportedAt), "dispatchDue", dispatchDueAt), "arrivalDue", arrivalDueAt));
  }

  public void dispatch(String caseNumber, String kind, String leader, String team, String user, Instant when) {
    table.update("kind = :kind, team_leader = :leader, team = :team, dispatched_by = :user,"
        + " dispatched_at = COALESCE(dispatched_at, :at)", at(params(caseNumber), "at", when).addValue("kind", kind)
        .addValue("leader", leader, Types.VARCHAR).addValue("team", team, Types.VARCHAR)
        .addValue("user", user, Types.VARCHAR));
  }

  public void stock(String caseNumber, String drawn, String lacking) {
    table.update("stock_drawn = :drawn, stock_short = :short", params(caseNumber).addValue("drawn", drawn)
        .addValue("short", lacking, Types.VARCHAR));
  }

  public void arrival(String caseNumber, Instant when) {
    table.update("arrived_at = COALESCE(arrived_at, :at)", at(params(caseNumber), "at", when));
  }

  /** Counts one progress report; a resolving report also records the resolution. */
  public int progress(String caseNumber, String note, boolean resolved, Instant when) {
    table.update("progress_reports = progress_reports + 1"
        + (resolved ? ", resolution = :note, resolved_at = COALESCE(resolved_at, :at)" : ""),
        at(params(caseNumber), "at", when).addValue("note", note));
    return table.find(caseNumber).orElseThrow().progressReports();
  }

  public void close(String caseNumber, Instant when) {
    table.update("closed_at = COALESCE(closed_at, :at)", at(params(caseNumber), "at", when));
  }

  public Optional<Emergency> find(String caseNumber) {
    return table.find(caseNumber);
  }
}
