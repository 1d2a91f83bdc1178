package com.aftersales.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The driver's handle on a {@link BenchNode}: started, waited for, stopped; its output goes to a log file. */
final class NodeProcess implements AutoCloseable {

  private static final Pattern READY = Pattern.compile("BENCH-NODE READY port=(\\d+) springSeconds=([\\d.]+)"
      + " jvmSeconds=([\\d.]+)");

  /** Loggers whose lines mark the phases of a start (timestamps in the node's log). */
  static final List<String> PHASE_LOGGING = List.of("--logging.level.org.flywaydb.core.internal.command=INFO",
      "--logging.level.org.camunda.bpm.engine=INFO", "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN",
      "--logging.level.org.camunda.bpm.engine.context=OFF",
      "--logging.level.org.springframework.boot.web.embedded.tomcat=INFO",
      "--logging.level.org.springframework.boot.StartupInfoLogger=INFO");
  /** Marker in a log line, the phase it ends. */
  private static final Map<String, String> PHASES = new LinkedHashMap<>();

  static {
    PHASES.put("Starting AfterSalesApplication", "jvm");
    PHASES.put("ENGINE-03016", "engineSchemaChecked");
    PHASES.put("Successfully validated", "flywayValidated");
    PHASES.put("is up to date", "flywayMigrated");
    PHASES.put("Successfully applied", "flywayMigrated");
    PHASES.put("ENGINE-00001", "engineCreated");
    PHASES.put("Tomcat started", "webServerStarted");
    PHASES.put("Started AfterSalesApplication", "applicationStarted");
  }

  final String name;
  /** seconds from spawning the JVM to each phase's marker line */
  private final Map<String, Double> phases = new java.util.concurrent.ConcurrentHashMap<>();
  private final Process process;
  private final CompletableFuture<Matcher> ready = new CompletableFuture<>();
  private final long spawned = System.nanoTime();
  private volatile long readyAt;

  /** Starts a node JVM on the database (same class path as this JVM) and copies its output to target/benchmark/. */
  NodeProcess(String name, String dbUrl, String heap, List<String> springArgs) throws IOException {
    this.name = name;
    // e.g. BENCH_NODE_JVM_OPTS="-XX:StartFlightRecording=filename=target/benchmark/node.jfr,settings=profile"
    List<String> command = Benchmark.javaCommand(heap, "BENCH_NODE_JVM_OPTS", BenchNode.class, dbUrl);
    command.addAll(springArgs);
    Files.createDirectories(Benchmark.OUT);
    Path log = Benchmark.OUT.resolve("node-" + name + ".log");
    process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Thread pump = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8)); var out = Files.newBufferedWriter(log)) {
        String line;
        while ((line = in.readLine()) != null) {
          out.write(line);
          out.newLine();
          out.flush();
          for (Map.Entry<String, String> phase : PHASES.entrySet()) {
            if (line.contains(phase.getKey())) {
              phases.putIfAbsent(phase.getValue(), Math.round((System.nanoTime() - spawned) / 1e7) / 100.0);
            }
          }
          Matcher m = READY.matcher(line);
          if (m.find()) {
            readyAt = System.nanoTime();
            ready.complete(m);
          }
        }
      } catch (IOException e) {
        // the node ended
      }
      ready.completeExceptionally(new IllegalStateException("node " + name + " ended before it was ready; see " + log));
    }, "node-" + name);
    pump.setDaemon(true);
    pump.start();
  }

  /** Waits until the node serves requests; its port. */
  int awaitReady(long timeoutSeconds) throws Exception {
    return Integer.parseInt(ready.get(timeoutSeconds, TimeUnit.SECONDS).group(1));
  }

  /** From spawning the JVM until it printed READY (JVM start, Spring, engine, migrations, web server). */
  double startSeconds() {
    return Math.round((readyAt - spawned) / 1e7) / 100.0;
  }

  /** The node's own measure of its Spring start (engine build, migrations, deployments, web server). */
  double springSeconds() throws Exception {
    return Double.parseDouble(ready.get().group(2));
  }

  /** Seconds from spawning the JVM to each phase's marker in its log, in the order of the start. */
  Map<String, Double> phases() {
    Map<String, Double> ordered = new LinkedHashMap<>();
    phases.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() throws Exception {
    if (process.isAlive()) {
      process.getOutputStream().close(); // BenchNode stops when its standard input closes
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroy();
        process.waitFor(20, TimeUnit.SECONDS);
      }
    }
  }
}
