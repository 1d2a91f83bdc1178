package com.aftersales.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.aftersales.AfterSalesApplication;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tasklist's list request on a large database, idle (issue #21, "What is left": the list on PostgreSQL 15): the
 * application in this JVM, each user's landing list ("All tasks"), their group's list and "My tasks"
 * ({@code POST /filter/{id}/list} as HAL with count and variables) asked over HTTP, then the SQL of its task query and its count, as MyBatis sent them, run again under
 * {@code EXPLAIN (ANALYZE, BUFFERS)}. The statements go to target/benchmark/list-USER-FILTER.sql (to try indexes by hand),
 * the plans to target/benchmark/list-USER-FILTER-plan.txt.
 */
final class TaskListPlans {

  private static final String TASK = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
  /** The users asked for, with their group: customer service holds most tasks, sales some, engineers few. */
  private static final Map<String, String> USERS = new LinkedHashMap<>(Map.of("mary", "customer-service"));

  static {
    USERS.put("sally", "sales");
    USERS.put("eric", "engineers");
  }

  private TaskListPlans() {}

  /** Captures the last statement and parameters MyBatis logged per mapped statement. */
  static final class Capture extends AppenderBase<ILoggingEvent> {
    final Map<String, String> preparing = new ConcurrentHashMap<>();
    final Map<String, String> statement = new ConcurrentHashMap<>();
    final Map<String, String> parameters = new ConcurrentHashMap<>();

    @Override
    protected void append(ILoggingEvent e) {
      String msg = e.getFormattedMessage();
      String name = e.getLoggerName();
      if (msg.startsWith("==>  Preparing:")) {
        preparing.put(name, msg.substring("==>  Preparing:".length()).trim());
      } else if (msg.startsWith("==> Parameters:") && preparing.containsKey(name)) {
        statement.put(name, preparing.get(name));
        parameters.put(name, msg.substring("==> Parameters:".length()).trim());
      }
    }
  }

  static Map<String, Object> measure(String db, Map<String, String> o) throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    ConfigurableApplicationContext app = new SpringApplicationBuilder(AfterSalesApplication.class)
        .profiles("bench", "bench-tuned").run("--spring.datasource.url=" + db,
            "--camunda.bpm.job-execution.enabled=false");
    // after the start: Spring Boot's logging set-up resets Logback's loggers
    Capture capture = new Capture();
    capture.setContext((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory());
    capture.start();
    for (String statement : List.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria")) {
      Logger logger = (Logger) LoggerFactory.getLogger(TASK + "." + statement);
      logger.setLevel(Level.DEBUG);
      logger.setAdditive(false);
      logger.addAppender(capture);
    }
    try {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      String filter = app.getBean(org.camunda.bpm.engine.FilterService.class).createFilterQuery()
          .filterName(com.aftersales.tasklist.StaffFilters.ALL_TASKS).singleResult().getId();
      BigDatabase big = new BigDatabase(db);
      try (Connection c = big.connect(); Statement s = c.createStatement()) {
        m.put("database", BigDatabase.sizes(s));
      }
      org.camunda.bpm.engine.FilterService filters = app.getBean(org.camunda.bpm.engine.FilterService.class);
      // the staff working meanwhile (--writers, 0 = an idle server): complaints opened, claimed and recorded
      int writerThreads = Integer.parseInt(o.get("--writers"));
      LargeDatabase.Writers writers = writerThreads > 0 ? new LargeDatabase.Writers(port, writerThreads) : null;
      if (writers != null) {
        writers.start();
        Thread.sleep(10_000); // their first calls load and compile
        writers.window();
      }
      m.put("writers", writerThreads);
      for (Map.Entry<String, String> person : USERS.entrySet()) {
        String user = person.getKey();
        String groupName = com.aftersales.security.StaffGroups.STAFF.get(person.getValue());
        Tasklist tab = new Tasklist(port, user);
        tab.login("tasklist");
        Map<String, Object> byFilter = new LinkedHashMap<>();
        for (String name : List.of(com.aftersales.tasklist.StaffFilters.ALL_TASKS,
            com.aftersales.tasklist.StaffFilters.filterName(groupName, com.aftersales.tasklist.StaffFilters.GROUP_TASKS),
            com.aftersales.tasklist.StaffFilters.filterName(groupName, com.aftersales.tasklist.StaffFilters.MY_TASKS))) {
          String id = filters.createFilterQuery().filterName(name).singleResult().getId();
          byFilter.put(name, list(big, tab, id, capture, user + "-" + (name.equals(
              com.aftersales.tasklist.StaffFilters.ALL_TASKS) ? "all" : name.endsWith(
              com.aftersales.tasklist.StaffFilters.MY_TASKS) ? "mine" : "group"), Integer.parseInt(o.get("--samples"))));
        }
        m.put(user, byFilter);
      }
      if (writers != null) {
        m.put("writersDuringLists", writers.window());
        writers.stop();
        m.put("writerErrors", writers.errors());
      }
    } finally {
      app.close();
    }
    return m;
  }

  /** One filter's list as one user asks it: HTTP latency, then its task query and count under EXPLAIN ANALYZE. */
  private static Map<String, Object> list(BigDatabase big, Tasklist tab, String filter, Capture capture, String file,
      int samples) throws Exception {
    Map<String, Object> u = new LinkedHashMap<>();
    Latencies l = new Latencies();
    for (int i = 0; i < 2; i++) {
      tab.list(filter); // warm: plan cache, connections
    }
    long count = 0;
    capture.statement.clear();
    for (int i = 0; i < samples; i++) {
      Staff.Answer a = tab.list(filter);
      if (a.ok()) {
        l.add(a.nanos());
        count = a.body().path("count").asLong();
      }
    }
    u.put("loadAverage", LargeDatabase.loadAverage());
    u.put("matchingTasks", count);
    u.put("listRequestMs", l.summary());
    StringBuilder plans = new StringBuilder();
    StringBuilder sql = new StringBuilder();
    for (String statement : List.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria")) {
      String key = TASK + "." + statement;
      String text = capture.statement.get(key);
      if (text == null) {
        u.put(statement, "not captured");
        continue;
      }
      String bound = bind(text, capture.parameters.get(key));
      sql.append("-- ").append(statement).append('\n').append(bound).append(";\n\n");
      List<String> plan = new ArrayList<>();
      try (Connection c = big.connect(); Statement s = c.createStatement()) {
        s.execute("SET random_page_cost = 1.1"); // as the application's connections (PostgresSessionSettings)
        for (int i = 0; i < 3; i++) {
          plan.clear();
          try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + bound)) {
            while (rs.next()) {
              plan.add(rs.getString(1));
            }
          }
        }
      }
      plans.append("-- ").append(statement).append('\n').append(String.join("\n", plan)).append("\n\n");
      u.put(statement + "Ms", plan.stream().filter(line -> line.startsWith("Execution Time"))
          .map(line -> line.replaceAll("[^0-9.]", "")).findFirst().orElse("?"));
      u.put(statement + "Buffers", plan.stream().filter(line -> line.trim().startsWith("Buffers"))
          .map(String::trim).findFirst().orElse("?"));
      u.put(statement + "Sort", plan.stream().filter(line -> line.contains("Sort Method"))
          .map(String::trim).toList());
    }
    Files.writeString(Benchmark.OUT.resolve("list-" + file + ".sql"), sql);
    Files.writeString(Benchmark.OUT.resolve("list-" + file + "-plan.txt"), plans);
    return u;
  }

  /** The statement with MyBatis's logged parameters in place of its '?' (strings quoted, numbers as they are). */
  static String bind(String sql, String parameters) {
    List<String> values = new ArrayList<>();
    if (parameters != null && !parameters.isBlank()) {
      for (String p : parameters.split(", (?=[^,]*\\()")) {
        int open = p.lastIndexOf('(');
        String value = open < 0 ? p : p.substring(0, open);
        String type = open < 0 ? "String" : p.substring(open + 1, p.length() - 1);
        if (value.equals("null")) {
          values.add("NULL");
        } else if (type.equals("Integer") || type.equals("Long") || type.equals("Boolean")) {
          values.add(value);
        } else if (type.equals("Timestamp") || type.equals("Date")) {
          values.add("'" + value + "'::timestamp");
        } else {
          values.add("'" + value.replace("'", "''") + "'");
        }
      }
    }
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (char ch : sql.toCharArray()) {
      if (ch == '?' && next < values.size()) {
        out.append(values.get(next++));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }
}
