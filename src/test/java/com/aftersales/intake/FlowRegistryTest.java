package com.aftersales.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.calendar.WorkingDayCalendar;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowRegistryTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.weekdaysOnly();

  @Test
  void everyTypeHasItsProcessAndTheTwentyFourHourCommitmentByDefault() {
    FlowRegistry registry = new FlowRegistry(new IntakeProperties(null, null), null, calendar);

    assertThat(FlowRegistry.TYPES)
        .extracting(t -> registry.flowFor(t).processKey())
        .containsExactly("repair", "exchange", "complaint", "parts-approval", "consultation", "installation", "maintenance", "emergency");
    assertThat(FlowRegistry.TYPES)
        .extracting(t -> registry.flowFor(t).responseCommitment())
        .containsOnly("24 hours");
  }

  @Test
  void configurationOverridesSingleSettingsOfAType() {
    IntakeProperties properties =
        new IntakeProperties(
            Map.of(
                "complaint", new IntakeProperties.FlowSettings(null, "1 working day"),
                "parts", new IntakeProperties.FlowSettings("parts-request", null)),
            "48 hours");

    FlowRegistry registry = new FlowRegistry(properties, null, calendar);

    assertThat(registry.flowFor("complaint"))
        .isEqualTo(new FlowRegistry.Flow("complaint", "complaint", "1 working day"));
    assertThat(registry.flowFor("parts"))
        .isEqualTo(new FlowRegistry.Flow("parts", "parts-request", "48 hours"));
    assertThat(registry.flowFor("repair").responseCommitment()).isEqualTo("48 hours");
  }

  @Test
  void misspeltCommitmentStopsTheApplicationAtStart() {
    IntakeProperties properties =
        new IntakeProperties(Map.of("repair", new IntakeProperties.FlowSettings(null, "24 hrs")), null);

    assertThatThrownBy(() -> new FlowRegistry(properties, null, calendar))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("aftersales.intake.flows.repair.response-commitment");
  }
}
