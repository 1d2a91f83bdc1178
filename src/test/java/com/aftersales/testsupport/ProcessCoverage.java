package com.aftersales.testsupport;

import java.util.List;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The one coverage configuration of the process tests ({@link ProcessTest}): the coverage extension's engine plugin,
 * and the gates. A gate names a process, the least share of its flow nodes and sequence flows its test classes must
 * walk together, and those classes: a process whose paths are walked by two classes (the repair's payment paths by
 * {@code RepairPaymentProcessTest}) is counted over both, and checked when the last of them has run
 * ({@link ProcessCoverageListener}). A run holding only some of a gate's classes reports the share and checks nothing.
 * Flows a test starts on the way (the parts flow from a repair) count for their own gate only when their own classes
 * walk them.
 */
@TestConfiguration
public class ProcessCoverage extends ProcessEngineCoverageConfiguration {

  /** A process, the least share of it its classes must walk together, and the classes (fully qualified names). */
  public record Gate(String process, double atLeast, List<String> testClasses) {}

  public static final List<Gate> GATES = List.of(
      new Gate("repair", 0.9, List.of("com.aftersales.flows.repair.RepairProcessTest",
          "com.aftersales.flows.repair.RepairPaymentProcessTest")),
      new Gate("complaint", 0.9, List.of("com.aftersales.flows.complaint.ComplaintProcessTest")),
      new Gate("exchange", 0.9, List.of("com.aftersales.flows.exchange.ExchangeProcessTest")),
      new Gate("parts-approval", 0.9, List.of("com.aftersales.flows.parts.PartsApprovalProcessTest",
          "com.aftersales.flows.parts.PartsPerPartWarrantyProcessTest",
          "com.aftersales.flows.parts.PartsPaymentGateProcessTest")));

  /**
   * The extension's own listener is left out (no test class matches its inclusion pattern): it counts and checks one
   * class at a time, and {@link ProcessCoverageListener} does both over classes. One properties bean only: a second
   * one would make the extension fall back to its defaults.
   */
  @Bean
  @Override
  public ProcessEngineCoverageProperties defaultCoverageProperties() {
    return ProcessEngineCoverageProperties.builder()
        .addInclusionPatternForTestClasses("counted.by.ProcessCoverageListener")
        .build();
  }
}
