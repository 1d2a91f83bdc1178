package com.aftersales.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The fault-test run of issue #8 (docs/operations.md): one SMTP server and two application nodes as separate
 * processes on one PostgreSQL database, then the scenarios two-nodes, node-killed, mail-down, db-restart, each
 * followed by the same checks ({@link Checks}). Started by tools/faults/run.sh; every child process is stopped at
 * the end, also on failure or Ctrl-C.
 */
public final class FaultRun {

  private static final List<String> ALL = List.of("two-nodes", "node-killed", "mail-down", "db-restart");

  private final Map<String, String> options;
  private final Path out = Path.of("target/faults");
  private final Path smtpLog = out.resolve("smtp-received.log");
  private final Db db;
  private final Http http;
  private final List<Node> children = new ArrayList<>();
  private Node smtp;
  private Node nodeA;
  private Node nodeB;
  private final Map<String, Map<String, Object>> results = new LinkedHashMap<>();
  private final Map<String, List<String>> problems = new LinkedHashMap<>();

  private FaultRun(Map<String, String> options) {
    this.options = options;
    this.db = new Db(opt("db-url"), opt("db-user"), opt("db-password"));
    this.http = new Http(opt("admin-password"));
  }

  private String opt(String name) {
    return options.get(name);
  }

  private int intOpt(String name) {
    return Integer.parseInt(options.get(name));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("cases", "500");
    options.put("small-cases", "200");
    options.put("threads", "6");
    options.put("port-a", "18081");
    options.put("port-b", "18082");
    options.put("smtp-port", "13025");
    options.put("db-url", "jdbc:postgresql://127.0.0.1:5432/aftersales_faults");
    options.put("db-user", env("AFTERSALES_FAULTS_DB_USER", "aftersales"));
    options.put("db-password", env("AFTERSALES_FAULTS_DB_PASSWORD", "aftersales"));
    options.put("admin-password", env("CAMUNDA_ADMIN_PASSWORD", ""));
    options.put("mail-down-seconds", "60");
    options.put("db-restart-command", env("FAULTS_DB_RESTART_COMMAND", "pg_ctlcluster 15 main restart"));
    options.put("heap", "512m");
    List<String> scenarios = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--help")) {
        System.out.println("tools/faults/run.sh [--cases 500] [--small-cases 200] [--threads 6] [--mail-down-seconds 60]"
            + " [scenario ...]\nscenarios: " + ALL + " (default: all, in this order). See docs/operations.md.");
        return;
      } else if (args[i].startsWith("--")) {
        options.put(args[i].substring(2), args[++i]);
      } else if (ALL.contains(args[i])) {
        scenarios.add(args[i]);
      } else {
        throw new IllegalArgumentException("unknown scenario " + args[i] + "; known: " + ALL);
      }
    }
    if (options.get("admin-password").isBlank()) {
      throw new IllegalArgumentException("CAMUNDA_ADMIN_PASSWORD is not set (run.sh makes a random one)");
    }
    if (scenarios.isEmpty()) {
      scenarios.addAll(ALL);
    }
    FaultRun run = new FaultRun(options);
    Runtime.getRuntime().addShutdownHook(new Thread(run::stopAll));
    boolean ok = false;
    try {
      ok = run.run(scenarios);
    } finally {
      run.stopAll();
    }
    System.exit(ok ? 0 : 1);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void log(String format, Object... args) {
    System.out.printf("%tT  %s%n", System.currentTimeMillis(), String.format(format, args));
    System.out.flush();
  }

  // ---- the run ----------------------------------------------------------------------------------------------

  private boolean run(List<String> scenarios) throws Exception {
    long start = System.currentTimeMillis();
    Files.createDirectories(out);
    Files.deleteIfExists(smtpLog);
    for (String log : List.of("node-a.log", "node-b.log", "smtp.log")) {
      Files.deleteIfExists(out.resolve(log)); // each child appends (a node restarted in a run keeps its log)
    }
    Files.writeString(out.resolve("pids"), "");
    log("fault run: scenarios %s, database %s, load average %s", scenarios, opt("db-url"), loadAverage());
    resetDatabase();
    smtp = child("smtp", intOpt("smtp-port"), List.of(java("64m"), "-cp", System.getProperty("java.class.path"),
        SmtpSink.class.getName(), opt("smtp-port"), smtpLog.toString()), Map.of());
    startSmtp();
    nodeA = node("node-a", intOpt("port-a"));
    nodeB = node("node-b", intOpt("port-b"));
    // one after the other: on an empty database the first creates the engine's schema and deploys the models
    long t = System.currentTimeMillis();
    nodeA.start();
    nodeA.awaitHealthy(http, 300_000);
    log("node-a up on port %d after %.1f s", nodeA.port, (System.currentTimeMillis() - t) / 1000.0);
    t = System.currentTimeMillis();
    nodeB.start();
    nodeB.awaitHealthy(http, 300_000);
    log("node-b up on port %d after %.1f s", nodeB.port, (System.currentTimeMillis() - t) / 1000.0);

    for (String scenario : scenarios) {
      long s = System.currentTimeMillis();
      log("==== scenario %s", scenario);
      Map<String, Object> figures = new LinkedHashMap<>();
      List<String> found = new ArrayList<>();
      try {
        switch (scenario) {
          case "two-nodes" -> twoNodes(figures, found);
          case "node-killed" -> nodeKilled(figures, found);
          case "mail-down" -> mailDown(figures, found);
          case "db-restart" -> dbRestart(figures, found);
          default -> throw new IllegalStateException(scenario);
        }
      } catch (Exception e) {
        found.add("scenario aborted: " + e);
        e.printStackTrace(System.out);
      }
      figures.put("scenario duration s", Math.round((System.currentTimeMillis() - s) / 100.0) / 10.0);
      figures.put("load average after", loadAverage());
      results.put(scenario, figures);
      problems.put(scenario, found);
      print(scenario, figures, found);
    }
    String summary = summary(System.currentTimeMillis() - start);
    System.out.println(summary);
    Files.writeString(out.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
    return problems.values().stream().allMatch(List::isEmpty);
  }

  private Node node(String name, int port) throws IOException {
    String classpath = Files.readString(Path.of(env("FAULTS_NODE_CLASSPATH_FILE", "target/faults/node-classpath.txt")))
        .trim();
    List<String> command = List.of(java(opt("heap")), "-XX:+UseSerialGC", "-cp",
        "target/faults/node-classes:target/classes:" + classpath, "com.aftersales.AfterSalesApplication",
        "--spring.profiles.active=postgres,faults", "--aftersales.faults.lock-owner=" + name);
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PORT", String.valueOf(port));
    env.put("DATABASE_URL", opt("db-url"));
    env.put("DATABASE_USER", opt("db-user"));
    env.put("DATABASE_PASSWORD", opt("db-password"));
    env.put("CAMUNDA_ADMIN_PASSWORD", opt("admin-password"));
    env.put("SPRING_MAIL_HOST", "127.0.0.1");
    env.put("SPRING_MAIL_PORT", opt("smtp-port"));
    return child(name, port, command, env);
  }

  private static String java(String heap) {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString() + " -XX:-OmitStackTraceInFastThrow -Xmx" + heap;
  }

  private Node child(String name, int port, List<String> command, Map<String, String> env) {
    List<String> split = new ArrayList<>();
    split.addAll(List.of(command.get(0).split(" ")));
    split.addAll(command.subList(1, command.size()));
    Node node = new Node(name, port, split, env, out.resolve(name + ".log"), out.resolve("pids"));
    children.add(node);
    return node;
  }

  private void startSmtp() throws Exception {
    smtp.start();
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      try (Socket s = new Socket("127.0.0.1", smtp.port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("SMTP sink did not start; see target/faults/smtp.log");
  }

  private synchronized void stopAll() {
    for (Node child : children) {
      try {
        child.stop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      Files.writeString(out.resolve("pids"), "");
    } catch (IOException ignored) {
      // the run.sh trap then checks each pid's command line
    }
  }

  /** The role owns its database, so it may drop and recreate the public schema: every run starts empty. */
  private void resetDatabase() throws Exception {
    db.execute("DROP SCHEMA public CASCADE");
    db.execute("CREATE SCHEMA public");
    log("database schema reset");
  }

  // ---- scenarios --------------------------------------------------------------------------------------------

  private Load load(String prefix, int cases) {
    Load load = new Load(db, http, List.of(nodeA, nodeB), prefix, cases, intOpt("threads"));
    load.start();
    return load;
  }

  private void twoNodes(Map<String, Object> figures, List<String> found) throws Exception {
    int cases = intOpt("cases");
    Load load = load("FLT1-", cases);
    finish(load, cases, figures, found);
  }

  private void nodeKilled(Map<String, Object> figures, List<String> found) throws Exception {
    int cases = intOpt("cases");
    Load load = load("FLT2-", cases);
    load.awaitStarted(cases / 3);
    // kill when node-a holds job locks, so there is something to take over
    List<String> locked = List.of();
    long until = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < until) {
      locked = db.rows("SELECT id_ FROM act_ru_job WHERE lock_owner_ = 'node-a'").stream()
          .map(r -> (String) r.get("id_")).toList();
      if (!locked.isEmpty()) {
        break;
      }
      Thread.sleep(20);
    }
    nodeA.kill9();
    long killedAt = System.currentTimeMillis();
    log("node-a killed (kill -9) after %d cases started, holding %d job lock(s)", load.started.get(), locked.size());
    figures.put("cases started when node-a was killed", load.started.get());
    figures.put("jobs locked by node-a at the kill", locked.size());
    long takeover = -1;
    while (System.currentTimeMillis() < killedAt + 180_000) {
      long stillLocked = db.count("SELECT count(*) FROM act_ru_job WHERE lock_owner_ = 'node-a'");
      if (stillLocked == 0) {
        takeover = System.currentTimeMillis() - killedAt;
        break;
      }
      Thread.sleep(200);
    }
    figures.put("time to take over node-a's jobs s", takeover < 0 ? "not within 180 s" : takeover / 1000.0);
    if (takeover < 0) {
      found.add("node-b did not take over node-a's locked jobs within 180 s");
    } else {
      log("node-b took over node-a's jobs %.1f s after the kill", takeover / 1000.0);
    }
    long jobsGone = -1;
    if (!locked.isEmpty()) {
      while (System.currentTimeMillis() < killedAt + 240_000) {
        long left = db.count("SELECT count(*) FROM act_ru_job WHERE id_ IN ("
            + String.join(",", java.util.Collections.nCopies(locked.size(), "?")) + ")", locked.toArray());
        if (left == 0) {
          jobsGone = System.currentTimeMillis() - killedAt;
          break;
        }
        Thread.sleep(200);
      }
      figures.put("time until node-a's locked jobs were executed s", jobsGone < 0 ? "not within 240 s" : jobsGone / 1000.0);
    }
    finish(load, cases, figures, found);
    long t = System.currentTimeMillis();
    nodeA.start();
    nodeA.awaitHealthy(http, 300_000);
    figures.put("node-a restarted and healthy after s", (System.currentTimeMillis() - t) / 1000.0);
  }

  private void mailDown(Map<String, Object> figures, List<String> found) throws Exception {
    int cases = intOpt("small-cases");
    Load load = load("FLT3-", cases);
    load.awaitStarted(cases / 4);
    smtp.stop();
    long downAt = System.currentTimeMillis();
    log("SMTP server stopped for %s s", opt("mail-down-seconds"));
    long firstIncident = -1;
    long downUntil = downAt + intOpt("mail-down-seconds") * 1000L;
    while (System.currentTimeMillis() < downUntil) {
      if (firstIncident < 0 && db.count("SELECT count(*) FROM act_ru_incident") > 0) {
        firstIncident = System.currentTimeMillis() - downAt;
        log("first incident %.1f s after the SMTP server went down", firstIncident / 1000.0);
      }
      Thread.sleep(250);
    }
    long incidentsAtRestart = db.count("SELECT count(*) FROM act_ru_incident");
    long failedAttempts = db.count("SELECT coalesce(sum(attempts), 0) FROM mail_outbox WHERE last_error IS NOT NULL");
    figures.put("SMTP down s", intOpt("mail-down-seconds"));
    figures.put("time to first incident s", firstIncident < 0 ? "none" : firstIncident / 1000.0);
    figures.put("incidents open when SMTP came back", incidentsAtRestart);
    figures.put("outbox rows with a failed attempt", db.count("SELECT count(*) FROM mail_outbox WHERE last_error IS NOT NULL"));
    if (incidentsAtRestart == 0) {
      found.add("the mail outage raised no incident (retries should have been exhausted)");
    }
    startSmtp();
    long backAt = System.currentTimeMillis();
    log("SMTP server back; %d incident(s) open, resolving them through the REST API", incidentsAtRestart);
    // The supervisor's retry: PUT /engine-rest/job/{id}/retries for each failed-job incident (as admin).
    int resolved = 0;
    int round = 0;
    while (!load.intakeDone() || load.finished() < load.casesInDb()) {
      Http.Answer incidents = http.get(round++ % 2 == 0 ? nodeA : nodeB, "admin",
          "/engine-rest/incident?incidentType=failedJob&maxResults=500");
      if (incidents.ok() && incidents.body() != null) {
        for (JsonNode incident : incidents.body()) {
          String jobId = incident.path("configuration").asText();
          Http.Answer retry = http.put(resolved % 2 == 0 ? nodeA : nodeB, "admin",
              "/engine-rest/job/" + jobId + "/retries", Map.of("retries", 1));
          if (retry.status() == 204) {
            resolved++;
          } else {
            found.add("retry of job " + jobId + " answered " + retry.status() + " " + retry.raw());
          }
        }
      }
      if (System.currentTimeMillis() > backAt + 900_000) {
        break;
      }
      Thread.sleep(2000);
    }
    figures.put("incidents resolved by REST retry", resolved);
    figures.put("time to recover (SMTP back until every case ended) s", (System.currentTimeMillis() - backAt) / 1000.0);
    figures.put("failed send attempts recorded", failedAttempts);
    finish(load, cases, figures, found);
  }

  private void dbRestart(Map<String, Object> figures, List<String> found) throws Exception {
    int cases = intOpt("small-cases");
    Load load = load("FLT4-", cases);
    load.awaitStarted(cases / 3);
    log("restarting PostgreSQL: %s", opt("db-restart-command"));
    long t = System.currentTimeMillis();
    Process restart = new ProcessBuilder("sh", "-c", opt("db-restart-command")).inheritIO().start();
    if (!restart.waitFor(120, TimeUnit.SECONDS) || restart.exitValue() != 0) {
      found.add("database restart command failed");
    }
    long restarted = System.currentTimeMillis();
    figures.put("database restart took s", (restarted - t) / 1000.0);
    for (Node node : List.of(nodeA, nodeB)) {
      long back = -1;
      while (System.currentTimeMillis() < restarted + 120_000) {
        if (http.get(node, "mary", "/api/service-requests?size=1").ok()
            || http.get(node, "mary", "/actuator/health").status() == 200) {
          back = System.currentTimeMillis() - restarted;
          break;
        }
        Thread.sleep(250);
      }
      figures.put(node.name + " serving again after the restart s", back < 0 ? "not within 120 s" : back / 1000.0);
      if (back < 0) {
        found.add(node.name + " did not reconnect within 120 s");
      }
    }
    finish(load, cases, figures, found);
    figures.put("time to recover (restart until every case ended) s", figures.get("load duration s"));
  }

  /** Waits for the scenario's cases to end, stops the load and runs the checks. */
  private void finish(Load load, int cases, Map<String, Object> figures, List<String> found) throws Exception {
    long t = System.currentTimeMillis();
    boolean done = load.awaitFinished(Long.parseLong(options.getOrDefault("timeout-seconds", "1200")) * 1000);
    load.stop();
    if (!done) {
      found.add("not every case ended within the timeout (" + load.finished() + " of " + load.casesInDb() + ")");
      for (Map<String, Object> row : db.rows("SELECT e.act_id_ AS activity, count(*) AS n FROM act_ru_execution e"
          + " JOIN service_case c ON c.process_instance_id = e.proc_inst_id_ WHERE c.external_reference LIKE ?"
          + " AND e.act_id_ IS NOT NULL GROUP BY e.act_id_ ORDER BY 2 DESC", load.prefix + "%")) {
        found.add("  waiting in " + row.get("activity") + ": " + row.get("n"));
      }
    }
    // let the job executors finish anything still running after the last case ended
    Thread.sleep(3000);
    figures.put("tasks completed via REST", load.tasksCompleted.get());
    figures.put("calls repeated (no answer / refused)", load.callsRepeated.get());
    figures.put("follow-up timers made due", load.timersMadeDue.get());
    figures.put("intake + task calls served per node", new java.util.TreeMap<>(load.callsPerNode));
    Map<String, Object> executed = new java.util.TreeMap<>();
    for (Map<String, Object> row : db.rows("SELECT l.hostname_ AS node, count(*) AS n FROM act_hi_job_log l"
        + " JOIN service_case c ON c.process_instance_id = l.process_instance_id_ WHERE c.external_reference LIKE ?"
        + " AND l.job_state_ = 2 GROUP BY l.hostname_", load.prefix + "%")) {
      executed.put(String.valueOf(row.get("node")), row.get("n"));
    }
    figures.put("jobs executed per node (successful)", executed);
    long failedAttempts = db.count("SELECT count(*) FROM act_hi_job_log l JOIN service_case c"
        + " ON c.process_instance_id = l.process_instance_id_ WHERE c.external_reference LIKE ? AND l.job_state_ = 1",
        load.prefix + "%");
    figures.put("job attempts failed (retried)", failedAttempts);
    load.errors.forEach((kind, n) -> found.add("driver error " + kind + " x" + n.get() + ": "
        + load.errorSamples.get(kind)));
    Checks checks = new Checks(db, smtpLog);
    checks.run(load.prefix, cases);
    figures.putAll(checks.figures);
    found.addAll(checks.problems);
    figures.put("load duration s", (System.currentTimeMillis() - t) / 1000.0);
  }

  // ---- output -----------------------------------------------------------------------------------------------

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0] + " "
          + Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[1] + " "
          + Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[2];
    } catch (IOException e) {
      return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static void print(String scenario, Map<String, Object> figures, List<String> found) {
    StringBuilder b = new StringBuilder("---- " + scenario + (found.isEmpty() ? ": all checks hold" : ": PROBLEMS")
        + "\n");
    figures.forEach((k, v) -> b.append(String.format("  %-58s %s%n", k, v)));
    found.forEach(p -> b.append("  !! ").append(p).append('\n'));
    System.out.print(b);
    System.out.flush();
  }

  private String summary(long millis) {
    StringBuilder b = new StringBuilder("\n==== fault run summary (" + Instant.now() + ", " + Math.round(millis / 1000.0)
        + " s, " + Runtime.getRuntime().availableProcessors() + " CPUs, load average " + loadAverage() + ")\n");
    results.forEach((scenario, figures) -> {
      List<String> found = problems.get(scenario);
      b.append("---- ").append(scenario).append(found.isEmpty() ? ": all checks hold" : ": PROBLEMS").append('\n');
      figures.forEach((k, v) -> b.append(String.format("  %-58s %s%n", k, v)));
      found.forEach(p -> b.append("  !! ").append(p).append('\n'));
    });
    return b.toString();
  }
}
