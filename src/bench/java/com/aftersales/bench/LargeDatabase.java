package com.aftersales.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Start-up on a large database (issue #21; docs/performance.md, "A large database"). Commands:
 *
 * <ul>
 *   <li>{@code fill}: {@link BigDatabase} (a real sample, then SQL copies) up to --open-tasks / --finished-tasks;
 *   <li>{@code startup}: node A (a JVM of its own) starts on the database and keeps writing (writers open complaints
 *       and complete their first task through its REST API, as customer service does), then node B starts beside it;
 *       reports both start times and the writers' longest call and longest gap between two finished writes before
 *       and while B starts, with the sessions seen waiting for a lock meanwhile (after a warm-up of half --before-seconds), and where each start's time went (seconds
 *       from the JVM's start to Flyway, the engine, the web server; from the nodes' logs). {@code --rebuild-indexes} first drops the engine-index migration's indexes and its
 *       Flyway row, so B applies V260_1 itself (CONCURRENTLY) on the large tables: an upgrade's start.
 * </ul>
 *
 * <p>Every figure goes with the load average of the machine at the time (/proc/loadavg): the machine may be shared.
 */
public final class LargeDatabase {

  private LargeDatabase() {}

  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "--help" : args[0];
    Map<String, String> o = new LinkedHashMap<>(Map.of("--db-url", "jdbc:postgresql://localhost:5432/aftersales_bench_large",
        "--open-tasks", "100000", "--finished-tasks", "1000000", "--sample-cases", "300", "--loaders", "3",
        "--writers", "2", "--before-seconds", "20", "--after-seconds", "10", "--heap", "768m", "--pool", "10"));
    o.put("--samples", "10");
    boolean rebuild = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--rebuild-indexes")) {
        rebuild = true;
      } else if (o.containsKey(args[i]) && i + 1 < args.length) {
        o.put(args[i], args[++i]);
      } else {
        throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("command", command);
    result.put("options", o);
    result.put("loadAverageAtStart", loadAverage());
    String db = o.get("--db-url");
    switch (command) {
      case "fill" -> {
        BigDatabase big = new BigDatabase(db);
        boolean fresh;
        try (Connection c = big.connect(); Statement s = c.createStatement()) {
          fresh = BigDatabase.count(s, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
              + " AND table_name = 'act_ru_task'") == 0;
        }
        if (fresh) {
          result.put("sample", big.sample(Integer.parseInt(o.get("--sample-cases")), Integer.parseInt(o.get("--loaders"))));
        }
        result.put("copies", big.copy(Long.parseLong(o.get("--open-tasks")), Long.parseLong(o.get("--finished-tasks"))));
      }
      case "startup" -> result.put("startup", startup(db, o, rebuild));
      case "list" -> result.put("list", TaskListPlans.measure(db, o));
      default -> {
        System.out.println(USAGE);
        return;
      }
    }
    result.put("loadAverageAtEnd", loadAverage());
    String json = Staff.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result);
    System.out.println(json);
    Files.createDirectories(Benchmark.OUT);
    Files.writeString(Benchmark.OUT.resolve("large-" + command + ".json"), json);
    System.exit(0);
  }

  static final String USAGE = """
      Usage: tools/bench/large-db.sh COMMAND [options]
        fill      fill the database: a real sample of --sample-cases cases (only on an empty database), then SQL
                  copies up to --open-tasks open and --finished-tasks finished tasks (adds to what is there)
        startup   node A starts and writes (--writers threads), node B starts beside it; start times, the
                  writers' longest call and gap; --rebuild-indexes: B applies the engine-index migration itself
        list      Tasklist's list request at the database's size, with --writers threads working meanwhile
                  (0: an idle server): latency per user over HTTP and EXPLAIN ANALYZE of the task query it runs
      Options: --db-url URL (default jdbc:postgresql://localhost:5432/aftersales_bench_large), --open-tasks N,
        --finished-tasks N, --sample-cases N, --loaders N, --writers N, --before-seconds S, --after-seconds S,
        --heap SIZE (each node), --pool N (each node's connection pool), --samples N (list requests per user
        and filter, after 2 to warm up)
      """;

  /** The machine's load average over 1, 5 and 15 minutes, as /proc/loadavg has it. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (Exception e) {
      return "unknown";
    }
  }

  // ---- start-up beside a writing node ---------------------------------------------------------------------------

  private static Map<String, Object> startup(String db, Map<String, String> o, boolean rebuild) throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    BigDatabase big = new BigDatabase(db);
    try (Connection c = big.connect(); Statement s = c.createStatement()) {
      m.put("database", BigDatabase.sizes(s));
    }
    List<String> springArgs = new ArrayList<>(List.of("--spring.datasource.hikari.maximum-pool-size=" + o.get("--pool")));
    springArgs.addAll(NodeProcess.PHASE_LOGGING);
    String heap = o.get("--heap");
    m.put("loadAverageBeforeNodeA", loadAverage());
    try (NodeProcess a = new NodeProcess("a", db, heap, springArgs)) {
      int portA = a.awaitReady(900);
      m.put("nodeAStartSeconds", a.startSeconds());
      m.put("nodeASpringSeconds", a.springSeconds());
      m.put("nodeAPhases", a.phases());
      m.put("loadAverageAfterNodeA", loadAverage());
      if (rebuild) {
        m.put("rebuiltIndexes", dropEngineIndexes(big));
      }
      Writers writers = new Writers(portA, Integer.parseInt(o.get("--writers")));
      writers.start();
      Thread.sleep(Long.parseLong(o.get("--before-seconds")) * 500); // warm-up: the first calls load and compile
      writers.window();
      Thread.sleep(Long.parseLong(o.get("--before-seconds")) * 1000);
      Map<String, Object> before = writers.window();
      m.put("writersBeforeNodeB", before);
      m.put("loadAverageBeforeNodeB", loadAverage());
      LockWaits waits = new LockWaits(big);
      waits.start();
      List<String> argsB = new ArrayList<>(springArgs);
      if (rebuild) {
        // V260_1 is now below the schema's version: an upgrade's new migration is above it, so let Flyway apply
        // the lower one as it would a new one (without this, validation refuses the start)
        argsB.add("--spring.flyway.out-of-order=true");
      }
      try (NodeProcess b = new NodeProcess("b", db, heap, argsB)) {
        b.awaitReady(1800);
        m.put("lockWaitsWhileNodeBStarted", waits.stop());
        m.put("nodeBStartSeconds", b.startSeconds());
        m.put("nodeBSpringSeconds", b.springSeconds());
        m.put("nodeBPhases", b.phases());
        m.put("writersWhileNodeBStarted", writers.window());
        m.put("loadAverageWhenNodeBReady", loadAverage());
        Thread.sleep(Long.parseLong(o.get("--after-seconds")) * 1000);
        m.put("writersAfterNodeB", writers.window());
      }
      writers.stop();
      m.put("writerErrors", writers.errors());
    }
    if (rebuild) {
      try (Connection c = big.connect(); Statement s = c.createStatement()) {
        m.put("indexesValidAfter", BigDatabase.count(s, "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            + " WHERE c.relname LIKE 'act_idx_as_%' AND i.indisvalid"));
      }
    }
    return m;
  }

  /**
   * An upgrade's start: V260_1's indexes and its Flyway row removed while node A runs (A's queries do without them
   * for a moment), so node B builds them CONCURRENTLY at its start, on tables of the database's size.
   */
  private static List<String> dropEngineIndexes(BigDatabase big) throws Exception {
    List<String> dropped = new ArrayList<>();
    try (Connection c = big.connect(); Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (var rs = s.executeQuery("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
          + " AND indexname LIKE 'act_idx_as_%'")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String name : names) {
        s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + name);
        dropped.add(name);
      }
      s.execute("DELETE FROM app_schema_history WHERE version = '260.1'"); // spring.flyway.table
    }
    return dropped;
  }

  /**
   * Sessions of the database waiting for a lock (pg_stat_activity, wait_event_type 'Lock'), sampled every 200 ms
   * while node B starts: a writer blocked by B's start (DDL, a table lock) would show here, CPU contention would not.
   */
  static final class LockWaits {
    private final BigDatabase big;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong samples = new AtomicLong();
    private final AtomicLong samplesWithWaits = new AtomicLong();
    private final AtomicLong mostWaiting = new AtomicLong();
    private final AtomicLong longestWaitMs = new AtomicLong();
    private final java.util.Set<String> waitedOn = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private Thread thread;

    LockWaits(BigDatabase big) {
      this.big = big;
    }

    void start() {
      thread = new Thread(() -> {
        try (Connection c = big.connect(); Statement s = c.createStatement()) {
          while (running.get()) {
            try (var rs = s.executeQuery("SELECT count(*), coalesce(max(extract(epoch FROM now() - state_change) * 1000), 0),"
                + " string_agg(DISTINCT left(query, 60), ' | ') FROM pg_stat_activity"
                + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
              rs.next();
              samples.incrementAndGet();
              long n = rs.getLong(1);
              if (n > 0) {
                samplesWithWaits.incrementAndGet();
                mostWaiting.accumulateAndGet(n, Math::max);
                longestWaitMs.accumulateAndGet(rs.getLong(2), Math::max);
                if (waitedOn.size() < 10) {
                  waitedOn.add(rs.getString(3));
                }
              }
            }
            Thread.sleep(200);
          }
        } catch (Exception e) {
          waitedOn.add("sampler stopped: " + e);
        }
      }, "lock-waits");
      thread.setDaemon(true);
      thread.start();
    }

    Map<String, Object> stop() throws InterruptedException {
      running.set(false);
      thread.join(5_000);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("samples", samples.get());
      m.put("samplesWithLockWaits", samplesWithWaits.get());
      m.put("mostSessionsWaiting", mostWaiting.get());
      m.put("longestLockWaitMs", longestWaitMs.get());
      m.put("statementsWaiting", waitedOn);
      return m;
    }
  }

  /**
   * Customer service at work on node A: each writer opens a complaint (POST /api/service-requests, HTTP Basic) and
   * completes its first task as Tasklist does (claim, submit-form) in mary's session. Every call's latency and the
   * time each write finished are kept per window.
   */
  static final class Writers {
    private final int port;
    private final int threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> workers = new ArrayList<>();
    private final Map<String, AtomicLong> errors = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile ConcurrentLinkedQueue<long[]> calls = new ConcurrentLinkedQueue<>();
    private volatile long windowStart = System.nanoTime();
    private final AtomicLong lastWrite = new AtomicLong(System.nanoTime());
    private final AtomicLong longestGap = new AtomicLong();

    Writers(int port, int threads) {
      this.port = port;
      this.threads = threads;
    }

    void start() {
      for (int i = 0; i < threads; i++) {
        Thread t = new Thread(this::write, "writer-" + i);
        t.setDaemon(true); // a failed run (a node that does not start) must not leave writers hammering a dead port
        t.start();
        workers.add(t);
      }
    }

    void stop() throws InterruptedException {
      running.set(false);
      for (Thread t : workers) {
        t.join(130_000);
      }
    }

    Map<String, String> errors() {
      Map<String, String> m = new LinkedHashMap<>();
      errors.forEach((k, v) -> m.put(k, v.toString()));
      return m;
    }

    private void write() {
      Staff staff = new Staff(port);
      Tasklist mary = new Tasklist(port, "mary");
      if (!mary.login("tasklist").ok()) {
        errors.computeIfAbsent("login", k -> new AtomicLong()).incrementAndGet();
        return;
      }
      while (running.get()) {
        Staff.Answer intake = staff.post("mary", "/api/service-requests",
            Synthetic.requestBody(Synthetic.newCase("complaint")));
        if (!record("intake", intake)) {
          continue;
        }
        String pid = intake.body().path("processInstanceId").asText();
        Staff.Answer list = mary.get(Tasklist.ENGINE + "/task?processInstanceId=" + pid);
        if (!record("task", list) || list.body().size() == 0) {
          continue;
        }
        JsonNode task = list.body().get(0);
        String path = Tasklist.ENGINE + "/task/" + task.path("id").asText();
        if (!record("claim", mary.post(path + "/claim", Map.of("userId", "mary")))) {
          continue;
        }
        record("submit", mary.post(path + "/submit-form",
            Synthetic.answer(task.path("taskDefinitionKey").asText()).body()));
      }
    }

    private boolean record(String kind, Staff.Answer a) {
      long now = System.nanoTime();
      calls.add(new long[] {a.nanos(), a.ok() ? 1 : 0});
      if (!a.ok()) {
        errors.computeIfAbsent(kind + " " + a.status(), k -> new AtomicLong()).incrementAndGet();
        return false;
      }
      long previous = lastWrite.getAndSet(now);
      longestGap.accumulateAndGet(now - previous, Math::max);
      return true;
    }

    /** The calls since the last window: count, p50/p99/max latency, the longest gap between two answers. */
    Map<String, Object> window() {
      ConcurrentLinkedQueue<long[]> done = calls;
      calls = new ConcurrentLinkedQueue<>();
      long gap = longestGap.getAndSet(System.nanoTime() - lastWrite.get());
      long start = windowStart;
      windowStart = System.nanoTime();
      Latencies l = new Latencies();
      long failed = 0;
      for (long[] call : done) {
        l.add(call[0]);
        failed += call[1] == 0 ? 1 : 0;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("seconds", BigDatabase.seconds(windowStart - start));
      m.put("calls", done.size());
      m.put("failed", failed);
      m.put("callsPerSecond", Math.round(done.size() / ((windowStart - start) / 1e9) * 10) / 10.0);
      m.put("latencyMs", l.summary());
      m.put("longestGapBetweenAnswersMs", Math.round(gap / 1e5) / 10.0);
      return m;
    }
  }
}
