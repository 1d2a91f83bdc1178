package com.aftersales.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plain table and the summary JSON: one row per figure, one column per mode, tuned/baseline ratio. */
final class Report {

  /** label, JSON pointer inside a mode's result. */
  private static final String[][] ROWS = {
      {"staff threads (best throughput)", "/load/threads"},
      {"completed cases / s", "/load/casesCompletedPerSecond"},
      {"user tasks completed / s", "/load/tasksCompletedPerSecond"},
      {"cases started / s", "/load/casesStartedPerSecond"},
      {"start case p50 ms", "/load/startCaseMs/p50"},
      {"start case p95 ms", "/load/startCaseMs/p95"},
      {"start case p99 ms", "/load/startCaseMs/p99"},
      {"complete task p50 ms", "/load/completeTaskMs/p50"},
      {"complete task p95 ms", "/load/completeTaskMs/p95"},
      {"complete task p99 ms", "/load/completeTaskMs/p99"},
      {"list, staff (load) p50 ms", "/load/filterQueryMs/p50"},
      {"list, staff (load) p95 ms", "/load/filterQueryMs/p95"},
      {"list, staff (load) p99 ms", "/load/filterQueryMs/p99"},
      {"list, tab refresh (load) p95 ms", "/load/filterCustomerServiceMs/p95"},
      {"db commits / case", "/load/dbCommitsPerCase"},
      {"db row writes / case", "/load/dbRowWritesPerCase"},
      {"db row writes / task", "/load/dbRowWritesPerTask"},
      {"CPU ms / case (JVM + PostgreSQL)", "/load/cpuMsPerCase"},
      {"CPU s JVM (window)", "/load/cpuSecondsJvm"},
      {"CPU s PostgreSQL (window)", "/load/cpuSecondsPostgres"},
      {"open tasks in db", "/openTasks/openTasks"},
      {"bulk intake cases / s", "/openTasks/intakeCasesPerSecond"},
      {"list idle, open tasks, mary p50 ms", "/openTasks/filterQueryMs.customer-service/p50"},
      {"list idle, open tasks, mary p95 ms", "/openTasks/filterQueryMs.customer-service/p95"},
      {"list idle, open tasks, mary p99 ms", "/openTasks/filterQueryMs.customer-service/p99"},
      {"list idle, open tasks, sally p50 ms", "/openTasks/filterQueryMs.sales/p50"},
      {"list idle, open tasks, sally p99 ms", "/openTasks/filterQueryMs.sales/p99"},
      {"open tasks + load: tab refresh p50 ms", "/openTasks/underLoad/filterCustomerServiceMs/p50"},
      {"open tasks + load: tab refresh p95 ms", "/openTasks/underLoad/filterCustomerServiceMs/p95"},
      {"open tasks + load: staff list p95 ms", "/openTasks/underLoad/filterQueryMs/p95"},
      {"open tasks + load: complete p95 ms", "/openTasks/underLoad/completeTaskMs/p95"},
      {"open tasks + load: cases started / s", "/openTasks/underLoad/casesStartedPerSecond"},
      {"open tasks + load: completed cases / s", "/openTasks/underLoad/casesCompletedPerSecond"},
      {"timers made due", "/timers/timers"},
      {"timers not fired (time box)", "/timers/notFired"},
      {"s until all timers fired", "/timers/secondsUntilAllFired"},
      {"timers fired / s", "/timers/timersPerSecond"},
      {"heap used MB (window end)", "/load/memoryAtWindowEnd/heapUsedMb"},
      {"RSS MB (window end)", "/load/memoryAtWindowEnd/rssMb"},
      {"RSS peak MB", "/memory/rssPeakMb"},
  };

  private final Map<String, JsonNode> results;

  Report(Map<String, JsonNode> results) {
    this.results = results;
  }

  String table() {
    List<String> modes = new ArrayList<>(results.keySet());
    boolean ratio = modes.contains("baseline") && modes.contains("tuned");
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%-40s", "figure"));
    modes.forEach(m -> sb.append(String.format("%14s", m)));
    if (ratio) {
      sb.append(String.format("%16s", "tuned/baseline"));
    }
    sb.append('\n');
    for (String[] row : ROWS) {
      sb.append(String.format("%-40s", row[0]));
      for (String m : modes) {
        JsonNode v = results.get(m).at(row[1]);
        sb.append(String.format("%14s", v.isMissingNode() || v.isNull() ? "-" : v.asText()));
      }
      if (ratio) {
        Double r = ratio(row[1]);
        sb.append(String.format("%16s", r == null ? "-" : String.format("%.2f", r)));
      }
      sb.append('\n');
    }
    for (String m : modes) {
      sb.append('\n').append("growth (").append(m).append("): open tasks | cases opened/s | idle list mary p50/p95"
          + " | sally p50/p95 | with load: refresh p50/p95, staff list p95 | complete p50/p95 | started/s, closed/s\n");
      for (JsonNode step : results.get(m).path("growth")) {
        JsonNode load = step.path("underLoad");
        sb.append(String.format("  %7s | %6s | %7s / %7s | %6s / %6s | %6s / %6s, %6s | %6s / %6s | %5s, %5s%n",
            step.path("openTasks").asText(), step.path("intakeCasesPerSecond").asText(),
            step.at("/filterQueryMs.customer-service/p50").asText("-"),
            step.at("/filterQueryMs.customer-service/p95").asText("-"),
            step.at("/filterQueryMs.sales/p50").asText("-"), step.at("/filterQueryMs.sales/p95").asText("-"),
            load.at("/filterCustomerServiceMs/p50").asText("-"), load.at("/filterCustomerServiceMs/p95").asText("-"),
            load.at("/filterQueryMs/p95").asText("-"),
            load.at("/completeTaskMs/p50").asText("-"), load.at("/completeTaskMs/p95").asText("-"),
            load.path("casesStartedPerSecond").asText("-"), load.path("casesCompletedPerSecond").asText("-")));
      }
    }
    for (String m : modes) {
      sb.append('\n').append("phase 1 by staff threads (").append(m)
          .append("): threads | cases/s | tasks/s | complete p50/p95 ms | refresh p95 ms | CPU ms/case\n");
      for (JsonNode t : results.get(m).at("/load/byThreads")) {
        sb.append(String.format("  %7s | %7s | %7s | %6s / %6s | %6s | %7s%n", t.path("threads").asText(),
            t.path("casesCompletedPerSecond").asText(), t.path("tasksCompletedPerSecond").asText(),
            t.at("/completeTaskMs/p50").asText("-"), t.at("/completeTaskMs/p95").asText("-"),
            t.at("/filterCustomerServiceMs/p95").asText("-"), t.path("cpuMsPerCase").asText("-")));
      }
      sb.append("slowest completions (").append(m).append(", best stretch): task p50/p95 ms (n):");
      results.get(m).at("/load/completeTaskMsByTask").fields().forEachRemaining(e -> sb.append(' ')
          .append(e.getKey()).append(' ').append(e.getValue().path("p50").asText()).append('/')
          .append(e.getValue().path("p95").asText()).append(" (").append(e.getValue().path("count").asText())
          .append(')'));
      sb.append('\n');
    }
    for (String m : modes) {
      sb.append('\n').append("row writes per case by table (").append(m).append("):");
      results.get(m).at("/load/dbRowWritesPerCaseByTable").fields()
          .forEachRemaining(e -> sb.append(' ').append(e.getKey()).append('=').append(e.getValue().asText()));
      sb.append('\n');
    }
    for (String m : modes) {
      JsonNode errors = results.get(m).path("errors");
      if (errors.size() > 0) {
        // counts only; one sample message per kind is in the JSON
        sb.append("errors (").append(m).append("):");
        errors.fields().forEachRemaining(e -> sb.append(' ').append(e.getKey()).append('=')
            .append(e.getValue().path("count").asText()));
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private Double ratio(String pointer) {
    JsonNode b = results.get("baseline").at(pointer);
    JsonNode t = results.get("tuned").at(pointer);
    if (!b.isNumber() || !t.isNumber() || b.asDouble() == 0) {
      return null;
    }
    // figures at the largest open-task step compare only when both modes reached the same step
    if (pointer.startsWith("/openTasks/") && !results.get("baseline").at("/openTasks/step")
        .equals(results.get("tuned").at("/openTasks/step"))) {
      return null;
    }
    return t.asDouble() / b.asDouble();
  }

  Map<String, Object> summary() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("modes", results);
    if (results.containsKey("baseline") && results.containsKey("tuned")) {
      Map<String, Object> ratios = new LinkedHashMap<>();
      for (String[] row : ROWS) {
        ratios.put(row[1], ratio(row[1]));
      }
      s.put("tunedOverBaseline", ratios);
    }
    return s;
  }
}
