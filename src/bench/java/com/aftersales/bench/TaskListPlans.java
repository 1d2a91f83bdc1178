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
 * application in this JVM, each user's landing list ("All tasks", {@code POST /filter/{id}/list} as HAL with count
 * and variables) asked over HTTP, then the SQL of its task query and its count, as MyBatis sent them, run again under
 * {@code EXPLAIN (ANALYZE, BUFFERS)}. The statements go to target/benchmark/list-USER.sql (to try indexes by hand),
 * the plans to target/benchmark/list-USER-plan.txt.
 */
final class TaskListPlans {

  private static final String TASK = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
  private static final List<String> USERS = List.of("mary", "sally", "eric");

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
    Capture capture = new Capture();
    capture.start();
    for (String statement : List.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria")) {
      Logger logger = (Logger) LoggerFactory.getLogger(TASK + "." + statement);
      logger.setLevel(Level.DEBUG);
      logger.setAdditive(false);
      logger.addAppender(capture);
    }
    ConfigurableApplicationContext app = new SpringApplicationBuilder(AfterSalesApplication.class)
        .profiles("bench", "bench-tuned").run("--spring.datasource.url=" + db,
            "--camunda.bpm.job-execution.enabled=false");
    try {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      String filter = app.getBean(org.camunda.bpm.engine.FilterService.class).createFilterQuery()
          .filterName(com.aftersales.tasklist.StaffFilters.ALL_TASKS).singleResult().getId();
      BigDatabase big = new BigDatabase(db);
      try (Connection c = big.connect(); Statement s = c.createStatement()) {
        m.put("database", BigDatabase.sizes(s));
      }
      for (String user : USERS) {
        Map<String, Object> u = new LinkedHashMap<>();
        Tasklist tab = new Tasklist(port, user);
        tab.login("tasklist");
        Latencies l = new Latencies();
        for (int i = 0; i < 5; i++) {
          tab.list(filter); // warm: plan cache, connections
        }
        long count = 0;
        for (int i = 0; i < 30; i++) {
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
          u.put(statement + "Sort", plan.stream().filter(line -> line.contains("Sort Method"))
              .map(String::trim).toList());
        }
        Files.writeString(Benchmark.OUT.resolve("list-" + user + ".sql"), sql);
        Files.writeString(Benchmark.OUT.resolve("list-" + user + "-plan.txt"), plans);
        m.put(user, u);
      }
    } finally {
      app.close();
    }
    return m;
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
