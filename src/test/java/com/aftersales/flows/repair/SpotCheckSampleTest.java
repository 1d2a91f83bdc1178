package com.aftersales.flows.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The draw of finished repairs for a quality spot check (003 四.2). */
class SpotCheckSampleTest {

  @Test
  @DisplayName("003 四.2 抽检: a share of 0.2 checks about one repair in five")
  void theShareOfRepairsDrawnIsTheConfiguredOne() {
    Random random = new Random(20260302L);
    SpotCheckSample sample = new SpotCheckSample(0.2, random::nextDouble);
    int drawn = 0;
    for (int i = 0; i < 10_000; i++) {
      if (sample.sampled(false, 0)) {
        drawn++;
      }
    }
    assertThat(drawn).isBetween(1_850, 2_150);
  }

  @Test
  @DisplayName("a repair the manager names and a reworked repair are checked whatever the draw; share 0 checks no other")
  void orderedAndReworkedRepairsAreAlwaysChecked() {
    SpotCheckSample none = new SpotCheckSample(0, () -> 0.0);
    assertThat(none.sampled(false, 0)).isFalse();
    assertThat(none.sampled(true, 0)).isTrue();
    assertThat(none.sampled(false, 1)).isTrue();
    SpotCheckSample all = new SpotCheckSample(1, () -> 0.999999);
    assertThat(all.sampled(false, 0)).isTrue();
  }

  @Test
  @DisplayName("the share defaults to 0.2 (the project's choice) and must lie between 0 and 1")
  void theShareIsCheckedAtStart() {
    assertThat(new SpotCheckProperties(null).spotCheckShare()).isEqualTo(0.2);
    assertThatThrownBy(() -> new SpotCheckProperties(1.5)).hasMessageContaining("spot-check-share");
    assertThatThrownBy(() -> new SpotCheckProperties(-0.1)).hasMessageContaining("spot-check-share");
  }
}
