package com.aftersales.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Command-line options of the benchmark; defaults give the quick run (a few minutes per mode on 2 cores). */
record BenchOptions(
    boolean baseline,
    String childMode,
    List<Integer> threads,
    Duration warmup,
    Duration window,
    int openTasks,
    int timers,
    int loaders,
    int baselineOpenTasks,
    int stepWindow,
    int filterSeconds,
    int timerSeconds,
    int baselineTimers,
    int loadMinutes,
    int backlogDays,
    String dbUrl,
    String heap,
    int pairs,
    long thinkMillis,
    int openCasesPerThread,
    int nodes,
    int stockIssuesPerMinute,
    int ledgerRounds,
    String stockClerk,
    List<String> passThrough) {

  /** The store clerk's work: whole requisitions walked through Tasklist, or the ledger's issue lines alone. */
  static final List<String> STOCK_CLERKS = List.of("requisitions", "issues");

  static final String USAGE =
      """
      Usage: tools/bench/run.sh [options]
        --baseline           also run Camunda's stock settings and print tuned/baseline ratios
        --threads N[,N...]   concurrent staff threads in the measuring window (default 6); with a list, phase 1
                             runs once per count and the count with the most completed cases per second is
                             reported (and used for the staff at the growth steps)
        --warmup S           warm-up seconds before the window (default 20)
        --window S           measuring window in seconds (default 60)
        --open-tasks N       open tasks bulk-loaded before the filter query is measured (default 10000)
        --timers N           escalation timers made due at once (default 1000; the issue's size is 10000)
        --loaders N          parallel threads of the bulk loads (default 4)
        --baseline-open-tasks N  the baseline's bulk load stops here (default: --open-tasks); the stock
                             filter needs seconds per call from about 20,000 open tasks on
        --step-window S      staff-at-work window at each growth step (1k, 10k, 100k ...; default 20, 0 = none)
        --filter-seconds S   time box of the idle filter sampling per user and step (default 30)
        --timer-seconds S    how long to wait for the due timers to fire before reporting (default 1800)
        --baseline-timers N  timers of the baseline (default: --timers)
        --load-minutes M     time box of the whole growth bulk load per mode (default 0 = none); when it runs
                             out, the last step is measured at the open tasks reached
        --backlog-days D     the cases of each growth step count as arrived over the past D days (default 28):
                             their tasks' due dates move back by up to D days, per case, as in a backlog built
                             up over weeks (0 = all arrived now, every group's tasks then cluster by due date)
        --db-url URL         database of the tuned mode; baseline uses URL + "_baseline"
                             (default jdbc:postgresql://localhost:5432/aftersales_bench)
        --heap SIZE          -Xmx of each mode's JVM (default 1g)
        --pairs N            with --baseline: N runs of each mode, alternated (B T, T B, B T ...; default 3);
                             figures are the median of the valid runs with their spread (min-max)
        --think-ms MS        a person's think time between two clicks, 50-150 % of it at random (default 300)
        --open-cases-per-thread N  the intake keeps N open cases per staff thread on top of those open when the
                             load began (default 25); fewer let cases pass through within a window. Each staff
                             thread plays a person of its own (the rota's colleagues: mary2 ... for more threads);
                             a person who finds no task waits for the tab's next refresh (docs/performance.md)
        --nodes 2            after phase 1, a second application node (a JVM of its own) on the same database:
                             stretches with one node and with both (requests split), cases/s two against one
        --stock-issues N     after phase 1, stretches without and with a store clerk issuing parts through the
                             ledger (N requisitions a minute: requested, approved, issued, returned): the cost in
                             server CPU per staff task (issue #20's ledger row, see docs/performance.md)
        --stock-clerk KIND   with --stock-issues: requisitions (default; each requested, approved, issued and
                             settled through Tasklist) or issues (the store's counter alone: an ISSUE line and the old
                             part's OLD_PART_RECOVERED line booked on the ledger, N a minute, no process)
        --ledger-rounds N    rounds of the ledger row (default 2), each of four stretches in a balanced order
                             (without, with, with, without; the next round the reverse); the cost is the median
                             of the rounds with min-max
      """;

  static BenchOptions parse(String[] args) {
    boolean baseline = false;
    String child = null;
    List<Integer> threads = List.of(6);
    int warmup = 20;
    int window = 60;
    int openTasks = 10_000;
    int timers = 1_000;
    int loaders = 4;
    int baselineOpenTasks = Integer.MAX_VALUE;
    int stepWindow = 20;
    int filterSeconds = 30;
    int timerSeconds = 1800;
    int baselineTimers = -1;
    int loadMinutes = 0;
    int backlogDays = 28;
    String db = "jdbc:postgresql://localhost:5432/aftersales_bench";
    String heap = "1g";
    int pairs = 3;
    long think = 300;
    int openCasesPerThread = 25;
    int nodes = 1;
    int stockIssues = 0;
    int ledgerRounds = 2;
    String stockClerk = "requisitions";
    List<String> pass = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--baseline" -> baseline = true;
        case "--child" -> child = args[++i];
        case "--threads" -> threads = java.util.Arrays.stream(args[++i].split(",")).map(String::trim)
            .map(Integer::parseInt).toList();
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--window" -> window = Integer.parseInt(args[++i]);
        case "--open-tasks" -> openTasks = Integer.parseInt(args[++i]);
        case "--timers" -> timers = Integer.parseInt(args[++i]);
        case "--loaders" -> loaders = Integer.parseInt(args[++i]);
        case "--baseline-open-tasks" -> baselineOpenTasks = Integer.parseInt(args[++i]);
        case "--step-window" -> stepWindow = Integer.parseInt(args[++i]);
        case "--filter-seconds" -> filterSeconds = Integer.parseInt(args[++i]);
        case "--timer-seconds" -> timerSeconds = Integer.parseInt(args[++i]);
        case "--baseline-timers" -> baselineTimers = Integer.parseInt(args[++i]);
        case "--load-minutes" -> loadMinutes = Integer.parseInt(args[++i]);
        case "--backlog-days" -> backlogDays = Integer.parseInt(args[++i]);
        case "--db-url" -> db = args[++i];
        case "--heap" -> heap = args[++i];
        case "--pairs" -> pairs = Integer.parseInt(args[++i]);
        case "--think-ms" -> think = Long.parseLong(args[++i]);
        case "--open-cases-per-thread" -> openCasesPerThread = Integer.parseInt(args[++i]);
        case "--nodes" -> nodes = Integer.parseInt(args[++i]);
        case "--stock-issues" -> stockIssues = Integer.parseInt(args[++i]);
        case "--ledger-rounds" -> ledgerRounds = Integer.parseInt(args[++i]);
        case "--stock-clerk" -> {
          stockClerk = args[++i];
          if (!STOCK_CLERKS.contains(stockClerk)) {
            throw new IllegalArgumentException("--stock-clerk must be one of " + STOCK_CLERKS + "\n" + USAGE);
          }
        }
        case "--help", "-h" -> {
          System.out.println(USAGE);
          System.exit(0);
        }
        default -> throw new IllegalArgumentException("Unknown option " + a + "\n" + USAGE);
      }
      if (!a.equals("--child") && !a.equals("--baseline") && !a.equals("--pairs")) {
        pass.add(a);
        if (!a.startsWith("--help")) {
          pass.add(args[i]);
        }
      }
    }
    return new BenchOptions(baseline, child, threads, Duration.ofSeconds(warmup), Duration.ofSeconds(window),
        openTasks, timers, loaders, baselineOpenTasks, stepWindow, filterSeconds, timerSeconds,
        baselineTimers < 0 ? timers : baselineTimers, loadMinutes, backlogDays, db, heap, pairs, think, openCasesPerThread, nodes,
        stockIssues, ledgerRounds, stockClerk, pass);
  }

  String dbUrl(String mode) {
    return mode.equals("baseline") ? dbUrl + "_baseline" : dbUrl;
  }
}
