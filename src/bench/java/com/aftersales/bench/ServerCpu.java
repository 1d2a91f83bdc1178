package com.aftersales.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The server's CPU time, apart from the harness's: the application node's JVM (a process of its own: every thread,
 * GC and JIT included) and the PostgreSQL backends of its connection pool, found by the {@code application_name} its
 * JDBC URL sets ({@link #APPLICATION_NAME}). The harness's own connections (counts, the clock pump) and other
 * databases' backends are not counted. Linux /proc: utime + stime, USER_HZ 100.
 */
final class ServerCpu {

  static final String APPLICATION_NAME = "bench-server";

  /** CPU ticks of the node's JVM and of each of its backends (by pid) at one moment. */
  record Snapshot(long jvmTicks, Map<Long, Long> backendTicks) {}

  private final long pid;
  private final String dbUrl;
  private final String user;
  private final String password;

  ServerCpu(long pid, String dbUrl, String user, String password) {
    this.pid = pid;
    this.dbUrl = dbUrl;
    this.user = user;
    this.password = password;
  }

  /** The node's URL: the same database, its pool's backends named {@link #APPLICATION_NAME}. */
  static String serverUrl(String dbUrl) {
    return dbUrl + (dbUrl.contains("?") ? "&" : "?") + "ApplicationName=" + APPLICATION_NAME;
  }

  Snapshot sample() throws SQLException {
    Map<Long, Long> backends = new HashMap<>();
    try (Connection c = DriverManager.getConnection(dbUrl, user, password); PreparedStatement q = c.prepareStatement(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = ?")) {
      q.setString(1, APPLICATION_NAME);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          long backend = rs.getLong(1);
          long ticks = ticks(backend);
          if (ticks >= 0) {
            backends.put(backend, ticks);
          }
        }
      }
    }
    return new Snapshot(Math.max(0, ticks(pid)), backends);
  }

  /**
   * CPU seconds between two snapshots: {jvm, database}. A backend the pool opened meanwhile counts from zero; one it
   * closed meanwhile is lost (Hikari keeps its connections for 30 minutes).
   */
  static double[] between(Snapshot from, Snapshot to) {
    long db = 0;
    for (Map.Entry<Long, Long> e : to.backendTicks().entrySet()) {
      db += Math.max(0, e.getValue() - from.backendTicks().getOrDefault(e.getKey(), 0L));
    }
    return new double[] {(to.jvmTicks() - from.jvmTicks()) / 100.0, db / 100.0};
  }

  /** utime + stime of a process in clock ticks; -1 when it is gone. */
  static long ticks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
