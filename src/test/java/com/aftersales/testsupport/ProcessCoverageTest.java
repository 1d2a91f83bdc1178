package com.aftersales.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;

/** The coverage gates hold: each is reachable (its classes are process tests) and a share below it fails. */
class ProcessCoverageTest {

  @Test
  @DisplayName("every class a gate counts is a @ProcessTest, so the gate is checked when the whole suite runs")
  void everyGateCountsProcessTests() throws ClassNotFoundException {
    for (ProcessCoverage.Gate gate : ProcessCoverage.GATES) {
      assertThat(gate.atLeast()).as("gate of %s", gate.process()).isBetween(0.0, 1.0);
      assertThat(gate.testClasses()).as("classes of %s", gate.process()).isNotEmpty();
      for (String name : gate.testClasses()) {
        assertThat(AnnotatedElementUtils.hasAnnotation(Class.forName(name), ProcessTest.class))
            .as("%s (gate %s) is a @ProcessTest", name, gate.process()).isTrue();
      }
    }
  }

  @Test
  @DisplayName("the repair is gated at 0.9 over its own class and the class that walks its payment paths")
  void theRepairGateCountsBothRepairClasses() {
    assertThat(ProcessCoverage.GATES).filteredOn(g -> g.process().equals("repair")).singleElement()
        .satisfies(g -> {
          assertThat(g.atLeast()).isEqualTo(0.9);
          assertThat(g.testClasses()).containsExactlyInAnyOrder("com.aftersales.flows.repair.RepairProcessTest",
              "com.aftersales.flows.repair.RepairPaymentProcessTest");
        });
  }

  @Test
  @DisplayName("a process walked below its gate, or not at all, fails; at or above the gate passes")
  void aShareBelowTheGateFails() {
    ProcessCoverage.Gate gate = new ProcessCoverage.Gate("repair", 0.9, List.of("a.RepairTest"));

    assertThatThrownBy(() -> ProcessCoverageListener.assertGate(gate, 0.887))
        .isInstanceOf(AssertionError.class).hasMessageContaining("88.7 %").hasMessageContaining("repair");
    assertThatThrownBy(() -> ProcessCoverageListener.assertGate(gate, null))
        .isInstanceOf(AssertionError.class).hasMessageContaining("nothing");
    assertThatCode(() -> ProcessCoverageListener.assertGate(gate, 0.9)).doesNotThrowAnyException();
    assertThatCode(() -> ProcessCoverageListener.assertGate(gate, 1.0)).doesNotThrowAnyException();
  }
}
