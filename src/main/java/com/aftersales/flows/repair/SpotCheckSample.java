package com.aftersales.flows.repair;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which approved repairs get a quality spot check (rulebook 003 四.2): every repair the approving manager names, every
 * reworked repair (it failed a check before), and a random share ({@link SpotCheckProperties#spotCheckShare()}) of
 * the others.
 */
@Component
public class SpotCheckSample {

  private final double share;
  private final DoubleSupplier draw;

  @Autowired
  public SpotCheckSample(SpotCheckProperties properties) {
    this(properties.spotCheckShare(), () -> ThreadLocalRandom.current().nextDouble());
  }

  /** @param draw uniform numbers in [0, 1) */
  SpotCheckSample(double share, DoubleSupplier draw) {
    this.share = share;
    this.draw = draw;
  }

  public boolean sampled(boolean orderedByManager, int reworks) {
    if (orderedByManager || reworks > 0) {
      return true;
    }
    return draw.getAsDouble() < share;
  }

  public double share() {
    return share;
  }
}
