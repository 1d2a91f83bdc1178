package com.aftersales.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of several runs per mode: the median of the valid runs with the spread (min-max), the tuned/baseline
 * ratio of the medians, every failed call per mode, and which runs are invalid (any 5xx, or a connection-pool
 * timeout) and therefore left out of the medians.
 */
final class Paired {

  /** Figure name and its JSON path in a run's result ("/" separated). */
  static final Map<String, String> FIGURES = new LinkedHashMap<>();

  static {
    FIGURES.put("completed cases / s", "load/casesCompletedPerSecond");
    FIGURES.put("user tasks completed / s", "load/tasksCompletedPerSecond");
    FIGURES.put("list (staff, HAL + count + variables) p95 ms", "load/filterQueryMs/p95");
    FIGURES.put("list (tab refresh every 10 s) p95 ms", "load/filterCustomerServiceMs/p95");
    FIGURES.put("completion as Tasklist (form..submit) p95 ms", "load/completionAsTasklistMs/p95");
    FIGURES.put("claim p95 ms", "load/claimMs/p95");
    FIGURES.put("Cockpit statistics p95 ms", "load/cockpitMs/p95");
    FIGURES.put("SLA report p95 ms", "load/slaReportMs/p95");
    FIGURES.put("db row writes / case", "load/dbRowWritesPerCase");
    FIGURES.put("CPU ms / case (JVM + PostgreSQL)", "load/cpuMsPerCase");
    FIGURES.put("open tasks in db (last growth step)", "openTasks/openTasks");
    FIGURES.put("list at open tasks + load p95 ms", "openTasks/underLoad/filterQueryMs/p95");
    FIGURES.put("completion at open tasks + load p95 ms", "openTasks/underLoad/completionAsTasklistMs/p95");
    FIGURES.put("timers fired / s", "timers/timersPerSecond");
    FIGURES.put("start-up s", "startupSeconds");
  }

  private Paired() {}

  static Map<String, Object> summary(Map<String, List<JsonNode>> runs) {
    Map<String, Object> summary = new LinkedHashMap<>();
    runs.forEach((mode, results) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("runs", results.size());
      m.put("validRuns", results.stream().filter(r -> r.path("valid").asBoolean(false)).count());
      m.put("failedCalls", results.stream().mapToLong(r -> r.path("failedCalls").asLong()).sum());
      m.put("serverErrors", results.stream().mapToLong(r -> r.path("serverErrors").asLong()).sum());
      m.put("poolTimeouts", results.stream().mapToDouble(r -> r.path("poolTimeouts").asDouble()).sum());
      Map<String, Object> figures = new LinkedHashMap<>();
      FIGURES.forEach((name, path) -> figures.put(name, stats(valid(results), path)));
      m.put("figures", figures);
      summary.put(mode, m);
    });
    return summary;
  }

  static String table(Map<String, List<JsonNode>> runs) {
    List<String> modes = new ArrayList<>(runs.keySet());
    StringBuilder t = new StringBuilder();
    t.append(String.format("%-48s", "figure (median of valid runs [min-max])"));
    modes.forEach(mode -> t.append(String.format("%28s", mode)));
    if (modes.size() == 2) {
      t.append(String.format("%16s", "tuned/baseline"));
    }
    t.append('\n');
    for (Map.Entry<String, String> figure : FIGURES.entrySet()) {
      t.append(String.format("%-48s", figure.getKey()));
      List<double[]> values = new ArrayList<>();
      for (String mode : modes) {
        double[] s = stats(valid(runs.get(mode)), figure.getValue());
        values.add(s);
        t.append(String.format("%28s", s == null ? "-" : String.format("%.2f [%.2f-%.2f]", s[0], s[1], s[2])));
      }
      if (modes.size() == 2) {
        double[] base = values.get(modes.indexOf("baseline"));
        double[] tuned = values.get(modes.indexOf("tuned"));
        t.append(String.format("%16s", base == null || tuned == null || base[0] == 0 ? "-"
            : String.format("%.2f", tuned[0] / base[0])));
      }
      t.append('\n');
    }
    t.append('\n');
    runs.forEach((mode, results) -> {
      t.append(mode).append(": ");
      for (int i = 0; i < results.size(); i++) {
        JsonNode r = results.get(i);
        t.append(String.format("run %d %s (failed calls %d, 5xx %d, pool timeouts %.0f); ", i + 1,
            r.path("valid").asBoolean(false) ? "valid" : "INVALID", r.path("failedCalls").asLong(),
            r.path("serverErrors").asLong(), r.path("poolTimeouts").asDouble()));
      }
      t.append('\n');
      results.get(results.size() - 1).path("errors").fields().forEachRemaining(e -> t.append("  ").append(e.getKey())
          .append(": ").append(e.getValue().path("count").asLong()).append('\n'));
    });
    return t.toString();
  }

  private static List<JsonNode> valid(List<JsonNode> results) {
    return results.stream().filter(r -> r.path("valid").asBoolean(false)).toList();
  }

  /** Median, min, max of the figure over the runs that have it; null when none has. */
  static double[] stats(List<JsonNode> results, String path) {
    double[] values = results.stream().map(r -> at(r, path)).filter(n -> n != null && n.isNumber())
        .mapToDouble(JsonNode::asDouble).sorted().toArray();
    if (values.length == 0) {
      return null;
    }
    double median = values.length % 2 == 1 ? values[values.length / 2]
        : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    return new double[] {median, values[0], values[values.length - 1]};
  }

  private static JsonNode at(JsonNode node, String path) {
    JsonNode n = node;
    for (String part : Arrays.asList(path.split("/"))) {
      n = n.path(part);
    }
    return n.isMissingNode() ? null : n;
  }
}
