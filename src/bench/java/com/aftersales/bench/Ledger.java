package com.aftersales.bench;

import com.aftersales.stock.Booking;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.Part;
import com.aftersales.stock.StockService;
import com.aftersales.stock.Store;
import com.aftersales.stock.requisition.RequisitionProcess;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The store beside the staff (issue #20's ledger row): a store clerk thread that, N times a minute, has an engineer
 * ask for a stocked part for an open case through the ledger's API ({@code POST /api/stock/requisitions} as eric,
 * which starts parts-requisition and prices the lines from the ledger), then walks the requisition to its end as
 * its people would: the approver of the decision table's group approves, the store keeper issues (an ISSUE line on
 * the ledger, the quantity checked under a row lock), the engineer returns nothing unused and hands in the old part
 * (an OLD_PART_RECOVERED line). The part is received once with plenty of stock, so no issue is refused.
 */
final class Ledger {

  static final String PROCESS = RequisitionProcess.KEY;
  private static final Map<String, String> USER_OF_GROUP = Map.of("store-keepers", "kate",
      "service-managers", "sam", "engineers", "eric");

  private final ConfigurableApplicationContext app;
  private final int perMinute;
  private final BiConsumer<String, String> error;
  private final String part;
  private final Latencies request = new Latencies();
  private final Latencies settle = new Latencies();
  private final AtomicLong requested = new AtomicLong();
  private final AtomicLong settled = new AtomicLong();

  Ledger(ConfigurableApplicationContext app, int perMinute, BiConsumer<String, String> error) {
    this.app = app;
    this.perMinute = perMinute;
    this.error = error;
    StockService stock = app.getBean(StockService.class);
    Part p = stock.createPart(new Part("BENCH-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36), "碳粉盒",
        "MX-3070", "黑色 24000页", "个", 24, 2, new BigDecimal("80.00")));
    stock.book(Booking.of(MovementType.RECEIPT, Store.MAIN.code(), p.code(), 100_000, "kate", "采购入库 质检合格"));
    this.part = p.code();
  }

  void reset() {
    request.reset();
    settle.reset();
    requested.set(0);
    settled.set(0);
  }

  Map<String, Object> figures(long windowSeconds) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("requisitions", requested.get());
    m.put("settled", settled.get());
    m.put("requisitionsPerMinute", Math.round(requested.get() * 600.0 / windowSeconds) / 10.0);
    m.put("requestMs", request.summary());
    m.put("approveIssueReturnMs", settle.summary());
    return m;
  }

  /** Until {@code running} is cleared: a requisition every 60 / N seconds, walked to its end. */
  void clerk(AtomicBoolean running, Staff staff) {
    long gap = 60_000L / perMinute;
    TaskService tasks = app.getBean(TaskService.class);
    IdentityService identity = app.getBean(IdentityService.class);
    DataSource dataSource = app.getBean(DataSource.class);
    while (running.get()) {
      long next = System.currentTimeMillis() + gap;
      try {
        String caseNumber = openCase(dataSource);
        if (caseNumber != null) {
          Staff.Answer a = staff.post("eric", "/api/stock/requisitions",
              Map.of("caseNumber", caseNumber, "part", part, "quantity", 1, "reason", "维修领用 (bench)"));
          if (a.status() != 201) {
            error.accept("requisition " + a.status(), a.raw());
          } else {
            request.add(a.nanos());
            requested.incrementAndGet();
            long start = System.nanoTime();
            if (walk(tasks, identity, a.body().path("processInstanceId").asText())) {
              settle.add(System.nanoTime() - start);
              settled.incrementAndGet();
            }
          }
        }
      } catch (RuntimeException e) {
        error.accept("requisition exception", e.toString());
      }
      long wait = next - System.currentTimeMillis();
      if (wait > 0) {
        try {
          Thread.sleep(wait);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  /** One of the 50 newest open repair cases, at random. */
  private String openCase(DataSource dataSource) {
    List<String> open = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT case_number FROM service_case WHERE closed_at IS NULL AND case_type = 'repair'"
            + " ORDER BY opened_at DESC LIMIT 50")) {
      while (rs.next()) {
        open.add(rs.getString(1));
      }
    } catch (java.sql.SQLException e) {
      error.accept("requisition case", e.toString());
    }
    return open.isEmpty() ? null : open.get(Synthetic.random().nextInt(open.size()));
  }

  /** Approve, issue, return: each step by a member of its task's group, signed in. */
  private boolean walk(TaskService tasks, IdentityService identity, String pid) {
    for (String step : List.of(RequisitionProcess.Elements.APPROVE, RequisitionProcess.Elements.ISSUE,
        RequisitionProcess.Elements.RETURN)) {
      Task task = tasks.createTaskQuery().processInstanceId(pid).singleResult();
      if (task == null || !task.getTaskDefinitionKey().equals(step)) {
        error.accept("requisition waits at " + (task == null ? "no task" : task.getTaskDefinitionKey()), pid);
        return false;
      }
      String group = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
          .map(IdentityLink::getGroupId).findFirst().orElse("store-keepers");
      String user = USER_OF_GROUP.getOrDefault(group, "kate");
      Map<String, Object> answer = switch (step) {
        case RequisitionProcess.Elements.APPROVE -> Map.of(RequisitionProcess.Vars.APPROVAL_DECISION, "approved");
        case RequisitionProcess.Elements.ISSUE -> Map.of(RequisitionProcess.Vars.REQUISITION_LINES,
            SpinValues.jsonValue("[{\"issued\":1}]").create());
        default -> Map.of(RequisitionProcess.Vars.REQUISITION_LINES,
            SpinValues.jsonValue("[{\"unused\":0,\"oldPartOutcome\":\"recovered\"}]").create());
      };
      identity.setAuthentication(user, List.of(group));
      try {
        tasks.claim(task.getId(), user);
        tasks.complete(task.getId(), Variables.fromMap(answer));
      } finally {
        identity.clearAuthentication();
      }
    }
    return true;
  }
}
