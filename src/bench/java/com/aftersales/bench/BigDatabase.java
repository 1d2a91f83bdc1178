package com.aftersales.bench;

import com.aftersales.AfterSalesApplication;
import com.aftersales.intake.IntakeService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills a PostgreSQL database to a given size fast (issue #21, start-up on a large database; docs/performance.md,
 * "A large database"). Two stages:
 *
 * <ol>
 *   <li><b>A real sample.</b> A fresh schema, the application in this JVM (profiles bench + bench-tuned, job
 *       executor on) and {@code --sample-cases} cases opened through the intake and worked on with the staff's
 *       answers ({@link CaseWalker}): 60 % to their end, the others 0–4 steps in. The job executor finishes every
 *       due job; the application stops.
 *   <li><b>Copies in SQL.</b> The sample's open cases are copied until the database holds {@code --open-tasks} open
 *       tasks, every row that belongs to them (runtime tables, history, byte arrays, task grants, the case record),
 *       then the sample's finished cases (history, byte arrays, case record) until {@code --finished-tasks}
 *       finished tasks. Copy n of a row is the row with every reference to a row of the sample rewritten: engine ids
 *       end in {@code bc} and n instead of their node part ({@link #copyId}), case numbers become {@code BKn-<number>}. Which columns hold such references is
 *       read from the sample (a column holding a sampled id somewhere is rewritten wherever it holds one), so
 *       activity ids, definitions, groups and users stay as they are. The copies of open tasks get their due date
 *       and creation time moved back by up to 28 days per copy (a backlog built up over weeks).
 * </ol>
 *
 * <p>Usage: {@code tools/bench/large-db.sh fill --db-url URL --open-tasks 100000 --finished-tasks 1000000}.
 */
final class BigDatabase {

  /** Tables copied for open cases (and their order: parents before children, for the engine's foreign keys). */
  private static final List<String> RUNTIME = List.of("act_ru_execution", "act_ru_task", "act_ru_identitylink",
      "act_ru_variable", "act_ru_event_subscr", "act_ru_incident", "act_ru_job", "act_ru_ext_task",
      "act_ru_authorization");
  private static final List<String> HISTORY = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
      "act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "act_hi_op_log", "act_hi_decinst", "act_hi_dec_in",
      "act_hi_dec_out", "act_hi_incident", "act_hi_job_log", "act_hi_comment");
  /** Copies per statement: one transaction each, progress printed after each. */
  private static final int COPIES_PER_STATEMENT = 25;

  private final String dbUrl;
  private final String user = System.getenv().getOrDefault("AFTERSALES_BENCH_DB_USER", "aftersales");
  private final String password = System.getenv().getOrDefault("AFTERSALES_BENCH_DB_PASSWORD", "aftersales");
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

  BigDatabase(String dbUrl) {
    this.dbUrl = dbUrl;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(dbUrl, user, password);
  }

  // ---- stage 1: the real sample ---------------------------------------------------------------------------------

  /** Fresh schema, the application in this JVM, {@code cases} real cases worked on; returns seconds taken. */
  Map<String, Object> sample(int cases, int loaders) throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
    long start = System.nanoTime();
    ConfigurableApplicationContext app = new SpringApplicationBuilder(AfterSalesApplication.class)
        .profiles("bench", "bench-tuned").run("--spring.datasource.url=" + dbUrl);
    try {
      IntakeService intake = app.getBean(IntakeService.class);
      TaskService tasks = app.getBean(TaskService.class);
      RuntimeService runtime = app.getBean(RuntimeService.class);
      ManagementService management = app.getBean(ManagementService.class);
      CaseWalker walker = new CaseWalker(app.getBean(IdentityService.class),
          (kind, sample) -> errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet());
      ExecutorService pool = Executors.newFixedThreadPool(loaders);
      for (int i = 0; i < cases; i++) {
        pool.submit(() -> {
          try {
            String pid = intake.submit(Synthetic.newCase(Synthetic.requestType()), "mary").serviceCase()
                .processInstanceId();
            int steps = Synthetic.chance(60) ? Integer.MAX_VALUE : Synthetic.random().nextInt(0, 5);
            walker.advance(tasks, runtime, management, pid, steps);
          } catch (RuntimeException e) {
            errors.computeIfAbsent("sample: " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(2, TimeUnit.HOURS);
      long deadline = System.currentTimeMillis() + 10 * 60_000L;
      while (management.createJobQuery().executable().count() > 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(500);
      }
    } finally {
      app.close();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sampleCases", cases);
    m.put("sampleSeconds", seconds(System.nanoTime() - start));
    m.put("sampleErrors", errors.toString());
    return m;
  }

  // ---- stage 2: copies in SQL -----------------------------------------------------------------------------------

  /** Copies open, then finished sample cases until the database holds the given numbers of tasks. */
  Map<String, Object> copy(long openTasks, long finishedTasks) throws SQLException {
    Map<String, Object> m = new LinkedHashMap<>();
    try (Connection c = connect(); Statement s = c.createStatement()) {
      long start = System.nanoTime();
      s.execute("SET synchronous_commit = off");
      s.execute("SET work_mem = '64MB'");
      // the sample: the case records' process instances, as they are now (copies of earlier runs are left out)
      s.execute("DROP TABLE IF EXISTS bench_sample_case");
      s.execute("CREATE TEMP TABLE bench_sample_case AS SELECT c.case_number, c.process_instance_id, p.end_time_"
          + " FROM service_case c JOIN act_hi_procinst p ON p.proc_inst_id_ = c.process_instance_id"
          + " WHERE c.case_number LIKE 'AS-%'");
      long openNow = count(s, "SELECT count(*) FROM act_ru_task");
      if (openTasks > openNow) {
        prepare(s, false);
        long perCopy = count(s, "SELECT count(*) FROM act_ru_task t JOIN bench_inst i ON i.id = t.proc_inst_id_");
        if (perCopy == 0) {
          throw new IllegalStateException("the sample has no open task to copy");
        }
        int copies = (int) ((openTasks - openNow + perCopy - 1) / perCopy);
        int first = nextCopy(s);
        System.out.printf("[fill] %d open tasks in %d open sample cases: %d copies%n", perCopy,
            count(s, "SELECT count(*) FROM bench_roots"), copies);
        copyAll(s, RUNTIME, first, copies, true);
        m.put("openCopies", copies);
      }
      long finishedNow = count(s, "SELECT count(*) FROM act_hi_taskinst WHERE end_time_ IS NOT NULL");
      if (finishedTasks > finishedNow) {
        prepare(s, true);
        long perCopy = count(s, "SELECT count(*) FROM act_hi_taskinst t JOIN bench_roots r ON r.id = t.root_proc_inst_id_"
            + " WHERE t.end_time_ IS NOT NULL");
        int copies = (int) ((finishedTasks - finishedNow + perCopy - 1) / perCopy);
        int first = nextCopy(s);
        System.out.printf("[fill] %d finished tasks in %d finished sample cases: %d copies%n", perCopy,
            count(s, "SELECT count(*) FROM bench_roots"), copies);
        copyAll(s, List.of(), first, copies, false);
        m.put("finishedCopies", copies);
      }
      m.put("copySeconds", seconds(System.nanoTime() - start));
      long analyze = System.nanoTime();
      s.execute("ANALYZE");
      m.put("analyzeSeconds", seconds(System.nanoTime() - analyze));
      m.putAll(sizes(s));
    }
    return m;
  }

  /** The database's figures: open and finished tasks, instances, history rows and its size. */
  static Map<String, Object> sizes(Statement s) throws SQLException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("openTasks", count(s, "SELECT count(*) FROM act_ru_task"));
    m.put("finishedTasks", count(s, "SELECT count(*) FROM act_hi_taskinst WHERE end_time_ IS NOT NULL"));
    m.put("runningInstances", count(s, "SELECT count(*) FROM act_ru_execution WHERE id_ = proc_inst_id_"));
    m.put("historicInstances", count(s, "SELECT count(*) FROM act_hi_procinst"));
    m.put("historicActivities", count(s, "SELECT count(*) FROM act_hi_actinst"));
    m.put("historicVariables", count(s, "SELECT count(*) FROM act_hi_varinst"));
    m.put("jobs", count(s, "SELECT count(*) FROM act_ru_job"));
    m.put("serviceCases", count(s, "SELECT count(*) FROM service_case"));
    try (ResultSet rs = s.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
      rs.next();
      m.put("databaseSize", rs.getString(1));
    }
    return m;
  }

  /** bench_roots (the sample's open or finished case instances), bench_inst (with their sub-instances), bench_ids. */
  private void prepare(Statement s, boolean finished) throws SQLException {
    s.execute("DROP TABLE IF EXISTS bench_roots, bench_inst, bench_ids, bench_cases");
    s.execute("CREATE TEMP TABLE bench_roots AS SELECT process_instance_id AS id FROM bench_sample_case WHERE end_time_ IS "
        + (finished ? "NOT NULL" : "NULL"));
    s.execute("CREATE TEMP TABLE bench_inst AS SELECT proc_inst_id_ AS id FROM act_hi_procinst"
        + " WHERE root_proc_inst_id_ IN (SELECT id FROM bench_roots) OR proc_inst_id_ IN (SELECT id FROM bench_roots)");
    s.execute("CREATE TEMP TABLE bench_cases AS SELECT case_number AS id FROM bench_sample_case"
        + " WHERE process_instance_id IN (SELECT id FROM bench_roots)");
    s.execute("CREATE TEMP TABLE bench_ids (id varchar(255) PRIMARY KEY)");
    s.execute("INSERT INTO bench_ids SELECT id FROM bench_inst ON CONFLICT DO NOTHING");
    List<String> tables = new ArrayList<>(finished ? List.of() : RUNTIME);
    tables.addAll(HISTORY);
    for (String table : tables) {
      if (exists(s, table) && columns(s, table).containsKey("id_")) {
        s.execute("INSERT INTO bench_ids SELECT id_ FROM " + table + " WHERE " + selection(s, table)
            + " ON CONFLICT DO NOTHING");
      }
    }
    s.execute("INSERT INTO bench_ids SELECT id_ FROM act_ge_bytearray WHERE " + selection(s, "act_ge_bytearray")
        + " ON CONFLICT DO NOTHING");
    s.execute("ANALYZE bench_ids");
  }

  /** Rows of the sample in a table. */
  private static String selection(Statement s, String table) throws SQLException {
    Map<String, String> cols = columns(s, table);
    List<String> or = new ArrayList<>();
    if (table.equals("act_ge_bytearray")) {
      // the byte arrays the copied rows point to (serialized and JSON variables, decision values, stack traces)
      or.add("root_proc_inst_id_ IN (SELECT id FROM bench_roots)");
      or.add("id_ IN (SELECT bytearray_id_ FROM act_ru_variable WHERE proc_inst_id_ IN (SELECT id FROM bench_inst))");
      or.add("id_ IN (SELECT bytearray_id_ FROM act_hi_varinst WHERE proc_inst_id_ IN (SELECT id FROM bench_inst))");
      or.add("id_ IN (SELECT bytearray_id_ FROM act_hi_detail WHERE proc_inst_id_ IN (SELECT id FROM bench_inst))");
      or.add("id_ IN (SELECT exception_stack_id_ FROM act_ru_job WHERE process_instance_id_ IN (SELECT id FROM bench_inst))");
      return String.join(" OR ", or);
    }
    if (table.equals("act_ru_identitylink")) {
      return "task_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_ IN (SELECT id FROM bench_inst))";
    }
    if (table.equals("act_ru_authorization")) {
      // the engine's grants on the cases' tasks and instances
      return "resource_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_ IN (SELECT id FROM bench_inst))"
          + " OR resource_id_ IN (SELECT id FROM bench_inst)";
    }
    if (cols.containsKey("root_proc_inst_id_")) {
      or.add("root_proc_inst_id_ IN (SELECT id FROM bench_roots)");
    }
    for (String col : List.of("proc_inst_id_", "process_instance_id_")) {
      if (cols.containsKey(col)) {
        or.add(col + " IN (SELECT id FROM bench_inst)");
      }
    }
    if (or.isEmpty()) {
      throw new IllegalStateException("no selection for " + table);
    }
    return String.join(" OR ", or);
  }

  private int nextCopy(Statement s) throws SQLException {
    // copies are numbered on from the highest number already in the database (a second fill adds to the first)
    return (int) count(s, "SELECT coalesce(max(substring(proc_inst_id_ FROM 'bc([0-9]{10})$')::bigint), 0) + 1"
        + " FROM act_hi_procinst WHERE proc_inst_id_ ~ 'bc[0-9]{10}$'");
  }

  /**
   * Copy n of an engine id: its last 12 characters (the node part of the engine's time-based UUIDs, the same for
   * every id one JVM made) become {@code bc} and n in 10 digits. The id keeps its length (activity instance ids,
   * "activity:uuid", can be near their column's 64 characters) and stays unique: the time part is the sample's.
   */
  private static String copyId(String column) {
    return "left(" + column + ", length(" + column + ") - 12) || 'bc' || lpad(n::text, 10, '0')";
  }

  private void copyAll(Statement s, List<String> runtime, int first, int copies, boolean open) throws SQLException {
    List<String> tables = new ArrayList<>(List.of("act_ge_bytearray"));
    tables.addAll(runtime);
    tables.addAll(HISTORY);
    Map<String, String> inserts = new LinkedHashMap<>();
    for (String table : tables) {
      if (exists(s, table)) {
        inserts.put(table, insert(s, table, selection(s, table), open));
      }
    }
    inserts.put("service_case", insert(s, "service_case",
        "process_instance_id IN (SELECT id FROM bench_roots)", open));
    long start = System.nanoTime();
    for (int from = first; from < first + copies; from += COPIES_PER_STATEMENT) {
      int to = Math.min(first + copies - 1, from + COPIES_PER_STATEMENT - 1);
      s.getConnection().setAutoCommit(false);
      for (Map.Entry<String, String> e : inserts.entrySet()) {
        s.execute(e.getValue().replace(":from", Integer.toString(from)).replace(":to", Integer.toString(to)));
      }
      s.getConnection().commit();
      s.getConnection().setAutoCommit(true);
      int done = to - first + 1;
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.printf("[fill] %s copies %d of %d (%.0f s, about %.0f s left)%n", open ? "open" : "finished", done,
          copies, secs, secs / done * (copies - done));
    }
  }

  /** INSERT ... SELECT of copies :from to :to of a table's sample rows, references rewritten. */
  private String insert(Statement s, String table, String selection, boolean open) throws SQLException {
    Map<String, String> cols = columns(s, table);
    List<String> exprs = new ArrayList<>();
    for (Map.Entry<String, String> col : cols.entrySet()) {
      String name = col.getKey();
      String expr = name;
      if (col.getValue().startsWith("character")) {
        if (holds(s, table, name, selection, "bench_ids")) {
          expr = "CASE WHEN " + name + " IN (SELECT id FROM bench_ids) THEN " + copyId(name) + " ELSE " + name + " END";
        } else if (holds(s, table, name, selection, "bench_cases")) {
          expr = "CASE WHEN " + name + " IN (SELECT id FROM bench_cases) THEN 'BK' || n || '-' || right(" + name
              + ", 6) ELSE " + name + " END";
        } else if (table.equals("service_case") && name.equals("external_reference")) {
          expr = name + " || '~' || n";
        }
      } else if (open && (table.equals("act_ru_task") || table.equals("act_hi_taskinst"))
          && (name.equals("due_date_") || name.equals("create_time_") || name.equals("start_time_"))) {
        // a backlog built up over weeks: each copy's tasks arrived up to 28 days earlier
        expr = name + " - ((n * 7919) % 10000) / 10000.0 * interval '28 days'";
      }
      exprs.add(expr);
    }
    return "INSERT INTO " + table + " (" + String.join(", ", cols.keySet()) + ") SELECT " + String.join(", ", exprs)
        + " FROM " + table + " CROSS JOIN generate_series(:from, :to) AS n WHERE " + selection;
  }

  /** Whether a character column of the sample rows holds a value of the given set (ids or case numbers). */
  private static boolean holds(Statement s, String table, String column, String selection, String set)
      throws SQLException {
    return count(s, "SELECT count(*) FROM (SELECT 1 FROM " + table + " WHERE (" + selection + ") AND " + column
        + " IN (SELECT id FROM " + set + ") LIMIT 1) x") > 0;
  }

  private static boolean exists(Statement s, String table) throws SQLException {
    return count(s, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '"
        + table + "'") > 0;
  }

  private static Map<String, String> columns(Statement s, String table) throws SQLException {
    Map<String, String> cols = new LinkedHashMap<>();
    try (ResultSet rs = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns"
        + " WHERE table_schema = 'public' AND table_name = '" + table + "' AND is_generated = 'NEVER'"
        + " AND identity_generation IS NULL ORDER BY ordinal_position")) {
      while (rs.next()) {
        cols.put(rs.getString(1), rs.getString(2));
      }
    }
    return cols;
  }

  static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static double seconds(long nanos) {
    return Math.round(nanos / 1e7) / 100.0;
  }
}
