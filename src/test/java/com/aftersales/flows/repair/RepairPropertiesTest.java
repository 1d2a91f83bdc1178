package com.aftersales.flows.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The repair flow's invented numbers are defaults of configuration, not constants of the model. */
class RepairPropertiesTest {

  @Test
  @DisplayName("000 §1.3.3.1 names no warning day: day 5 of 7 and one working day to agree are defaults")
  void defaultsAreDayFiveAndOneWorkingDay() {
    RepairProperties defaults = new RepairProperties(null, " ");
    assertThat(defaults.cycleWarning()).isEqualTo("5 working days");
    assertThat(defaults.extensionAgreementDue()).isEqualTo("1 working day");
    assertThat(new RepairTimers(defaults).getCycleWarning()).isEqualTo(RepairProperties.DEFAULT_CYCLE_WARNING);
  }

  @Test
  @DisplayName("aftersales.repair.cycle-warning and extension-agreement-due override the defaults")
  void propertiesOverrideTheDefaults() {
    RepairProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(
        "aftersales.repair.cycle-warning", "4 working days",
        "aftersales.repair.extension-agreement-due", "PT4H")))
        .bind("aftersales.repair", RepairProperties.class).get();
    RepairTimers timers = new RepairTimers(bound);
    assertThat(timers.getCycleWarning()).isEqualTo("4 working days");
    assertThat(timers.getExtensionAgreementDue()).isEqualTo("PT4H");
  }
}
