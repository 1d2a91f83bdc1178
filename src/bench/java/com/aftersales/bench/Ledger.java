package com.aftersales.bench;

import com.aftersales.harness.Vars;
import com.aftersales.stock.Booking;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.Part;
import com.aftersales.stock.StockService;
import com.aftersales.stock.Store;
import com.aftersales.stock.requisition.RequisitionProcess;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The store beside the staff (issue #20's ledger row): a store clerk thread that, N times a minute, has an engineer
 * ask for a stocked part for a case through the ledger's API ({@code POST /api/stock/requisitions} as eric, which
 * starts parts-requisition and prices the lines from the ledger), then walks the requisition to its end in Tasklist
 * as its people would (find the task, claim, open the form, submit it): the store keeper kate approves (one part at
 * 80 yuan is the decision table's store-keeper rule) and issues (an ISSUE line on the ledger, the quantity checked
 * under a row lock), the engineer returns nothing unused and hands in the old part (an OLD_PART_RECOVERED line). The
 * part is received once with plenty of stock, so no issue is refused. With {@code --stock-clerk issues} the clerk
 * books only the ledger's two lines of a settled requisition (the issue and the old part), as the store's counter
 * does, without the requisition's process: what issuing parts itself costs the server.
 *
 * <p>The requisitions are booked on cases that are already closed (repairs first), never on an open one: a
 * requisition on an open case would add the part to that case's quote (cost plus handling fee) and change the path
 * the staff walk, so the stretches with the clerk would carry other cases than those without. The server's work
 * per requisition does not depend on it. The staff threads never see the requisition's tasks ({@link #TASKS}, left
 * out of their lists).
 */
final class Ledger {

  static final String PROCESS = RequisitionProcess.KEY;
  /** The requisition's user tasks: the clerk's alone. */
  static final List<String> TASKS = List.of(RequisitionProcess.Elements.APPROVE, RequisitionProcess.Elements.ISSUE,
      RequisitionProcess.Elements.RETURN);
  private static final String KEEPER = "kate";
  private static final String ENGINEER = "eric";

  private final ConfigurableApplicationContext app;
  private final int perMinute;
  private final boolean linesOnly;
  private final BiConsumer<String, String> error;
  private final String part;
  private final Latencies request = new Latencies();
  private final Latencies settle = new Latencies();
  private final AtomicLong requested = new AtomicLong();
  private final AtomicLong settled = new AtomicLong();

  Ledger(ConfigurableApplicationContext app, int perMinute, boolean linesOnly, BiConsumer<String, String> error) {
    this.app = app;
    this.perMinute = perMinute;
    this.linesOnly = linesOnly;
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

  long settled() {
    return settled.get();
  }

  Map<String, Object> figures(long windowSeconds) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("clerk", linesOnly ? "issues: ISSUE and OLD_PART_RECOVERED lines at the counter" : "requisitions");
    m.put(linesOnly ? "issues" : "requisitions", requested.get());
    m.put(linesOnly ? "oldPartsBooked" : "settled", settled.get());
    m.put(linesOnly ? "issuesPerMinute" : "requisitionsPerMinute",
        Math.round(requested.get() * 600.0 / windowSeconds) / 10.0);
    m.put(linesOnly ? "issueMs" : "requestMs", request.summary());
    m.put(linesOnly ? "oldPartMs" : "approveIssueReturnMs", settle.summary());
    return m;
  }

  /**
   * Until {@code running} is cleared: a requisition every 60 / N seconds, walked to its end. {@code staff} asks the
   * ledger's API (HTTP Basic), {@code tasklist} gives a person's Tasklist session on the same node.
   */
  void clerk(AtomicBoolean running, Staff staff, Function<String, Tasklist> tasklist) {
    long gap = 60_000L / perMinute;
    DataSource dataSource = app.getBean(DataSource.class);
    while (running.get()) {
      long next = System.currentTimeMillis() + gap;
      try {
        String caseNumber = closedCase(dataSource);
        if (caseNumber != null && linesOnly) {
          issueAtTheCounter(staff, caseNumber);
        } else if (caseNumber != null) {
          Staff.Answer a = staff.post(ENGINEER, "/api/stock/requisitions",
              Map.of("caseNumber", caseNumber, "part", part, "quantity", 1, "reason", "维修领用 (bench)"));
          if (a.status() != 201) {
            error.accept("requisition " + a.status(), a.raw());
          } else {
            request.add(a.nanos());
            requested.incrementAndGet();
            long start = System.nanoTime();
            if (walk(tasklist, a.body().path("processInstanceId").asText())) {
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

  /**
   * The store's counter alone (--stock-clerk issues): kate books one unit issued to the case and the old part handed
   * in as recovered, the two ledger lines a settled requisition leaves, through the ledger's API; no process, no task.
   */
  private void issueAtTheCounter(Staff staff, String caseNumber) {
    Staff.Answer issue = bookLine(staff, MovementType.ISSUE, caseNumber, "维修领用 (bench)");
    if (issue.status() != 201) {
      error.accept("issue " + issue.status(), issue.raw());
      return;
    }
    request.add(issue.nanos());
    requested.incrementAndGet();
    Staff.Answer old = bookLine(staff, MovementType.OLD_PART_RECOVERED, caseNumber, "旧件回收 (bench)");
    if (old.status() != 201) {
      error.accept("old part " + old.status(), old.raw());
      return;
    }
    settle.add(old.nanos());
    settled.incrementAndGet();
  }

  /** One unit of the part booked on the main store's ledger for the case, as kate at the counter. */
  private Staff.Answer bookLine(Staff staff, MovementType type, String caseNumber, String reason) {
    return staff.post(KEEPER, "/api/stock/movements", Map.of("type", type.name(), "store", Store.MAIN.code(),
        "part", part, "quantity", 1, "caseNumber", caseNumber, "reason", reason));
  }

  /**
   * One of the 50 most recently closed cases, repairs first, at random; null while none is closed (the beat is
   * skipped). Never an open case: a requisition on a case the staff are working on would change its path (the
   * requisition reports what was issued to the requesting case) and so what the staff do in the stretch.
   */
  private String closedCase(DataSource dataSource) {
    List<String> cases = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT case_number FROM service_case WHERE closed_at IS NOT NULL ORDER BY (case_type <> 'repair'),"
            + " closed_at DESC LIMIT 50")) {
      while (rs.next()) {
        cases.add(rs.getString(1));
      }
    } catch (java.sql.SQLException e) {
      error.accept("requisition case", e.toString());
    }
    return cases.isEmpty() ? null : cases.get(Synthetic.random().nextInt(cases.size()));
  }

  /** Approve, issue, return in Tasklist: each step by its person, who finds the task, claims it, submits its form. */
  private boolean walk(Function<String, Tasklist> sessions, String pid) {
    for (String step : TASKS) {
      String user = step.equals(RequisitionProcess.Elements.RETURN) ? ENGINEER : KEEPER;
      Tasklist tasklist = sessions.apply(user);
      Staff.Answer found = tasklist.get(Tasklist.ENGINE + "/task?processInstanceId=" + pid);
      JsonNode task = found.ok() && found.body() != null && found.body().size() == 1 ? found.body().get(0) : null;
      if (task == null || !task.path("taskDefinitionKey").asText().equals(step)) {
        error.accept("requisition waits at " + (task == null ? "no task (" + found.status() + ")"
            : task.path("taskDefinitionKey").asText()), pid);
        return false;
      }
      String path = Tasklist.ENGINE + "/task/" + task.path("id").asText();
      Vars answer = switch (step) {
        case RequisitionProcess.Elements.APPROVE -> new Vars().s(RequisitionProcess.Vars.APPROVAL_DECISION, "approved");
        case RequisitionProcess.Elements.ISSUE -> new Vars().json(RequisitionProcess.Vars.REQUISITION_LINES,
            "[{\"issued\":1}]");
        default -> new Vars().json(RequisitionProcess.Vars.REQUISITION_LINES,
            "[{\"unused\":0,\"oldPartOutcome\":\"recovered\"}]");
      };
      List<java.util.function.Supplier<Staff.Answer>> clicks = List.of(
          () -> tasklist.post(path + "/claim", Map.of("userId", user)), () -> tasklist.get(path + "/form"),
          () -> tasklist.get(path + "/deployed-form"), () -> tasklist.get(path + "/form-variables"),
          () -> tasklist.post(path + "/submit-form", answer.body()));
      for (java.util.function.Supplier<Staff.Answer> click : clicks) {
        Staff.Answer a = click.get();
        if (!a.ok()) {
          error.accept("requisition " + step + " " + a.status(), a.raw());
          return false;
        }
      }
    }
    return true;
  }
}
