package com.aftersales.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process of the run: an application node or the SMTP server. Its pid goes to target/faults/pids. */
class Node {

  final String name;
  final int port;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path log;
  private final Path pidFile;
  private Process process;
  private volatile boolean alive;

  Node(String name, int port, List<String> command, Map<String, String> environment, Path log, Path pidFile) {
    this.name = name;
    this.port = port;
    this.command = command;
    this.environment = environment;
    this.log = log;
    this.pidFile = pidFile;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  boolean alive() {
    return alive;
  }

  synchronized void start() throws IOException {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = builder.start();
    Files.writeString(pidFile, process.pid() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    alive = true;
  }

  /** kill -9: no shutdown hook, no connection closed, locks left in the database. */
  synchronized void kill9() throws InterruptedException {
    alive = false;
    if (process != null) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** SIGTERM and wait: the orderly stop (shutdown hooks run). */
  synchronized void stop() throws InterruptedException {
    alive = false;
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  boolean exited() {
    return process != null && !process.isAlive();
  }

  /** Waits until GET /actuator/health answers 200 (the application and its database are up). */
  void awaitHealthy(Http http, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      if (exited()) {
        throw new IllegalStateException(name + " exited during start; see " + log);
      }
      if (http.get(this, "mary", "/actuator/health").status() == 200) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(name + " not healthy after " + timeoutMillis / 1000 + " s; see " + log);
  }
}
