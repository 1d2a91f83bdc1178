package com.aftersales.flows.installation;

import static com.aftersales.flows.CaseTable.at;
import static com.aftersales.calendar.DatabaseTimes.instant;
import static com.aftersales.flows.CaseTable.params;

import com.aftersales.flows.CaseTable;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table installation. Writes join the engine's transaction; a step that runs again writes the same values. */
@Repository
public class InstallationRepository {

  private final CaseTable<Installation> table;

  public InstallationRepository(NamedParameterJdbcTemplate jdbc) {
    this.table = new CaseTable<>(jdbc, "installation", (rs, n) -> new Installation(
        rs.getString("case_number"), rs.getString("scope"), (Boolean) rs.getObject("factory_assistance"),
        rs.getObject("visit_date", LocalDate.class), rs.getString("team_leader"), rs.getString("installers"),
        (Integer) rs.getObject("installer_count"), rs.getString("checklist"), instant(rs, "customer_signed_at"),
        rs.getString("site_problem"), rs.getString("problem_note"), (Integer) rs.getObject("satisfaction_score"),
        rs.getString("follow_up_note"), instant(rs, "received_at"), instant(rs, "closed_at")));
  }

  public void register(String caseNumber, Instant receivedAt) {
    table.insertOnce("received_at", ":at", at(params(caseNumber), "at", receivedAt));
  }

  public void appointment(String caseNumber, String scope, boolean factoryAssistance, LocalDate visitDate) {
    table.update("scope = :scope, factory_assistance = :factory, visit_date = :visitDate", params(caseNumber)
        .addValue("scope", scope).addValue("factory", factoryAssistance).addValue("visitDate", visitDate, Types.DATE));
  }

  public void team(String caseNumber, String leader, String installers, int count) {
    table.update("team_leader = :leader, installers = :installers, installer_count = :count", params(caseNumber)
        .addValue("leader", leader).addValue("installers", installers).addValue("count", count));
  }

  public void commissioning(String caseNumber, String checklist, Instant signedAt, String problem, String note) {
    table.update("checklist = :checklist, customer_signed_at = COALESCE(customer_signed_at, :signedAt),"
        + " site_problem = :problem, problem_note = :note", at(params(caseNumber), "signedAt", signedAt)
        .addValue("checklist", checklist).addValue("problem", problem).addValue("note", note, Types.VARCHAR));
  }

  public void close(String caseNumber, int satisfactionScore, String note, Instant when) {
    table.update("satisfaction_score = :score, follow_up_note = :note, closed_at = COALESCE(closed_at, :at)",
        at(params(caseNumber), "at", when).addValue("score", satisfactionScore).addValue("note", note));
  }

  public Optional<Installation> find(String caseNumber) {
    return table.find(caseNumber);
  }
}
