package com.aftersales.flows.repair;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.repair.quality.*}: the quality spot checks of finished repairs (rulebook 003 四.2: 售后部门应安排
 * 专人对维修后的复印机进行抽检).
 *
 * @param spotCheckShare the share of approved repairs drawn at random for a spot check, 0 to 1. The rulebook names no
 *     share: 0.2 (one in five) is the project's choice, configurable as
 *     {@code aftersales.repair.quality.spot-check-share}. Repairs the approving manager names and reworked repairs are
 *     checked whatever the draw.
 */
@ConfigurationProperties("aftersales.repair.quality")
public record SpotCheckProperties(Double spotCheckShare) {

  public static final double DEFAULT_SPOT_CHECK_SHARE = 0.2;

  public SpotCheckProperties {
    if (spotCheckShare == null) {
      spotCheckShare = DEFAULT_SPOT_CHECK_SHARE;
    }
    if (spotCheckShare.isNaN() || spotCheckShare < 0 || spotCheckShare > 1) {
      throw new IllegalArgumentException("aftersales.repair.quality.spot-check-share must be between 0 and 1, not "
          + spotCheckShare);
    }
  }
}
