package com.aftersales.testsupport;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.model.Collector;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Counts the coverage of the process tests ({@link ProcessTest}) over the whole test run: one suite per test class
 * and one run per test method, as the coverage extension does (its report per class stays under
 * target/process-test-coverage), kept for the life of the JVM, so that a process walked by several classes is
 * counted over all of them. After each class it checks every gate of {@link ProcessCoverage#GATES} whose classes
 * have all run; a gate below its share fails the class that completed it. Classes without the coverage
 * configuration are left alone.
 */
public class ProcessCoverageListener implements TestExecutionListener, Ordered {

  private static final Logger log = LoggerFactory.getLogger(ProcessCoverageListener.class);

  private static final Recorder RECORDER = new Recorder(new DefaultCollector(new ExecutionContextModelProvider()));
  private static final Set<String> FINISHED = ConcurrentHashMap.newKeySet();
  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    ApplicationContext context = testContext.getApplicationContext();
    if (!counted(context)) {
      return;
    }
    activateSuite(testContext);
    RECORDER.recording = false;
    new ProcessEngineAdapter(context.getBean(ProcessEngine.class), RECORDER).initializeListeners();
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (!counted(testContext.getApplicationContext())) {
      return;
    }
    // the class's own suite again, should a nested class have run in between
    DefaultCollector collector = activateSuite(testContext);
    String runId = testContext.getTestMethod().getName();
    if (collector.getActiveSuite().getRun(runId) == null) {
      collector.createRun(new Run(runId, runId), collector.getActiveSuite().getId());
    }
    collector.activateRun(runId);
    RECORDER.recording = true;
  }

  private static DefaultCollector activateSuite(TestContext testContext) {
    String suiteId = testContext.getTestClass().getName();
    DefaultCollector collector = RECORDER.collector;
    if (!collector.getSuites().containsKey(suiteId)) {
      collector.createSuite(new Suite(suiteId, suiteId));
    }
    collector.activateSuite(suiteId);
    return collector;
  }

  @Override
  public void afterTestClass(TestContext testContext) {
    if (!counted(testContext.getApplicationContext())) {
      return;
    }
    RECORDER.recording = false;
    String testClass = testContext.getTestClass().getName();
    DefaultCollector collector = RECORDER.collector;
    Suite suite = collector.getSuites().get(testClass);
    if (suite != null && !suite.getEvents().isEmpty()) {
      collector.activateSuite(testClass);
      log.info("{} walked {}", testClass, shares(Set.of(testClass)));
      CoverageReportUtil.createReport(collector, null);
      CoverageReportUtil.createJsonReport(collector, null);
    }
    FINISHED.add(testClass);
    for (ProcessCoverage.Gate gate : ProcessCoverage.GATES) {
      if (gate.testClasses().contains(testClass) && FINISHED.containsAll(gate.testClasses())
          && CHECKED.add(gate.process())) {
        check(gate);
      }
    }
  }

  private static void check(ProcessCoverage.Gate gate) {
    assertGate(gate, shares(Set.copyOf(gate.testClasses())).get(gate.process()));
  }

  /** Passes when the share its classes walked (null: none) reaches the gate; fails the test otherwise. */
  static void assertGate(ProcessCoverage.Gate gate, Double share) {
    String walked = share == null ? "nothing" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    log.info("Coverage of {} over {}: {} (at least {} %)", gate.process(), gate.testClasses(), walked,
        gate.atLeast() * 100);
    if (share == null || share < gate.atLeast()) {
      throw new AssertionError(String.format(Locale.ROOT, "The tests %s walk %s of the flow nodes and sequence"
          + " flows of %s; the gate is %.1f %% (report under target/process-test-coverage)", gate.testClasses(),
          walked, gate.process(), gate.atLeast() * 100));
    }
  }

  /** Per process: the share of its elements the given classes' runs passed, as the extension counts it. */
  static Map<String, Double> shares(Set<String> testClasses) {
    DefaultCollector collector = RECORDER.collector;
    Map<String, Double> shares = new LinkedHashMap<>();
    for (Model model : collector.getModels()) {
      Set<String> passed = collector.getSuites().values().stream()
          .filter(suite -> testClasses.contains(suite.getId()))
          .flatMap(suite -> suite.getEvents(model.getKey()).stream())
          .map(Event::getDefinitionKey)
          .collect(Collectors.toSet());
      if (!passed.isEmpty()) {
        shares.put(model.getKey(), (double) passed.size() / model.getTotalElementCount());
      }
    }
    return shares;
  }

  private static boolean counted(ApplicationContext context) {
    return context.getBeanNamesForType(ProcessCoverage.class).length > 0;
  }

  /**
   * The engine's coverage listeners write here; events count while a test method of a counted class runs (from its
   * start to the end of its class), not while a class sets itself up before its first test.
   */
  private static final class Recorder implements Collector {
    private final DefaultCollector collector;
    private volatile boolean recording;

    Recorder(DefaultCollector collector) {
      this.collector = collector;
    }

    @Override
    public void addEvent(Event event) {
      if (recording) {
        collector.addEvent(event);
      }
    }
  }
}
