package com.aftersales.faults;

import com.aftersales.harness.Vars;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One scenario's load: cases started through the intake API and their tasks claimed and completed through the
 * engine's REST API as the demo staff, spread over both nodes; the follow-up timers on the driven paths made due
 * by SQL. Every call that gets no answer (node killed, database restarting) is repeated, on the other node if
 * there is one: the intake is idempotent by external reference, a claim by the same user is too, and a task that
 * was completed by a lost call is simply gone from the next task list.
 */
final class Load {

  private static final Map<String, String> USER_OF_GROUP = Map.ofEntries(
      Map.entry("customer-service", "mary"), Map.entry("engineers", "eric"), Map.entry("service-managers", "sam"),
      Map.entry("regional-managers", "rita"), Map.entry("sales", "sally"), Map.entry("sales-office", "oscar"),
      Map.entry("general-manager", "grace"), Map.entry("planning", "paul"), Map.entry("production", "pete"),
      Map.entry("warehouse", "walt"), Map.entry("marketing-managers", "mark"), Map.entry("finance", "fiona"));

  private final Db db;
  private final Http http;
  private final List<Node> nodes;
  final String prefix;
  private final int cases;
  private final int maxOpen;
  private final ExecutorService workers;
  private final Set<String> inHand = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> failuresPerTask = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
  final Map<String, String> errorSamples = new ConcurrentHashMap<>();
  final AtomicInteger started = new AtomicInteger();
  /** Successful intake and task calls per node. */
  final Map<String, AtomicInteger> callsPerNode = new ConcurrentHashMap<>();
  final AtomicInteger tasksCompleted = new AtomicInteger();
  final AtomicInteger callsRepeated = new AtomicInteger();
  final AtomicInteger timersMadeDue = new AtomicInteger();
  private final AtomicLong roundRobin = new AtomicLong();
  private volatile boolean stopping;
  private Thread intake;
  private Thread dispatcher;
  private Thread timers;

  Load(Db db, Http http, List<Node> nodes, String prefix, int cases, int threads) {
    this.db = db;
    this.http = http;
    this.nodes = nodes;
    this.prefix = prefix;
    this.cases = cases;
    this.maxOpen = 20 * threads;
    this.workers = Executors.newFixedThreadPool(threads);
  }

  void start() {
    intake = new Thread(this::intake, "intake");
    dispatcher = new Thread(this::dispatch, "dispatcher");
    timers = new Thread(this::makeTimersDue, "timers");
    intake.start();
    dispatcher.start();
    timers.start();
  }

  void stop() throws InterruptedException {
    stopping = true;
    for (Thread t : new Thread[] {intake, dispatcher, timers}) {
      if (t != null) {
        t.interrupt();
        t.join(10_000);
      }
    }
    workers.shutdownNow();
    workers.awaitTermination(30, TimeUnit.SECONDS);
  }

  boolean intakeDone() {
    return started.get() >= cases;
  }

  /** Cases of this scenario whose process instance has ended. */
  long finished() {
    try {
      return db.count("SELECT count(*) FROM service_case c JOIN act_hi_procinst p ON p.proc_inst_id_ = c.process_instance_id"
          + " WHERE c.external_reference LIKE ? AND p.end_time_ IS NOT NULL", prefix + "%");
    } catch (Exception e) {
      return -1;
    }
  }

  long casesInDb() {
    try {
      return db.count("SELECT count(*) FROM service_case WHERE external_reference LIKE ?", prefix + "%");
    } catch (Exception e) {
      return Long.MAX_VALUE;
    }
  }

  /** Waits until every case of the scenario has finished; false on timeout. */
  boolean awaitFinished(long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      if (intakeDone() && finished() >= casesInDb()) {
        return true;
      }
      Thread.sleep(1000);
    }
    return false;
  }

  /** Polls until {@code n} cases of this scenario have been started (for faults injected "mid-load"). */
  void awaitStarted(int n) throws InterruptedException {
    while (started.get() < n && !stopping) {
      Thread.sleep(100);
    }
  }

  private Node next() {
    List<Node> up = nodes.stream().filter(Node::alive).toList();
    if (up.isEmpty()) {
      return nodes.get(0);
    }
    return up.get((int) (roundRobin.getAndIncrement() % up.size()));
  }

  private void served(Node node) {
    callsPerNode.computeIfAbsent(node.name, k -> new AtomicInteger()).incrementAndGet();
  }

  private void error(String kind, String sample) {
    errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    errorSamples.putIfAbsent(kind, sample == null ? "" : sample.substring(0, Math.min(300, sample.length())));
  }

  // ---- intake ------------------------------------------------------------------------------------------------

  private void intake() {
    try {
      for (int i = 0; i < cases && !stopping; i++) {
        while (open() >= maxOpen && !stopping) {
          Thread.sleep(200);
        }
        Path path = Path.forIndex(i);
        String reference = prefix + String.format("%05d", i) + "-" + path.code;
        Map<String, Object> body = path.request(reference, i);
        for (int attempt = 0; ; attempt++) {
          Node node = next();
          Http.Answer a = http.post(node, "mary", "/api/service-requests", body);
          if (a.ok()) {
            served(node);
            break;
          }
          if (!a.unreachable() && a.status() < 500 && a.status() != 401 || attempt >= 120) {
            error("intake " + a.status(), a.raw());
            break;
          }
          callsRepeated.incrementAndGet();
          Thread.sleep(500);
        }
        started.incrementAndGet();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private long open() {
    try {
      return db.count("SELECT count(*) FROM service_case WHERE external_reference LIKE ? AND closed_at IS NULL",
          prefix + "%");
    } catch (Exception e) {
      return maxOpen; // database restarting: wait
    }
  }

  // ---- tasks -------------------------------------------------------------------------------------------------

  private void dispatch() {
    while (!stopping) {
      try {
        List<Map<String, Object>> tasks = db.rows(
            "SELECT t.id_ AS id, t.task_def_key_ AS task_key, t.assignee_ AS assignee, c.external_reference AS ref,"
                + " (SELECT min(l.group_id_) FROM act_ru_identitylink l WHERE l.task_id_ = t.id_"
                + "   AND l.type_ = 'candidate') AS grp"
                + " FROM act_ru_task t JOIN service_case c ON c.process_instance_id = t.proc_inst_id_"
                + " WHERE c.external_reference LIKE ? ORDER BY t.create_time_", prefix + "%");
        for (Map<String, Object> task : tasks) {
          String id = (String) task.get("id");
          if (inHand.add(id)) {
            workers.submit(() -> {
              try {
                work(id, (String) task.get("task_key"), (String) task.get("assignee"), (String) task.get("grp"),
                    Path.ofReference((String) task.get("ref")));
              } finally {
                inHand.remove(id);
              }
            });
          }
        }
        Thread.sleep(300);
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        // database restarting: the nodes and this loop try again
        sleepQuietly(1000);
      }
    }
  }

  private void work(String id, String key, String assignee, String group, Path path) {
    Vars answer = path.answer(key);
    if (answer == null) {
      if (failuresPerTask.computeIfAbsent(id, k -> new AtomicInteger()).getAndIncrement() == 0) {
        error("unexpected task " + key + " on path " + path, id);
      }
      sleepQuietly(1000);
      return;
    }
    String user = assignee != null ? assignee : USER_OF_GROUP.getOrDefault(group, "mary");
    Node node = next();
    if (assignee == null) {
      Http.Answer claim = http.post(node, user, "/engine-rest/task/" + id + "/claim", Map.of("userId", user));
      if (!claim.ok()) {
        failed(id, key, "claim", claim);
        return;
      }
    }
    Http.Answer done = http.post(node, user, "/engine-rest/task/" + id + "/complete", answer.body());
    if (done.ok()) {
      served(node);
      tasksCompleted.incrementAndGet();
    } else {
      failed(id, key, "complete", done);
    }
  }

  /** A lost or refused call: the task is offered again by the next task list if it is still open. */
  private void failed(String id, String key, String what, Http.Answer answer) {
    callsRepeated.incrementAndGet();
    int failures = failuresPerTask.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    if (!answer.unreachable() && answer.status() != 503 && failures >= 5) {
      error(what + " " + key + " " + answer.status(), answer.raw());
    }
    sleepQuietly(500);
  }

  // ---- time --------------------------------------------------------------------------------------------------

  /** The follow-up calls wait 24 h after completion (repair, exchange): make those timers due, once a second. */
  private void makeTimersDue() {
    while (!stopping) {
      try {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        timersMadeDue.addAndGet(db.update("UPDATE act_ru_job SET duedate_ = ? WHERE id_ IN (SELECT j.id_ FROM act_ru_job j"
            + " JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_ WHERE d.act_id_ = 'Timer_FollowUpDue'"
            + " AND j.duedate_ > ? AND j.lock_owner_ IS NULL)", now, now));
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        sleepQuietly(1000);
      }
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
