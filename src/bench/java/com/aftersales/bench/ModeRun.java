package com.aftersales.bench;

import com.aftersales.AfterSalesApplication;
import com.aftersales.harness.Answers;
import com.aftersales.harness.Vars;
import com.aftersales.intake.IntakeService;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** One mode (baseline or tuned) in this JVM: fresh schema, application in-process, the phases, the figures. */
final class ModeRun {

  /** Staff the threads play, weighted by how much of the work lands on their group. */
  private static final List<String> ROTA = List.of("mary", "mary", "mary", "mary", "sam", "sam", "eric", "emma",
      "fiona", "sally", "oscar", "rita", "grace", "paul", "pete", "walt", "mark");
  static final Map<String, String> GROUP = Map.ofEntries(Map.entry("mary", "customer-service"),
      Map.entry("sam", "service-managers"), Map.entry("eric", "engineers"), Map.entry("emma", "engineers"),
      Map.entry("fiona", "finance"), Map.entry("sally", "sales"), Map.entry("oscar", "sales-office"),
      Map.entry("rita", "regional-managers"), Map.entry("grace", "general-manager"), Map.entry("paul", "planning"),
      Map.entry("pete", "production"), Map.entry("walt", "warehouse"), Map.entry("mark", "marketing-managers"));
  /**
   * The people the staff threads play: every place on the rota is a person of their own (mary's four places are
   * mary, mary2, mary3 and mary4, colleagues in her group), and the rota is repeated with further colleagues until
   * there are at least as many people as threads. A person works one list at a time, so with fewer people than
   * threads the extra threads would only wait for a person to become free; a larger load is a larger department.
   */
  static List<String> people(int threads) {
    int copies = Math.max(1, (threads + ROTA.size() - 1) / ROTA.size());
    Map<String, Integer> seen = new HashMap<>();
    List<String> people = new ArrayList<>();
    for (int copy = 0; copy < copies; copy++) {
      for (String name : ROTA) {
        int k = seen.merge(name, 1, Integer::sum);
        people.add(k == 1 ? name : name + k);
      }
    }
    return people;
  }

  /** The group of a person of {@link #people}: a colleague (mary2) is in the group of the demo user (mary). */
  static String groupOf(String person) {
    return GROUP.get(person.replaceFirst("[0-9]+$", ""));
  }

  /** Every staff member has a Tasklist tab open; Tasklist re-runs the open list every 10 s ($interval 1e4). */
  private static final long REFRESH_MILLIS = 10_000;

  private final String mode;
  private final BenchOptions options;
  private final String dbUrl;
  private final String dbUser = System.getenv().getOrDefault("AFTERSALES_BENCH_DB_USER", "aftersales");
  private final String dbPassword = System.getenv().getOrDefault("AFTERSALES_BENCH_DB_PASSWORD", "aftersales");

  /** Every failed call of the whole mode, by kind and status: nothing is dropped or cleared between windows. */
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final Map<String, String> errorSamples = new ConcurrentHashMap<>();
  private final AtomicLong failedCalls = new AtomicLong();
  /** Answers 5xx (or no answer at all): any one makes the mode's run invalid. */
  private final AtomicLong serverErrors = new AtomicLong();
  /** One Tasklist session per person, logged in once (the webapp's login), used by the staff and the refreshes. */
  private final Map<String, Tasklist> sessions = new ConcurrentHashMap<>();
  /** "All tasks": the filter Tasklist opens first (priority -10), every person's landing list. */
  private String allTasksFilter;
  private int port;
  private IdentityService identityService;
  /** Tasks a staff thread is working on: two threads playing the same person must not take the same task. */
  private final java.util.Set<String> inHand = ConcurrentHashMap.newKeySet();
  /**
   * The people a staff thread is playing right now: one person works one list at a time (as in Tasklist), so two
   * threads never play eric at once and complete the same assigned task ("Cannot find task" races).
   */
  private final java.util.Set<String> playing = ConcurrentHashMap.newKeySet();
  /** staff threads of the best-throughput stretch of phase 1: the load of the growth steps too */
  private int bestThreads;
  /** end of the growth phase's bulk-load time box (--load-minutes) */
  private volatile long loadDeadline = Long.MAX_VALUE;

  /** One stretch of staff at work: its own stop flag, latencies and counters. */
  private static final class Load {
    final AtomicBoolean running = new AtomicBoolean(true);
    final Latencies startCase = new Latencies();
    final Latencies completeTask = new Latencies();
    /** completion latency per task definition key: which steps make the tail */
    final Map<String, Latencies> completeByTask = new ConcurrentHashMap<>();
    /** the staff's list requests (POST /filter/{id}/list, HAL with count and variables) */
    final Latencies filterQuery = new Latencies();
    /** every open tab's refresh of its list, every 10 s per person */
    final Latencies probe = new Latencies();
    /** the whole completion as Tasklist does it: form, deployed-form, form-variables, submit-form */
    final Latencies completion = new Latencies();
    final Latencies claim = new Latencies();
    final Latencies cockpit = new Latencies();
    final Latencies slaReport = new Latencies();
    final AtomicLong casesStarted = new AtomicLong();
    final AtomicLong tasksCompleted = new AtomicLong();
    final AtomicLong claimConflicts = new AtomicLong();
    volatile long openCases;
    /** the people at work in this stretch ({@link #people}): the staff threads' rota and the open tabs */
    volatile List<String> people = List.of();
    /** the ledger row: the requisition's tasks are the store clerk's, left out of the staff threads' lists */
    volatile List<String> hiddenTaskKeys = List.of();
    /** open cases when the load began: the intake keeps a bounded pile on top of what was already open */
    volatile long openAtStart;

    void reset() {
      startCase.reset();
      completeTask.reset();
      completeByTask.clear();
      filterQuery.reset();
      probe.reset();
      completion.reset();
      claim.reset();
      cockpit.reset();
      slaReport.reset();
    }
  }

  ModeRun(String mode, BenchOptions options) {
    this.mode = mode;
    this.options = options;
    this.dbUrl = options.dbUrl(mode);
  }

  Map<String, Object> run() throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("mode", mode);
    result.put("database", dbUrl);
    resetSchema();
    long bootStart = System.nanoTime();
    ConfigurableApplicationContext app = new SpringApplicationBuilder(AfterSalesApplication.class)
        .profiles("bench", "bench-" + mode)
        .run("--spring.datasource.url=" + dbUrl);
    try {
      result.put("startupSeconds", seconds(System.nanoTime() - bootStart));
      port = ((WebServerApplicationContext) app).getWebServer().getPort();
      ports = new int[] {port};
      identityService = app.getBean(IdentityService.class);
      ensureColleagues();
      Staff staff = new Staff(port);
      allTasksFilter = app.getBean(org.camunda.bpm.engine.FilterService.class).createFilterQuery()
          .filterName(com.aftersales.tasklist.StaffFilters.ALL_TASKS).singleResult().getId();
      double poolTimeouts0 = poolTimeouts(app);
      result.put("load", steadyLoad(app, staff));
      if (options.stockIssuesPerMinute() > 0) {
        result.put("ledger", ledgerRow(app));
      }
      if (options.nodes() > 1) {
        result.put("twoNodes", twoNodes(app, staff));
      }
      List<Map<String, Object>> growth = growth(app, staff);
      result.put("growth", growth);
      result.put("openTasks", growth.isEmpty() ? Map.of() : growth.get(growth.size() - 1));
      result.put("timers", timers(app));
      result.put("memory", memory());
      Map<String, Object> errs = new LinkedHashMap<>();
      errors.forEach((k, v) -> errs.put(k, Map.of("count", v.get(), "sample", errorSamples.getOrDefault(k, ""))));
      result.put("errors", errs);
      result.put("failedCalls", failedCalls.get());
      result.put("serverErrors", serverErrors.get());
      double timeouts = poolTimeouts(app) - poolTimeouts0;
      result.put("poolTimeouts", timeouts);
      result.put("valid", serverErrors.get() == 0 && timeouts == 0);
    } finally {
      app.close();
    }
    return result;
  }

  // ---- phase 1: staff at work ---------------------------------------------------------------------------------

  /**
   * One stretch per staff-thread count (--threads): warm-up, then the measuring window. The stretch with the most
   * completed cases per second is the phase's result ("the load that gives the best throughput"); all are kept.
   */
  private Map<String, Object> steadyLoad(ConfigurableApplicationContext app, Staff staff) throws Exception {
    List<Map<String, Object>> stretches = new ArrayList<>();
    Map<String, Object> best = null;
    for (int threads : options.threads()) {
      Load load = new Load();
      ExecutorService pool = startLoad(app, staff, load, threads);
      Thread.sleep(options.warmup().toMillis());
      Map<String, Object> m = measure(load, options.window().toMillis(), threads);
      stopLoad(load, pool);
      stretches.add(m);
      System.out.println("[" + mode + "] " + threads + " staff threads: " + m.get("casesCompletedPerSecond")
          + " cases/s, " + m.get("tasksCompletedPerSecond") + " tasks/s, " + m.get("failedCalls") + " failed calls "
          + errors.keySet());
      if (best == null || throughput(m) > throughput(best)) {
        best = m;
        bestThreads = threads;
      }
    }
    Map<String, Object> result = new LinkedHashMap<>(best);
    result.put("byThreads", stretches);
    return result;
  }

  private static double throughput(Map<String, Object> m) {
    // cases first; tasks break ties (and rank stretches in which few cases happened to finish)
    return ((Number) m.get("casesCompletedPerSecond")).doubleValue() * 1000
        + ((Number) m.get("tasksCompletedPerSecond")).doubleValue();
  }

  /**
   * Staff threads, every person's open Tasklist tab (refreshed every 10 s), a Cockpit and SLA-report reader, the
   * intake and the follow-up pump, until load.running is cleared.
   */
  private ExecutorService startLoad(ConfigurableApplicationContext app, Staff staff, Load load, int threads)
      throws SQLException {
    return startLoad(app, staff, load, threads, null);
  }

  private ExecutorService startLoad(ConfigurableApplicationContext app, Staff staff, Load load, int threads,
      Ledger ledger) throws SQLException {
    ManagementService management = app.getBean(ManagementService.class);
    // Intake keeps a bounded pile of open cases so the staff always have work but the pile does not grow without end.
    long wipLimit = (long) options.openCasesPerThread() * threads;
    load.openAtStart = count("SELECT count(*) FROM service_case WHERE closed_at IS NULL");
    load.openCases = load.openAtStart;
    load.people = people(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads + 5);
    if (ledger != null) {
      load.hiddenTaskKeys = Ledger.TASKS;
      int node = ports[0];
      Staff api = staffByPort.computeIfAbsent(node, Staff::new);
      pool.submit(() -> ledger.clerk(load.running, api, user -> session(user, "tasklist", node)));
    }
    pool.submit(() -> pump(management, load));
    pool.submit(() -> intake(staff, wipLimit, load));
    pool.submit(() -> refreshTabs(load));
    pool.submit(() -> readers(load));
    for (int i = 0; i < threads; i++) {
      int offset = i * 5;
      pool.submit(() -> work(offset, load));
    }
    return pool;
  }

  /** The person's Tasklist session, logged in on first use (and again should the session have gone). */
  private Tasklist session(String user, String app) {
    return session(user, app, port);
  }

  /** The person's session on the node at {@code nodePort} (with two nodes a person has one on each). */
  private Tasklist session(String user, String app, int nodePort) {
    return sessions.computeIfAbsent(user + "@" + app + "@" + nodePort, k -> {
      Tasklist tasklist = new Tasklist(nodePort, user);
      Staff.Answer login = tasklist.login(app);
      if (!login.ok()) {
        failed("login " + app, login);
      }
      return tasklist;
    });
  }

  /** A session that has gone (timed out) is dropped: the person logs in again at the next click. */
  private void loggedOut(String user, Staff.Answer answer) {
    if (answer.status() == 401) {
      sessions.keySet().removeIf(k -> k.startsWith(user + "@tasklist@"));
    }
  }

  /**
   * The nodes serving the staff: this JVM's application alone, or with --nodes 2 also a second node on the same
   * database for the two-node stretch. Each list visit, tab refresh and intake goes to the next node in turn (a
   * load balancer's round robin; a person holds a session on each node).
   */
  private volatile int[] ports;
  private final AtomicLong nextNode = new AtomicLong();

  private int nextPort() {
    int[] p = ports;
    return p[(int) Math.floorMod(nextNode.getAndIncrement(), (long) p.length)];
  }

  private final Map<Integer, Staff> staffByPort = new ConcurrentHashMap<>();

  /** Every person's open tab re-runs its list every 10 s, spread evenly over the 10 s, whatever the staff do. */
  private void refreshTabs(Load load) {
    List<String> people = load.people;
    long gap = REFRESH_MILLIS / people.size();
    int next = 0;
    while (load.running.get()) {
      String person = people.get(next++ % people.size());
      Staff.Answer list = session(person, "tasklist", nextPort()).list(allTasksFilter);
      if (list.ok()) {
        load.probe.add(list.nanos());
      } else {
        failed("refresh list", list);
        loggedOut(person, list);
      }
      if (!pause(gap)) {
        return;
      }
    }
  }

  /**
   * Beside the staff: a service manager with Cockpit's start page (process statistics with incidents) and the SLA
   * report, one or the other every 5 s.
   */
  private void readers(Load load) {
    boolean cockpit = true;
    while (load.running.get()) {
      if (cockpit) {
        Staff.Answer a = session("admin", "cockpit", ports[0])
            .get(Tasklist.ENGINE + "/process-definition/statistics?rootIncidents=true");
        if (a.ok()) {
          load.cockpit.add(a.nanos());
        } else {
          failed("cockpit statistics", a);
        }
      } else {
        Staff.Answer a = staffByPort.computeIfAbsent(ports[0], Staff::new).get("sam", "/api/reports/sla");
        if (a.ok()) {
          load.slaReport.add(a.nanos());
        } else {
          failed("sla report", a);
        }
      }
      cockpit = !cockpit;
      if (!pause(5_000)) {
        return;
      }
    }
  }

  /** Think time: a person reads, types and decides between two clicks (--think-ms, 50 % to 150 %). */
  private boolean think() {
    long ms = options.thinkMillis();
    return ms <= 0 || pause(ms / 2 + Synthetic.random().nextLong(ms + 1));
  }

  private static boolean pause(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void stopLoad(Load load, ExecutorService pool) throws InterruptedException {
    load.running.set(false);
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.MINUTES);
  }

  /** Opens the measuring window on a running load and returns its figures (the load keeps running). */
  private Map<String, Object> measure(Load load, long windowMillis, int threads) throws Exception {
    return measure(load, windowMillis, threads, null);
  }

  /** The same, with the server's CPU time (node JVM and its backends) over the window when {@code server} is given. */
  private Map<String, Object> measure(Load load, long windowMillis, int threads, ServerCpu server) throws Exception {
    load.reset();
    long failed0 = failedCalls.get();
    long server0 = serverErrors.get();
    long started0 = load.casesStarted.get();
    long tasks0 = load.tasksCompleted.get();
    long[] db0 = dbCounters();
    Map<String, Long> tables0 = tableWrites();
    long jvmCpu0 = jvmCpuNanos();
    long pgCpu0 = postgresCpuNanos();
    ServerCpu.Snapshot cpuFrom = server == null ? null : server.sample();
    Instant from = Instant.now();
    Thread.sleep(windowMillis);
    Instant to = Instant.now();
    ServerCpu.Snapshot cpuTo = server == null ? null : server.sample();
    long jvmCpu1 = jvmCpuNanos();
    long pgCpu1 = postgresCpuNanos();
    long started1 = load.casesStarted.get();
    long tasks1 = load.tasksCompleted.get();
    Map<String, Object> latencies = new LinkedHashMap<>();
    latencies.put("startCaseMs", load.startCase.summary());
    latencies.put("completeTaskMs", load.completeTask.summary());
    // the slowest steps to complete (p95, at least 5 completions in the window)
    Map<String, Object> byTask = new LinkedHashMap<>();
    load.completeByTask.entrySet().stream()
        .filter(e -> e.getValue().count() >= 5)
        .map(e -> Map.entry(e.getKey(), e.getValue().summary()))
        .sorted((a, b) -> Double.compare((Double) b.getValue().get("p95"), (Double) a.getValue().get("p95")))
        .limit(8)
        .forEach(e -> byTask.put(e.getKey(), e.getValue()));
    latencies.put("completeTaskMsByTask", byTask);
    latencies.put("filterQueryMs", load.filterQuery.summary());
    latencies.put("filterCustomerServiceMs", load.probe.summary());
    latencies.put("completionAsTasklistMs", load.completion.summary());
    latencies.put("claimMs", load.claim.summary());
    latencies.put("cockpitMs", load.cockpit.summary());
    latencies.put("slaReportMs", load.slaReport.summary());
    // PostgreSQL publishes a backend's counters when it goes idle, at most once a second
    Thread.sleep(1_500);
    long[] db1 = dbCounters();
    Map<String, Long> tables1 = tableWrites();
    long closed = closedBetween(from, to);

    double secs = (to.toEpochMilli() - from.toEpochMilli()) / 1000.0;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("threads", threads);
    m.put("windowSeconds", secs);
    m.put("casesStarted", started1 - started0);
    m.put("casesCompleted", closed);
    m.put("tasksCompleted", tasks1 - tasks0);
    m.put("casesCompletedPerSecond", round(closed / secs));
    m.put("tasksCompletedPerSecond", round((tasks1 - tasks0) / secs));
    m.put("casesStartedPerSecond", round((started1 - started0) / secs));
    m.put("claimConflicts", load.claimConflicts.get());
    m.put("failedCalls", failedCalls.get() - failed0);
    m.put("serverErrors", serverErrors.get() - server0);
    m.putAll(latencies);
    long commits = db1[0] - db0[0];
    long writes = db1[1] - db0[1];
    m.put("dbCommits", commits);
    m.put("dbRowWrites", writes);
    m.put("dbCommitsPerCase", closed == 0 ? null : round((double) commits / closed));
    m.put("dbRowWritesPerCase", closed == 0 ? null : round((double) writes / closed));
    m.put("dbRowWritesPerTask", tasks1 == tasks0 ? null : round((double) writes / (tasks1 - tasks0)));
    // where the row writes go: the tables with most writes per completed case
    Map<String, Object> perTable = new LinkedHashMap<>();
    tables1.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - tables0.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(15)
        .forEach(e -> perTable.put(e.getKey(), closed == 0 ? e.getValue() : round((double) e.getValue() / closed)));
    m.put("dbRowWritesPerCaseByTable", perTable);
    // CPU seconds per completed case: this JVM (application and harness) and all PostgreSQL processes
    m.put("cpuSecondsJvm", round((jvmCpu1 - jvmCpu0) / 1e9));
    m.put("cpuSecondsPostgres", pgCpu1 < 0 || pgCpu0 < 0 ? null : round((pgCpu1 - pgCpu0) / 1e9));
    m.put("cpuMsPerCase", closed == 0 || pgCpu0 < 0 ? null
        : round((jvmCpu1 - jvmCpu0 + pgCpu1 - pgCpu0) / 1e6 / closed));
    if (server != null) {
      double[] cpu = ServerCpu.between(cpuFrom, cpuTo);
      long tasks = tasks1 - tasks0;
      m.put("serverCpuSecondsJvm", round(cpu[0]));
      m.put("serverCpuSecondsDb", round(cpu[1]));
      m.put("serverCpuMsPerTask", tasks == 0 ? null : round((cpu[0] + cpu[1]) * 1000 / tasks));
      m.put("serverCpuMsPerCase", closed == 0 ? null : round((cpu[0] + cpu[1]) * 1000 / closed));
      m.put("loadAverage", LargeDatabase.loadAverage());
    }
    m.put("memoryAtWindowEnd", memory());
    return m;
  }

  private static long jvmCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** utime + stime of every process named postgres on this host (Linux /proc; -1 where not readable). */
  private static long postgresCpuNanos() {
    long ticks = 0;
    try (var dirs = Files.list(Path.of("/proc"))) {
      for (Path dir : (Iterable<Path>) dirs::iterator) {
        if (!dir.getFileName().toString().chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String stat = Files.readString(dir.resolve("stat"));
          int close = stat.lastIndexOf(')');
          if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
            continue;
          }
          String[] f = stat.substring(close + 2).split(" ");
          ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15: utime, stime
        } catch (IOException | RuntimeException e) {
          // the process ended meanwhile
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return ticks * 10_000_000L; // USER_HZ is 100 on Linux
  }

  /**
   * A request comes in whenever the open pile is below the limit (the intake API as mary). The pile is counted
   * twice a second on one connection of its own: until session 6 each count logged in anew (SCRAM-SHA-256 in this
   * JVM, a new server process in PostgreSQL), CPU taken from the configuration being measured.
   */
  private void intake(Staff staff, long wipLimit, Load load) {
    long lastCount = 0;
    Connection counter = null;
    try {
      while (load.running.get()) {
        try {
          if (System.currentTimeMillis() - lastCount > 500) {
            if (counter == null) {
              counter = connect(); // a failed count drops it (below) and the next one connects again
            }
            load.openCases = count(counter, "SELECT count(*) FROM service_case WHERE closed_at IS NULL");
            lastCount = System.currentTimeMillis();
          }
          if (load.openCases - load.openAtStart >= wipLimit) {
            Thread.sleep(100);
            continue;
          }
          Staff.Answer a = staffByPort.computeIfAbsent(nextPort(), Staff::new).post("mary", "/api/service-requests",
              Synthetic.requestBody(Synthetic.newCase(Synthetic.requestType())));
          if (a.status() == 201) {
            load.startCase.add(a.nanos());
            load.casesStarted.incrementAndGet();
            load.openCases++;
          } else {
            failed("intake", a);
          }
        } catch (InterruptedException e) {
          return;
        } catch (RuntimeException | SQLException e) {
          error("intake exception", e.toString());
          closeQuietly(counter);
          counter = null;
        }
      }
    } finally {
      closeQuietly(counter);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // a broken connection is being replaced or the load is over
      }
    }
  }

  /**
   * Time passing for the follow-up calls: the 24-hour timers after completion (repair, exchange) are made due
   * at once so cases can finish inside the window. Everything else runs on real time.
   */
  private void pump(ManagementService management, Load load) {
    while (load.running.get()) {
      try {
        Date now = new Date();
        for (Job job : management.createJobQuery().timers().activityId("Timer_FollowUpDue").duedateHigherThan(now)
            .listPage(0, 200)) {
          management.setJobDuedate(job.getId(), now);
        }
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        error("pump", e.toString());
      }
    }
  }

  /**
   * One staff thread, as Tasklist is used: the next person on the rota looks at their landing list ("All tasks",
   * POST /filter/{id}/list as HAL with count and variables), picks up to 3 tasks they can do, and for each claims it,
   * opens its form (form, deployed-form, form-variables) and submits it, with think time between the clicks.
   */
  private void work(int offset, Load load) {
    int turn = offset;
    while (load.running.get()) {
      List<String> rota = load.people;
      String user = rota.get(Math.floorMod(turn++, rota.size()));
      if (!playing.add(user)) {
        continue; // another thread is this person right now
      }
      try {
        Tasklist tasklist = session(user, "tasklist", nextPort());
        Staff.Answer list = page(tasklist, user, 0, load);
        if (list == null) {
          continue;
        }
        List<JsonNode> candidates = candidates(list.body(), user);
        boolean nothingToTake = candidates.isEmpty();
        int done = workOn(tasklist, candidates, load);
        long count = list.body().path("count").asLong(0);
        if (done == 0 && count > Tasklist.PAGE && load.running.get()) {
          // the first page gave this person nothing to do (all taken, or others were quicker): they click another
          // page of the list's pager, as the people of a large group do
          long pages = (count + Tasklist.PAGE - 1) / Tasklist.PAGE;
          Staff.Answer other = page(tasklist, user, (1 + Synthetic.random().nextLong(pages - 1)) * Tasklist.PAGE, load);
          if (other != null) {
            List<JsonNode> more = candidates(other.body(), user);
            nothingToTake &= more.isEmpty();
            done = workOn(tasklist, more, load);
          }
        }
        if (nothingToTake) {
          // nothing this person can take: the list shows more only when their tab refreshes (every 10 s)
          if (!pause(Synthetic.random().nextLong(REFRESH_MILLIS))) {
            return;
          }
        } else if (done == 0) {
          think(); // others were quicker: the person looks at the list again a moment later
        }
      } catch (RuntimeException e) {
        error("worker exception", e.toString());
      } finally {
        playing.remove(user);
      }
    }
  }

  /** A page of the person's landing list ("All tasks"); null (the failure counted) when it did not answer. */
  private Staff.Answer page(Tasklist tasklist, String user, long firstResult, Load load) {
    Staff.Answer list = tasklist.list(allTasksFilter, load.hiddenTaskKeys, firstResult);
    if (!list.ok() || list.body() == null) {
      failed("list", list);
      loggedOut(user, list);
      return null;
    }
    load.filterQuery.add(list.nanos());
    return list;
  }

  /** The tasks of a list page the person may take: unassigned or already theirs, in random order. */
  private static List<JsonNode> candidates(JsonNode page, String user) {
    List<JsonNode> candidates = new ArrayList<>();
    page.path("_embedded").path("task").forEach(task -> {
      String assignee = task.path("assignee").asText(null);
      // requisitions (--stock-issues) are driven by the store clerk thread, start to end
      boolean requisition = task.path("processDefinitionId").asText().startsWith(Ledger.PROCESS + ":");
      if (!requisition && (assignee == null || task.path("assignee").isNull() || assignee.equals(user))) {
        candidates.add(task);
      }
    });
    Collections.shuffle(candidates, Synthetic.random());
    return candidates;
  }

  /** Up to 3 of the candidates worked, with think time before each; how many were completed. */
  private int workOn(Tasklist tasklist, List<JsonNode> candidates, Load load) {
    int done = 0;
    for (JsonNode task : candidates) {
      if (done >= 3 || !load.running.get() || !think()) {
        break;
      }
      if (handle(tasklist, task, load)) {
        done++;
      }
    }
    return done;
  }

  private boolean handle(Tasklist tasklist, JsonNode task, Load load) {
    String key = task.path("taskDefinitionKey").asText();
    Vars answer = Synthetic.answer(key);
    if (answer == null) {
      error("no answer for " + key, task.path("processDefinitionId").asText());
      return false;
    }
    String id = task.path("id").asText();
    if (!inHand.add(id)) {
      return false;
    }
    try {
      return complete(tasklist, task, key, id, answer, load);
    } finally {
      inHand.remove(id);
    }
  }

  private boolean complete(Tasklist tasklist, JsonNode task, String key, String id, Vars answer, Load load) {
    String user = tasklist.user();
    String path = Tasklist.ENGINE + "/task/" + id;
    if (task.path("assignee").isNull() || task.path("assignee").asText("").isEmpty()) {
      Staff.Answer claim = tasklist.post(path + "/claim", Map.of("userId", user));
      if (!claim.ok()) {
        // another person of the group took it first: a failed call all the same
        load.claimConflicts.incrementAndGet();
        failed("claim", claim);
        return false;
      }
      load.claim.add(claim.nanos());
      if (!think()) {
        return false;
      }
    }
    // Tasklist opens the form: its key, the deployed form, the variables the form shows
    Staff.Answer form = tasklist.get(path + "/form");
    Staff.Answer deployed = tasklist.get(path + "/deployed-form");
    Staff.Answer variables = tasklist.get(path + "/form-variables");
    for (Staff.Answer a : List.of(form, deployed, variables)) {
      if (!a.ok()) {
        failed("form " + key, a);
        return false;
      }
    }
    if (DISPATCH.equals(key) && variables.body() != null) {
      String engineer = oneOffered(variables.body().path(ENGINEER_CHOICES).path("value").asText(""));
      if (engineer != null) {
        answer.s("engineer", engineer); // the dispatcher picks one of the engineers the form offers
      }
    }
    if (variables.body() != null) {
      // the quote rests on the factory's, as the form says
      Answers.raiseToFloor(key, answer, name -> {
        JsonNode value = variables.body().path(name).path("value");
        return value.isNumber() || value.isTextual() ? value.asText() : null;
      });
    }
    String[] due = Answers.AMOUNT_DUE.get(key);
    if (due != null && variables.body() != null) {
      // finance books what the customer paid, which is the amount due the form shows
      answer.l(due[0], (long) Math.ceil(variables.body().path(due[1]).path("value").asDouble()));
    }
    if (!think()) {
      return false;
    }
    Staff.Answer submit = tasklist.post(path + "/submit-form", answer.body());
    if (submit.ok()) {
      long nanos = form.nanos() + deployed.nanos() + variables.nanos() + submit.nanos();
      load.completion.add(nanos);
      load.completeTask.add(submit.nanos());
      load.completeByTask.computeIfAbsent(key, k -> new Latencies()).add(nanos);
      load.tasksCompleted.incrementAndGet();
      return true;
    }
    if (submit.status() == 409) {
      load.claimConflicts.incrementAndGet(); // two people completed the same task at once
    }
    failed("submit " + key, submit);
    return false;
  }

  private static final String DISPATCH = com.aftersales.flows.repair.RepairProcess.Elements.DISPATCH_ENGINEER;
  private static final String ENGINEER_CHOICES = com.aftersales.flows.repair.RepairProcess.Vars.ENGINEER_CHOICES;

  /** One of the options of a select's JSON list ([{label, value}]), at random; null when none is offered. */
  private static String oneOffered(String options) {
    try {
      JsonNode list = options.isEmpty() ? null : Staff.JSON.readTree(options);
      if (list == null || !list.isArray() || list.isEmpty()) {
        return null;
      }
      return list.get(Synthetic.random().nextInt(list.size())).path("value").asText(null);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The colleagues of {@link #people} for the largest staff-thread count asked (mary2 in customer service and so on),
   * password = user id like the demo users, each in their demo user's group and so with the same grants and filters.
   */
  private void ensureColleagues() {
    int most = options.threads().stream().mapToInt(Integer::intValue).max().orElse(1);
    for (String person : people(most)) {
      if (GROUP.containsKey(person)) {
        continue; // a demo user
      }
      if (identityService.createUserQuery().userId(person).count() == 0) {
        org.camunda.bpm.engine.identity.User user = identityService.newUser(person);
        user.setFirstName(person);
        user.setLastName("Colleague");
        user.setPassword(person);
        identityService.saveUser(user);
      }
      if (identityService.createUserQuery().userId(person).memberOfGroup(groupOf(person)).count() == 0) {
        identityService.createMembership(person, groupOf(person));
      }
    }
  }

  // ---- the ledger row (issue #20) and two nodes on one database (issue #21) ----------------------------------------

  /** Share of repairs in the intake mix ({@link Synthetic#requestType()}): one requisition per repair case. */
  private static final double REPAIR_SHARE = 0.5;

  /**
   * Stock issues beside the staff (--stock-issues N per minute), measured as the server's work: the application
   * runs in a node of its own (a JVM beside this one, the same mode, database and class path; this JVM's job
   * executor is paused meanwhile, so the node does every job), and each window takes the node JVM's CPU time and that
   * of its PostgreSQL backends ({@link ServerCpu}). After a warm-up of the new node (with the clerk, at least 90 s),
   * --ledger-rounds rounds of four stretches at the best staff-thread count, without and with the store clerk in a
   * balanced order (without, with, with, without; then with, without, without, with), each with warm-up and window.
   * The figure per round: server CPU per completed staff task without and with (its two stretches of each); the
   * cost 1 - without/with is the share of cases per second the requisitions take from a server that has no CPU to
   * spare (at saturation cases/s = CPU available / CPU per case).
   * Reported as the median of the rounds with min-max; cases/s and tasks/s of each stretch are kept for reference.
   */
  private Map<String, Object> ledgerRow(ConfigurableApplicationContext app) throws Exception {
    Ledger ledger = new Ledger(app, options.stockIssuesPerMinute(), "issues".equals(options.stockClerk()), this::error);
    Map<String, Object> m = new LinkedHashMap<>();
    List<Map<String, Object>> without = new ArrayList<>();
    List<Map<String, Object>> with = new ArrayList<>();
    List<Double> costs = new ArrayList<>();
    List<Double> perRequisition = new ArrayList<>();
    org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobs =
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) app
            .getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration()).getJobExecutor();
    try (NodeProcess node = new NodeProcess("ledger-" + mode, ServerCpu.serverUrl(dbUrl), options.heap(),
        List.of("--bench-mode=" + mode))) {
      int nodePort = node.awaitReady(1800);
      m.put("serverNodeStartSeconds", node.startSeconds());
      ServerCpu cpu = new ServerCpu(node.pid(), dbUrl, dbUser, dbPassword);
      jobs.shutdown();
      ports = new int[] {nodePort};
      try {
        // the new node's JIT and caches: a stretch with the clerk that is not measured (JIT work is front-loaded,
        // which the alternating order would not cancel)
        Load warm = new Load();
        warm.hiddenTaskKeys = Ledger.TASKS;
        ExecutorService warmPool = startLoad(app, null, warm, bestThreads, ledger);
        Thread.sleep(Math.max(90_000, 2 * options.warmup().toMillis()));
        stopLoad(warm, warmPool);
        for (int round = 0; round < Math.max(1, options.ledgerRounds()); round++) {
          // each round is balanced (without, with, with, without; the next with, without, without, with): a drift
          // of the machine that is linear over the round falls on both alike
          List<Map<String, Object>> w0 = new ArrayList<>();
          List<Map<String, Object>> w1 = new ArrayList<>();
          boolean[] order = round % 2 == 0 ? new boolean[] {false, true, true, false}
              : new boolean[] {true, false, false, true};
          for (boolean issuing : order) {
            Load load = new Load();
            load.hiddenTaskKeys = Ledger.TASKS; // the same lists with and without the clerk
            ledger.reset();
            ExecutorService pool = startLoad(app, null, load, bestThreads, issuing ? ledger : null);
            Thread.sleep(options.warmup().toMillis());
            ledger.reset();
            Map<String, Object> window = measure(load, options.window().toMillis(), bestThreads, cpu);
            long settledInWindow = ledger.settled();
            stopLoad(load, pool);
            window.put("round", round + 1);
            if (issuing) {
              window.put("stock", ledger.figures(options.window().toSeconds()));
              window.put("settledInWindow", settledInWindow);
              with.add(window);
              w1.add(window);
            } else {
              without.add(window);
              w0.add(window);
            }
            System.out.println("[" + mode + "] ledger round " + (round + 1) + " " + (issuing ? "with" : "without")
                + " the clerk: " + window.get("tasksCompletedPerSecond") + " tasks/s, "
                + window.get("casesCompletedPerSecond") + " cases/s, server CPU " + window.get("serverCpuMsPerTask")
                + " ms per task, load " + window.get("loadAverage") + (issuing ? " " + window.get("stock") : ""));
          }
          // the round's server CPU per staff task without and with: CPU of its two stretches over their tasks
          double tasks0 = sum(w0, "tasksCompleted");
          double tasks1 = sum(w1, "tasksCompleted");
          double ms0 = 1000 * (sum(w0, "serverCpuSecondsJvm") + sum(w0, "serverCpuSecondsDb"));
          double ms1 = 1000 * (sum(w1, "serverCpuSecondsJvm") + sum(w1, "serverCpuSecondsDb"));
          double settled = sum(w1, "settledInWindow");
          if (tasks0 > 0 && tasks1 > 0 && ms1 > 0) {
            double c0 = ms0 / tasks0;
            double c1 = ms1 / tasks1;
            costs.add(round(100 * (1 - c0 / c1)));
            if (settled > 0) {
              perRequisition.add(round((ms1 - c0 * tasks1) / settled));
            }
          }
        }
      } finally {
        ports = new int[] {port};
        jobs.start();
      }
    }
    m.put("method", "server CPU (node JVM + its PostgreSQL backends) per completed staff task, without and with the"
        + " store clerk, balanced rounds (W C C W, C W W C ...); cost = 1 - without/with, median of the rounds"
        + " (min-max)");
    m.put("stockIssuesPerMinute", options.stockIssuesPerMinute());
    m.put("stockClerk", options.stockClerk());
    m.put("threads", bestThreads);
    m.put("rounds", costs.size());
    m.put("costPercent", spread(costs));
    m.put("serverCpuMsPerTaskWithout", spread(values(without, "serverCpuMsPerTask")));
    m.put("serverCpuMsPerTaskWith", spread(values(with, "serverCpuMsPerTask")));
    // the noise floor: how far the stretches without the clerk differ among themselves
    List<Double> alone = values(without, "serverCpuMsPerTask");
    m.put("withoutSpreadPercent", alone.size() < 2 ? null : round(100 * (alone.stream().max(Double::compare).get()
        / alone.stream().min(Double::compare).get() - 1)));
    m.put("serverCpuMsPerCaseWithout", spread(values(without, "serverCpuMsPerCase")));
    m.put("serverCpuMsPerRequisition", spread(perRequisition));
    Double perCase = median(values(without, "serverCpuMsPerCase"));
    Double perReq = median(perRequisition);
    // the same work at one requisition per repair case (half the intake): r x / (case + r x)
    m.put("costPercentAtOneRequisitionPerRepair", perCase == null || perReq == null ? null
        : round(100 * REPAIR_SHARE * perReq / (perCase + REPAIR_SHARE * perReq)));
    m.put("tasksPerSecondWithout", spread(values(without, "tasksCompletedPerSecond")));
    m.put("tasksPerSecondWith", spread(values(with, "tasksCompletedPerSecond")));
    m.put("casesPerSecondWithout", spread(values(without, "casesCompletedPerSecond")));
    m.put("casesPerSecondWith", spread(values(with, "casesCompletedPerSecond")));
    m.put("stretchesWithout", without);
    m.put("stretchesWith", with);
    System.out.println("[" + mode + "] ledger row: cost " + m.get("costPercent") + " %, server CPU per task without "
        + m.get("serverCpuMsPerTaskWithout") + " ms, with " + m.get("serverCpuMsPerTaskWith") + " ms (stretches"
        + " without differ by " + m.get("withoutSpreadPercent") + " %), per requisition "
        + m.get("serverCpuMsPerRequisition") + " ms; at one requisition per repair "
        + m.get("costPercentAtOneRequisitionPerRepair") + " %");
    return m;
  }

  private static double sum(List<Map<String, Object>> windows, String key) {
    return values(windows, key).stream().mapToDouble(Double::doubleValue).sum();
  }

  private static Double number(Map<String, Object> window, String key) {
    Object v = window == null ? null : window.get(key);
    return v == null ? null : ((Number) v).doubleValue();
  }

  private static List<Double> values(List<Map<String, Object>> windows, String key) {
    return windows.stream().map(w -> number(w, key)).filter(java.util.Objects::nonNull).toList();
  }

  private static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
  }

  /** median, min and max of the values (null when there are none) */
  private static Map<String, Object> spread(List<Double> values) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("median", median(values));
    s.put("min", values.stream().min(Double::compare).orElse(null));
    s.put("max", values.stream().max(Double::compare).orElse(null));
    s.put("n", values.size());
    return s;
  }

  /**
   * The staff load against this JVM's application alone and against it and a second node (a JVM of its own, the
   * same configuration and database), requests split between them: stretches one, two, two, one at the best
   * staff-thread count; the ratio of cases per second two against one (medians of each).
   */
  private Map<String, Object> twoNodes(ConfigurableApplicationContext app, Staff staff) throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    List<String> springArgs = List.of("--bench-mode=" + mode);
    try (NodeProcess second = new NodeProcess("second-" + mode, dbUrl, options.heap(), springArgs)) {
      int port2 = second.awaitReady(1800);
      m.put("secondNodeStartSeconds", second.startSeconds());
      List<Map<String, Object>> one = new ArrayList<>();
      List<Map<String, Object>> two = new ArrayList<>();
      for (int nodes : new int[] {1, 2, 2, 1}) {
        ports = nodes == 1 ? new int[] {port} : new int[] {port, port2};
        Load load = new Load();
        ExecutorService pool = startLoad(app, staff, load, bestThreads);
        Thread.sleep(options.warmup().toMillis());
        Map<String, Object> window = measure(load, options.window().toMillis(), bestThreads);
        window.put("loadAverage", LargeDatabase.loadAverage());
        stopLoad(load, pool);
        (nodes == 1 ? one : two).add(window);
        System.out.println("[" + mode + "] " + nodes + " node(s): " + window.get("casesCompletedPerSecond")
            + " cases/s, " + window.get("tasksCompletedPerSecond") + " tasks/s, load " + window.get("loadAverage"));
      }
      ports = new int[] {port};
      double c1 = mean(one, "casesCompletedPerSecond");
      double c2 = mean(two, "casesCompletedPerSecond");
      m.put("threads", bestThreads);
      m.put("casesPerSecondOneNode", round(c1));
      m.put("casesPerSecondTwoNodes", round(c2));
      m.put("tasksPerSecondOneNode", round(mean(one, "tasksCompletedPerSecond")));
      m.put("tasksPerSecondTwoNodes", round(mean(two, "tasksCompletedPerSecond")));
      m.put("twoAgainstOne", c1 == 0 ? null : round(c2 / c1));
      m.put("stretchesOneNode", one);
      m.put("stretchesTwoNodes", two);
    }
    return m;
  }

  private static double mean(List<Map<String, Object>> windows, String key) {
    return windows.stream().mapToDouble(w -> ((Number) w.get(key)).doubleValue()).average().orElse(0);
  }

  // ---- phase 2: growth from 1,000 to --open-tasks open tasks -----------------------------------------------

  /**
   * One bulk-load pass: open cases until the database holds 1,000, 10,000, 100,000 ... (up to --open-tasks; the
   * baseline stops at --baseline-open-tasks) open tasks and measure at each step: the bulk intake rate, the filter
   * on an idle application, then a short stretch of staff at work (--step-window) with the filter, completion and
   * intake figures under load. Filter sampling is time-boxed so a slow configuration cannot run for hours.
   */
  private List<Map<String, Object>> growth(ConfigurableApplicationContext app, Staff staff) throws Exception {
    int target = mode.equals("baseline") ? Math.min(options.openTasks(), options.baselineOpenTasks())
        : options.openTasks();
    List<Integer> steps = new ArrayList<>();
    for (int step = 1_000; step < target; step *= 10) {
      steps.add(step);
    }
    steps.add(target);
    List<Map<String, Object>> result = new ArrayList<>();
    loadDeadline = options.loadMinutes() > 0 ? System.currentTimeMillis() + options.loadMinutes() * 60_000L
        : Long.MAX_VALUE;
    for (int step : steps) {
      Map<String, Object> m = openTaskStep(app, staff, step);
      result.add(m);
      System.out.println("[" + mode + "] growth step " + step + ": " + Staff.JSON.writeValueAsString(m));
      if (System.currentTimeMillis() >= loadDeadline) {
        m.put("timeBoxed", true);
        break;
      }
    }
    loadDeadline = Long.MAX_VALUE;
    return result;
  }

  private Map<String, Object> openTaskStep(ConfigurableApplicationContext app, Staff staff, int openTasks)
      throws Exception {
    TaskService tasks = app.getBean(TaskService.class);
    IntakeService intake = app.getBean(IntakeService.class);
    ManagementService management = app.getBean(ManagementService.class);
    long start = System.nanoTime();
    Timestamp stepStart = Timestamp.from(Instant.now().minusSeconds(1));
    int opened = 0;
    RuntimeService runtime = app.getBean(RuntimeService.class);
    // The database grows by real work: every case is opened through the intake and worked on with the answers the
    // staff give (engine Java API, as the staff's REST calls end up); RUN_TO_END_PERCENT of them to their end, the
    // others some steps in, so open tasks sit at every step and history holds finished cases. Top up until the
    // count is reached (a finished case leaves no open task, hence twice the missing count per round).
    for (int round = 0; round < 20; round++) {
      long before = tasks.createTaskQuery().count();
      int toOpen = (int) Math.max(0, openTasks - before);
      if (toOpen == 0 || System.currentTimeMillis() >= loadDeadline) {
        break;
      }
      java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
      parallel(Math.max(toOpen * 2, options.loaders()), () -> {
        String pid = intake.submit(Synthetic.newCase(Synthetic.requestType()), "mary").serviceCase()
            .processInstanceId();
        done.incrementAndGet();
        int steps = Synthetic.chance(RUN_TO_END_PERCENT) ? Integer.MAX_VALUE : Synthetic.random().nextInt(0, 5);
        new CaseWalker(identityService, this::error).advance(tasks, runtime, management, pid, steps);
      });
      opened += done.get();
      // repairs get their first task after the acknowledgement mail, which the job executor sends
      long deadline = System.currentTimeMillis() + 15 * 60_000L;
      while (management.createJobQuery().executable().count() > 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(500);
      }
    }
    long loaded = System.nanoTime();
    try (Connection c = connect(); Statement s = c.createStatement()) {
      if (options.backlogDays() > 0) {
        // A department's backlog arrived over weeks, not in the minutes of a bulk load: move the due dates of
        // this step's tasks back by up to --backlog-days, by the same amount for all tasks of a case. Without
        // it every group's tasks cluster by due date (the bulk cases' customer-service tasks all fall due
        // before any sales task), which no real Tasklist sees. Same in both modes.
        try (PreparedStatement spread = c.prepareStatement(
            "UPDATE act_ru_task SET due_date_ = due_date_ - (abs(hashtext(proc_inst_id_)) % 10000) / 10000.0"
                + " * interval '1 day' * ? WHERE due_date_ IS NOT NULL AND create_time_ >= ?")) {
          spread.setInt(1, options.backlogDays());
          spread.setTimestamp(2, stepStart);
          spread.executeUpdate();
        }
        s.execute("VACUUM act_ru_task");
      }
      // Fresh statistics for the grown tables, as autovacuum would gather within a minute or so: the step's
      // figures should not depend on when autovacuum last came by (same for both modes).
      s.execute("ANALYZE act_ru_task, act_ru_identitylink, act_ru_authorization, act_ru_execution, act_ru_job,"
          + " act_ru_variable, service_case");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", openTasks);
    m.put("openTasks", tasks.createTaskQuery().count());
    m.put("openTasksOfCustomerService", tasks.createTaskQuery().taskCandidateGroup("customer-service").count());
    m.put("casesLoaded", opened);
    m.put("loadSeconds", seconds(loaded - start));
    m.put("intakeCasesPerSecond", opened == 0 ? null : round(opened / ((loaded - start) / 1e9)));
    for (String user : List.of("mary", "sally")) {
      Latencies l = new Latencies();
      Tasklist tab = session(user, "tasklist");
      long box = System.currentTimeMillis() + options.filterSeconds() * 1000L;
      for (int i = 0; i < 10 && System.currentTimeMillis() < box; i++) {
        tab.list(allTasksFilter); // warm the plan cache and the connection
      }
      for (int i = 0; i < 200 && (i < 3 || System.currentTimeMillis() < box); i++) {
        Staff.Answer a = tab.list(allTasksFilter);
        if (a.ok()) {
          l.add(a.nanos());
        } else {
          failed("list (idle)", a);
        }
      }
      m.put("filterQueryMs." + GROUP.get(user), l.summary());
    }
    if (options.stepWindow() > 0) {
      Load load = new Load();
      ExecutorService pool = startLoad(app, staff, load, bestThreads);
      Thread.sleep(Math.min(10_000, options.stepWindow() * 500L)); // warm-up: half the window, at most 10 s
      m.put("underLoad", measure(load, options.stepWindow() * 1000L, bestThreads));
      stopLoad(load, pool);
    }
    return m;
  }

  /** Share of the cases of the growth phase that are worked on to their end. */
  private static final int RUN_TO_END_PERCENT = 60;

  // ---- phase 3: many escalation timers due at once -------------------------------------------------------------

  private Map<String, Object> timers(ConfigurableApplicationContext app) throws Exception {
    IntakeService intake = app.getBean(IntakeService.class);
    TaskService tasks = app.getBean(TaskService.class);
    RuntimeService runtime = app.getBean(RuntimeService.class);
    ManagementService management = app.getBean(ManagementService.class);
    int n = mode.equals("baseline") ? options.baselineTimers() : options.timers();
    List<String> instances = Collections.synchronizedList(new ArrayList<>());
    long setupStart = System.nanoTime();
    parallel(n, () -> {
      String pid = intake.submit(Synthetic.newCase("complaint"), "mary").serviceCase().processInstanceId();
      instances.add(pid);
      Task record = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_RecordComplaint").singleResult();
      tasks.complete(record.getId(), Synthetic.answer("Task_RecordComplaint").plain());
    });
    // the response timer starts after the acknowledgement mail (async): wait for all of them
    List<String> jobIds = new ArrayList<>();
    long deadline = System.currentTimeMillis() + 15 * 60_000L;
    while (System.currentTimeMillis() < deadline) {
      jobIds.clear();
      // JobQuery.activityId combined with processInstanceIds renders invalid SQL in 7.24, so ask the tables
      try (Connection c = connect(); PreparedStatement q = c.prepareStatement(
          "SELECT j.id_ FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_"
              + " WHERE d.act_id_ = 'Timer_ResponseOverdue' AND j.process_instance_id_ = ANY(?)")) {
        q.setArray(1, c.createArrayOf("varchar", instances.toArray()));
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            jobIds.add(rs.getString(1));
          }
        }
      }
      if (jobIds.size() >= n) {
        break;
      }
      Thread.sleep(500);
    }
    double setupSeconds = seconds(System.nanoTime() - setupStart);
    long fireStart;
    Timestamp madeDue = Timestamp.from(Instant.now().minusSeconds(1));
    try (Connection c = connect(); PreparedStatement due = c.prepareStatement(
        "UPDATE act_ru_job SET duedate_ = ? WHERE id_ = ANY(?)")) {
      due.setTimestamp(1, madeDue);
      due.setArray(2, c.createArrayOf("varchar", jobIds.toArray()));
      due.executeUpdate();
      fireStart = System.nanoTime();
    }
    System.out.println("[" + mode + "] " + jobIds.size() + " escalation timers made due at " + Instant.now());
    long left = jobIds.size();
    long failed = 0;
    long fireEnd;
    deadline = System.currentTimeMillis() + options.timerSeconds() * 1000L;
    // Until no timer made due is left to fire (every other one is due hours later): a look for one such timer, which
    // ends at the first it finds, twice a second; the timers left and failed are counted once, after. Not by id (a
    // poll with the 10,000 ids took 50 ms of the database's CPU) and not a count per look (15 ms each, 1.7 s of the
    // database's time over a run): both taken from the engine being measured.
    String responseTimer = " FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_"
        + " WHERE d.act_id_ = 'Timer_ResponseOverdue' AND j.duedate_ <= ?";
    try (Connection c = connect();
        PreparedStatement look = c.prepareStatement("SELECT 1" + responseTimer
            + " AND j.retries_ > 0 AND j.exception_msg_ IS NULL LIMIT 1");
        PreparedStatement count = c.prepareStatement("SELECT count(*),"
            + " count(*) FILTER (WHERE j.retries_ = 0 OR j.exception_msg_ IS NOT NULL)" + responseTimer)) {
      look.setTimestamp(1, madeDue);
      while (System.currentTimeMillis() < deadline) {
        try (ResultSet rs = look.executeQuery()) {
          if (!rs.next()) {
            break;
          }
        }
        Thread.sleep(500);
      }
      fireEnd = System.nanoTime();
      count.setTimestamp(1, madeDue);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        left = rs.getLong(1);
        failed = rs.getLong(2);
      }
    }
    double fireSeconds = seconds(fireEnd - fireStart);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("timers", jobIds.size());
    m.put("setupSeconds", setupSeconds);
    m.put("secondsUntilAllFired", fireSeconds);
    m.put("timersPerSecond", round((jobIds.size() - left) / fireSeconds));
    m.put("notFired", left);
    m.put("failed", failed);
    m.put("escalatedInstances", runtime.createProcessInstanceQuery().processDefinitionKey("complaint").count());
    return m;
  }

  /** Runs n calls on the loader threads, counting failures instead of stopping. */
  private void parallel(int n, Runnable call) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(options.loaders());
    for (int i = 0; i < n; i++) {
      pool.submit(() -> {
        if (System.currentTimeMillis() >= loadDeadline) {
          return; // time box of the bulk load is over
        }
        try {
          call.run();
        } catch (RuntimeException e) {
          error("bulk load", e.toString());
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.HOURS);
  }

  // ---- database and process figures ---------------------------------------------------------------------------

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
  }

  /** The bench database starts empty in each mode (the role owns it, so it may drop its public schema). */
  private void resetSchema() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new SQLException("Cannot reset " + dbUrl + " as " + dbUser
          + " — create the database first (tools/bench/run.sh does it with su postgres)", e);
    }
  }

  /** xact_commit of this database and the rows written to its tables so far. */
  private long[] dbCounters() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      long commits;
      long writes;
      try (ResultSet rs = s.executeQuery(
          "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
        rs.next();
        commits = rs.getLong(1);
      }
      try (ResultSet rs = s.executeQuery(
          "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables")) {
        rs.next();
        writes = rs.getLong(1);
      }
      return new long[] {commits, writes};
    }
  }

  /** Rows written (inserted, updated, deleted) per table so far. */
  private Map<String, Long> tableWrites() throws SQLException {
    Map<String, Long> m = new LinkedHashMap<>();
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables")) {
      while (rs.next()) {
        m.put(rs.getString(1), rs.getLong(2));
      }
    }
    return m;
  }

  private long closedBetween(Instant from, Instant to) throws SQLException {
    try (Connection c = connect(); PreparedStatement p = c.prepareStatement(
        "SELECT count(*) FROM service_case WHERE closed_at >= ? AND closed_at < ?")) {
      p.setTimestamp(1, Timestamp.from(from));
      p.setTimestamp(2, Timestamp.from(to));
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection c = connect()) {
      return count(c, sql);
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static Map<String, Object> memory() {
    Map<String, Object> m = new LinkedHashMap<>();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    m.put("heapUsedMb", heap.getUsed() / (1024 * 1024));
    m.put("heapCommittedMb", heap.getCommitted() / (1024 * 1024));
    m.put("heapMaxMb", heap.getMax() / (1024 * 1024));
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          m.put("rssMb", Long.parseLong(line.replaceAll("\\D", "")) / 1024);
        } else if (line.startsWith("VmHWM:")) {
          m.put("rssPeakMb", Long.parseLong(line.replaceAll("\\D", "")) / 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      m.put("rssMb", null);
    }
    return m;
  }

  /** A call that did not succeed: counted by kind and status; 5xx and no answer at all make the run invalid. */
  private void failed(String kind, Staff.Answer answer) {
    if (answer.status() >= 500 || answer.status() < 0) {
      serverErrors.incrementAndGet();
    }
    error(kind + " " + answer.status(), answer.raw());
  }

  /** Connection-pool timeouts so far (Hikari's Micrometer counter); -1 when the registry has none. */
  private static double poolTimeouts(ConfigurableApplicationContext app) {
    io.micrometer.core.instrument.MeterRegistry registry =
        app.getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class).getIfAvailable();
    if (registry == null) {
      return -1;
    }
    return registry.find("hikaricp.connections.timeout").counters().stream()
        .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
  }

  private void error(String kind, String sample) {
    failedCalls.incrementAndGet();
    errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    errorSamples.putIfAbsent(kind, sample == null ? "" : sample.substring(0, Math.min(300, sample.length())));
  }

  private static double seconds(long nanos) {
    return Math.round(nanos / 1e7) / 100.0;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
