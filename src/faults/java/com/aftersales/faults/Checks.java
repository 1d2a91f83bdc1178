package com.aftersales.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checks after a scenario, all read from the database and the SMTP server's log:
 * every case at its path's end state, no job stuck or failed, no incident, every mail sent exactly once,
 * every ledger row exactly once. Figures go into {@link #figures}, violations into {@link #problems}.
 */
final class Checks {

  final Map<String, Object> figures = new LinkedHashMap<>();
  final List<String> problems = new ArrayList<>();
  private final Db db;
  private final java.nio.file.Path smtpLog;

  Checks(Db db, java.nio.file.Path smtpLog) {
    this.db = db;
    this.smtpLog = smtpLog;
  }

  void problem(String text) {
    problems.add(text);
  }

  void run(String prefix, int planned) throws SQLException, IOException {
    cases(prefix, planned);
    jobs(prefix);
    mails(prefix);
    ledger(prefix);
  }

  private void cases(String prefix, int planned) throws SQLException {
    // the end events the instance reached: a flow with parallel branches (the exchange's and the parts request's
    // first contact beside the main path) ends at whichever branch finishes last, so the path's end event is looked
    // for among them rather than taken from the instance's last end activity
    List<Map<String, Object>> rows = db.rows("SELECT c.case_number, c.external_reference, c.status, c.closed_at,"
        + " p.state_ AS state, (SELECT string_agg(a.act_id_, ',' ORDER BY a.end_time_) FROM act_hi_actinst a"
        + " WHERE a.proc_inst_id_ = p.proc_inst_id_ AND a.act_type_ LIKE '%EndEvent' AND a.end_time_ IS NOT NULL)"
        + " AS end_acts FROM service_case c"
        + " LEFT JOIN act_hi_procinst p ON p.proc_inst_id_ = c.process_instance_id"
        + " WHERE c.external_reference LIKE ?", prefix + "%");
    figures.put("cases planned", planned);
    figures.put("cases in database", rows.size());
    if (rows.size() != planned) {
      problem((planned - rows.size()) + " case(s) lost (planned " + planned + ", found " + rows.size() + ")");
    }
    Map<String, Integer> perPath = new TreeMap<>();
    Map<String, Integer> wrong = new TreeMap<>();
    for (Map<String, Object> row : rows) {
      Path path = Path.ofReference((String) row.get("external_reference"));
      perPath.merge(path.code + " " + path.name().toLowerCase(), 1, Integer::sum);
      String ends = (String) row.get("end_acts");
      boolean reached = ends != null && java.util.Arrays.asList(ends.split(",")).contains(path.endEvent);
      String actual = row.get("state") + "/" + (reached ? path.endEvent : ends) + "/" + row.get("status")
          + (row.get("closed_at") == null ? "/open" : "/closed");
      String expected = "COMPLETED/" + path.endEvent + "/" + path.caseStatus + "/closed";
      if (!actual.equals(expected)) {
        wrong.merge(path.code + " expected " + expected + " but " + actual, 1, Integer::sum);
      }
    }
    figures.put("cases per path", perPath);
    int wrongCount = wrong.values().stream().mapToInt(Integer::intValue).sum();
    figures.put("cases at the expected end state", rows.size() - wrongCount);
    wrong.forEach((what, n) -> problem(n + " case(s): " + what));
  }

  private void jobs(String prefix) throws SQLException {
    Timestamp now = new Timestamp(System.currentTimeMillis());
    long left = db.count("SELECT count(*) FROM act_ru_job j JOIN service_case c"
        + " ON c.process_instance_id = j.process_instance_id_ WHERE c.external_reference LIKE ?", prefix + "%");
    long failed = db.count("SELECT count(*) FROM act_ru_job WHERE retries_ = 0");
    long expiredLocks = db.count("SELECT count(*) FROM act_ru_job WHERE lock_exp_time_ < ?", now);
    long overdue = db.count("SELECT count(*) FROM act_ru_job WHERE retries_ > 0 AND lock_owner_ IS NULL"
        + " AND (duedate_ IS NULL OR duedate_ < ?)", new Timestamp(now.getTime() - 60_000));
    long incidents = db.count("SELECT count(*) FROM act_ru_incident");
    long historicIncidents = db.count("SELECT count(*) FROM act_hi_incident i JOIN service_case c"
        + " ON c.process_instance_id = i.proc_inst_id_ WHERE c.external_reference LIKE ?", prefix + "%");
    figures.put("jobs left on the scenario's cases", left);
    figures.put("jobs stuck (no retries / lock expired / overdue > 60 s)", failed + expiredLocks + overdue);
    figures.put("incidents open", incidents);
    figures.put("incidents raised during the scenario", historicIncidents);
    if (left > 0) {
      problem(left + " job(s) left on cases that should have ended");
    }
    if (failed + expiredLocks + overdue > 0) {
      problem("stuck jobs: " + failed + " without retries, " + expiredLocks + " with an expired lock, " + overdue
          + " overdue");
    }
    if (incidents > 0) {
      problem(incidents + " open incident(s)");
    }
  }

  private void mails(String prefix) throws SQLException, IOException {
    List<Map<String, Object>> scenario = db.rows("SELECT o.status, count(*) AS n FROM mail_outbox o"
        + " JOIN service_case c ON c.case_number = o.case_number WHERE c.external_reference LIKE ?"
        + " GROUP BY o.status ORDER BY o.status", prefix + "%");
    Map<String, Long> byStatus = new TreeMap<>();
    scenario.forEach(r -> byStatus.put((String) r.get("status"), ((Number) r.get("n")).longValue()));
    figures.put("outbox rows of the scenario by status", byStatus);
    long unsent = byStatus.getOrDefault("PENDING", 0L) + byStatus.getOrDefault("SENDING", 0L);
    if (unsent > 0) {
      problem(unsent + " mail(s) of the scenario never sent (PENDING/SENDING)");
    }
    if (byStatus.getOrDefault("SENT", 0L) == 0) {
      problem("no mail of the scenario was sent at all");
    }
    long duplicateKeys = db.count("SELECT count(*) FROM (SELECT dedup_key FROM mail_outbox GROUP BY dedup_key"
        + " HAVING count(*) > 1) d");
    if (duplicateKeys > 0) {
      problem(duplicateKeys + " duplicate dedup key(s) in the outbox");
    }

    // Everything so far, across all scenarios of the run: the SMTP log is cumulative like the outbox.
    Map<String, Integer> sent = new HashMap<>();
    Map<String, Integer> scenarioKeys = new HashMap<>();
    for (Map<String, Object> r : db.rows("SELECT o.recipient, o.subject, o.body, c.external_reference AS ref"
        + " FROM mail_outbox o LEFT JOIN service_case c ON c.case_number = o.case_number WHERE o.status = 'SENT'")) {
      String key = MailKey.of((String) r.get("recipient"), (String) r.get("subject"), MailKey.bodyHash((String) r.get("body")));
      sent.merge(key, 1, Integer::sum);
      if (r.get("ref") != null && ((String) r.get("ref")).startsWith(prefix)) {
        scenarioKeys.merge(key, 1, Integer::sum);
      }
    }
    Map<String, Integer> received = new HashMap<>();
    Map<String, Integer> messageIds = new HashMap<>();
    long receivedLines = 0;
    if (Files.exists(smtpLog)) {
      for (String line : Files.readAllLines(smtpLog, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        if (f.length < 5) {
          continue;
        }
        receivedLines++;
        received.merge(MailKey.of(f[1], f[3], f[4]), 1, Integer::sum);
        messageIds.merge(f[2] + "|" + f[1], 1, Integer::sum);
      }
    }
    long missing = 0;
    long duplicates = 0;
    long unknown = 0;
    for (Map.Entry<String, Integer> e : sent.entrySet()) {
      int got = received.getOrDefault(e.getKey(), 0);
      missing += Math.max(0, e.getValue() - got);
      duplicates += Math.max(0, got - e.getValue());
    }
    for (Map.Entry<String, Integer> e : received.entrySet()) {
      if (!sent.containsKey(e.getKey())) {
        unknown += e.getValue();
      }
    }
    long scenarioReceived = scenarioKeys.keySet().stream().mapToLong(k -> Math.min(received.getOrDefault(k, 0),
        scenarioKeys.get(k))).sum();
    long sameMessageTwice = messageIds.values().stream().filter(n -> n > 1).count();
    figures.put("mails sent (outbox SENT, scenario)", scenarioKeys.values().stream().mapToInt(Integer::intValue).sum());
    figures.put("mails received by SMTP (scenario)", scenarioReceived);
    figures.put("run so far: outbox SENT / SMTP received", sent.values().stream().mapToInt(Integer::intValue).sum()
        + " / " + receivedLines);
    figures.put("run so far: missing / duplicate / unknown mails", missing + " / " + duplicates + " / " + unknown);
    if (missing > 0) {
      problem(missing + " mail(s) marked SENT but never received");
    }
    if (duplicates > 0 || sameMessageTwice > 0) {
      problem(duplicates + " mail(s) received more often than sent, " + sameMessageTwice + " Message-ID(s) twice");
    }
    if (unknown > 0) {
      problem(unknown + " mail(s) received that the outbox does not list as SENT");
    }
  }

  private void ledger(String prefix) throws SQLException {
    List<Map<String, Object>> rows = db.rows("SELECT c.case_number, c.external_reference AS ref,"
        + " (SELECT count(*) FROM exchange_ledger e WHERE e.case_number = c.case_number) AS exchange,"
        + " (SELECT count(*) FROM complaint k WHERE k.case_number = c.case_number) AS complaint,"
        + " (SELECT count(*) FROM parts_request r WHERE r.case_number = c.case_number) AS parts"
        + " FROM service_case c WHERE c.external_reference LIKE ?", prefix + "%");
    long exchange = 0;
    long complaint = 0;
    long parts = 0;
    int wrong = 0;
    for (Map<String, Object> row : rows) {
      Path path = Path.ofReference((String) row.get("ref"));
      long e = ((Number) row.get("exchange")).longValue();
      long k = ((Number) row.get("complaint")).longValue();
      long p = ((Number) row.get("parts")).longValue();
      exchange += e;
      complaint += k;
      parts += p;
      boolean ok = e == (path == Path.EXCHANGE_DONE ? 1 : 0) && k == (path.type.equals("complaint") ? 1 : 0)
          && p == (path.type.equals("parts") ? 1 : 0);
      if (!ok && wrong++ < 5) {
        problem("ledger rows of " + row.get("case_number") + " (" + path + "): exchange " + e + ", complaint " + k
            + ", parts " + p);
      }
    }
    long records = db.count("SELECT count(*) FROM service_record r JOIN service_case c ON c.case_number = r.case_number"
        + " WHERE c.external_reference LIKE ?", prefix + "%");
    long recordTwice = db.count("SELECT count(*) FROM (SELECT r.case_number, r.action FROM service_record r"
        + " JOIN service_case c ON c.case_number = r.case_number WHERE c.external_reference LIKE ?"
        + " GROUP BY r.case_number, r.action HAVING count(*) > 1) d", prefix + "%");
    figures.put("ledger rows: exchange / complaint / parts request", exchange + " / " + complaint + " / " + parts);
    figures.put("service records (case history rows)", records);
    figures.put("cases with a wrong ledger row count", wrong);
    figures.put("service records written twice (same case and action)", recordTwice);
    if (recordTwice > 0) {
      problem(recordTwice + " (case, action) service record(s) written more than once");
    }
  }
}
