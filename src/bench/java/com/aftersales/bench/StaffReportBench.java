package com.aftersales.bench;

import com.aftersales.AfterSalesApplication;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the staff report over one year of history (issue #18: "the staff report over one year of history, at least
 * 200,000 finished tasks, answers within 1 s p95 on PostgreSQL"). A measuring tool, not a test: it resets the
 * {@code public} schema of its database, starts the application on it (profiles bench, bench-tuned; job executor
 * off), writes one year of finished work in bulk (PostgreSQL {@code generate_series}: tasks completed by
 * {@code --people} staff of customer service and engineering in the engine's task history, their cases, return-visit
 * scores, complaints from visits and failed spot checks), then asks {@code GET /api/reports/staff} for the whole
 * year as a service manager (the members of the groups they manage) and as the general manager (everyone),
 * {@code --runs} times each after {@code --warmup} calls, and prints p50/p95/p99/max.
 *
 * <p>The history is written directly, not worked through the engine (200,000 tasks through the engine take hours on a
 * small machine); its rows are shaped as the engine writes them (completed, assignee, due date, duration, case
 * business key), so the report's queries read the same columns, indexes and volumes.
 *
 * <p>Run: {@code tools/bench/staff-report.sh [--db-url URL] [--tasks 200000] [--people 40] [--runs 30] [--warmup 5]}.
 * Results on stdout and in {@code target/benchmark/staff-report.json}.
 */
public final class StaffReportBench {

  private StaffReportBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    String dbUrl = o.getOrDefault("db-url", "jdbc:postgresql://localhost:5432/aftersales_bench");
    int tasks = Integer.parseInt(o.getOrDefault("tasks", "200000"));
    int people = Integer.parseInt(o.getOrDefault("people", "40"));
    int runs = Integer.parseInt(o.getOrDefault("runs", "30"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
    String user = System.getenv().getOrDefault("AFTERSALES_BENCH_DB_USER", "aftersales");
    String password = System.getenv().getOrDefault("AFTERSALES_BENCH_DB_PASSWORD", "aftersales");

    try (Connection c = DriverManager.getConnection(dbUrl, user, password); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
    ConfigurableApplicationContext app = new SpringApplicationBuilder(AfterSalesApplication.class)
        .profiles("bench", "bench-tuned")
        .run("--spring.datasource.url=" + dbUrl, "--camunda.bpm.job-execution.enabled=false");
    Map<String, Object> result = new LinkedHashMap<>();
    try {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      ZoneId zone = ZoneId.of(app.getEnvironment().getProperty("aftersales.calendar.zone", "Asia/Shanghai"));
      LocalDate to = LocalDate.now(zone).minusDays(1);
      LocalDate from = to.minusYears(1).plusDays(1);
      List<String> staff = staff(app.getBean(IdentityService.class), people);

      long seedStart = System.nanoTime();
      Map<String, Object> seeded;
      try (Connection c = DriverManager.getConnection(dbUrl, user, password)) {
        seeded = seed(c, staff, tasks, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone)
            .toInstant());
      }
      seeded.put("seconds", Math.round((System.nanoTime() - seedStart) / 1e8) / 10.0);
      result.put("database", dbUrl);
      result.put("period", from + " .. " + to);
      result.put("history", seeded);
      result.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      result.put("processors", Runtime.getRuntime().availableProcessors());

      Staff http = new Staff(port);
      String path = "/api/reports/staff?from=" + from + "&to=" + to;
      for (String viewer : List.of("sam", "grace")) {
        Latencies latencies = new Latencies();
        int shown = 0;
        for (int i = 0; i < warmup + runs; i++) {
          Staff.Answer answer = http.get(viewer, path);
          if (answer.status() != 200) {
            throw new IllegalStateException(viewer + ": " + answer.status() + " " + answer.raw());
          }
          if (i >= warmup) {
            latencies.add(answer.nanos());
          }
          shown = answer.body().path("people").size();
        }
        Map<String, Object> m = latencies.summary();
        m.put("peopleInReport", shown);
        result.put("GET /api/reports/staff (one year) as " + viewer, m);
      }
      result.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } finally {
      app.close();
    }
    String json = Staff.JSON.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result);
    Path out = Path.of("target", "benchmark");
    Files.createDirectories(out);
    Files.writeString(out.resolve("staff-report.json"), json);
    System.out.println(json);
  }

  /** {@code people} staff: half customer service, half engineers (service managers see both groups). */
  private static List<String> staff(IdentityService identity, int people) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      String group = i % 2 == 0 ? "customer-service" : "engineers";
      String id = "bench-" + (i % 2 == 0 ? "cs" : "eng") + "-" + i;
      if (identity.createUserQuery().userId(id).count() == 0) {
        User u = identity.newUser(id);
        u.setFirstName("Bench");
        u.setLastName(String.valueOf(i));
        u.setPassword(id);
        identity.saveUser(u);
        identity.createMembership(id, group);
      }
      ids.add(id);
    }
    return ids;
  }

  /**
   * One year of finished work: {@code tasks} completed tasks (four per case, spread evenly over the year, one of five
   * finished after its due date), the cases with their process instances, a scored return visit for every third case, a
   * complaint from every fortieth visit, a failed spot check for every hundredth case.
   */
  private static Map<String, Object> seed(Connection c, List<String> staff, int tasks, Instant start, Instant end)
      throws SQLException {
    c.setAutoCommit(false);
    long span = end.toEpochMilli() - start.toEpochMilli();
    String people = "ARRAY['" + String.join("','", staff) + "']";
    int cases = Math.max(1, tasks / 4);
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,"
            + " END_TIME_, DURATION_, STATE_)"
            + " SELECT 'bench-p-' || i, 'bench-p-' || i, 'BK-' || i, 'repair', 'repair:1:bench',"
            + " ?::timestamp + (i * ?::bigint / ?) * interval '1 millisecond',"
            + " ?::timestamp + (i * ?::bigint / ?) * interval '1 millisecond' + interval '3 days', 259200000,"
            + " 'COMPLETED' FROM generate_series(0, ? - 1) i")) {
      Timestamp t0 = Timestamp.from(start);
      p.setTimestamp(1, t0);
      p.setLong(2, span);
      p.setInt(3, cases);
      p.setTimestamp(4, t0);
      p.setLong(5, span);
      p.setInt(6, cases);
      p.setInt(7, cases);
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO ACT_HI_TASKINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
            + " EXECUTION_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_,"
            + " PRIORITY_, DUE_DATE_)"
            + " SELECT 'bench-t-' || i, 'repair', 'repair:1:bench', 'bench-p-' || (i / 4), 'bench-p-' || (i / 4),"
            + " 'bench-e-' || i, (ARRAY['Record request','Diagnose','Repair on site','Follow-up call'])[i % 4 + 1],"
            + " (ARRAY['Task_RecordRequest','Task_Diagnose','Task_RepairOnSite','Task_FollowUpCall'])[i % 4 + 1],"
            + " (" + people + ")[i % " + staff.size() + " + 1],"
            + " e - interval '90 minutes', e, 5400000, 'completed', 50,"
            + " CASE WHEN i % 5 = 0 THEN e - interval '1 hour' ELSE e + interval '2 hours' END"
            + " FROM (SELECT i, ?::timestamp + (i * ?::bigint / ?) * interval '1 millisecond' AS e"
            + " FROM generate_series(0, ? - 1) i) g")) {
      p.setTimestamp(1, Timestamp.from(start));
      p.setLong(2, span);
      p.setInt(3, tasks);
      p.setInt(4, tasks);
      p.executeUpdate();
    }
    int visits;
    try (Statement s = c.createStatement()) {
      // the cases themselves (case links and service records name them), and the complaints opened from visits
      s.executeUpdate("INSERT INTO service_case (case_number, case_type, channel, customer_name, product_model,"
          + " description, status, opened_at, version, updated_at)"
          + " SELECT 'BK-' || i, 'repair', 'phone', 'Bench customer', 'WM-1200', 'bench', 'CLOSED', now(), 0, now()"
          + " FROM generate_series(0, " + (cases - 1) + ") i UNION ALL"
          + " SELECT 'BC-' || i, 'complaint', 'phone', 'Bench customer', 'WM-1200', 'bench', 'CLOSED', now(), 0, now()"
          + " FROM generate_series(0, " + (cases - 1) + ") i WHERE i % 120 = 0");
      visits = s.executeUpdate("INSERT INTO return_visit (visit_number, case_number, reason, status, attempts,"
          + " satisfaction, visited_at, due_at, created_at, updated_at)"
          + " SELECT 'RV-BK-' || i, 'BK-' || i, 'SAMPLED', 'VISITED', 1, i % 5 + 1, now(), now(), now(), now()"
          + " FROM generate_series(0, " + (cases - 1) + ") i WHERE i % 3 = 0");
      s.executeUpdate("INSERT INTO case_link (case_number, related_case_number, relation, created_at)"
          + " SELECT 'BC-' || i, 'BK-' || i, 'complaint-of', now() FROM generate_series(0, " + (cases - 1) + ") i"
          + " WHERE i % 120 = 0");
      s.executeUpdate("INSERT INTO service_record (case_number, action, engineer, note, recorded_by, recorded_at)"
          + " SELECT 'BK-' || i, 'SPOT_CHECK_FAILED', (" + people + ")[i % " + staff.size() + " + 1],"
          + " 'bench', 'bench', p.END_TIME_ FROM generate_series(0, " + (cases - 1) + ") i"
          + " JOIN ACT_HI_PROCINST p ON p.ID_ = 'bench-p-' || i WHERE i % 100 = 0");
      s.execute("ANALYZE");
    }
    c.commit();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("finishedTasks", tasks);
    m.put("cases", cases);
    m.put("staff", staff.size());
    m.put("scoredVisits", visits);
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ACT_HI_TASKINST")) {
      rs.next();
      m.put("taskHistoryRows", rs.getLong(1));
    }
    return m;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--") && i + 1 < args.length) {
        o.put(args[i].substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("usage: StaffReportBench [--db-url URL] [--tasks N] [--people N]"
            + " [--runs N] [--warmup N]");
      }
    }
    return o;
  }
}
