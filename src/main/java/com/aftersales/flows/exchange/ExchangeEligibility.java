package com.aftersales.flows.exchange;

import com.aftersales.cases.DamageCause;
import com.aftersales.flows.repair.RepairProcess.Coverage;

/**
 * Whether a product may be exchanged: only a quality problem inside the warranty period (rulebook article
 * 5 and 1.5.2.1: 非保修期内的产品不予退换). The warranty part comes from the warranty-coverage decision;
 * that decision also covers a case whose cause is not yet known, which an exchange does not.
 */
public final class ExchangeEligibility {

  /** The outcome and the reason a person reads on the case and in the negotiation task. */
  public record Result(boolean eligible, String reason) {}

  private ExchangeEligibility() {}

  public static Result assess(Coverage coverage, String coverageReason, DamageCause damageCause) {
    if (coverage == null) {
      throw new IllegalArgumentException("The warranty-coverage decision gave no coverage");
    }
    String because = coverageReason == null || coverageReason.isBlank() ? coverage.code() : coverageReason;
    if (coverage != Coverage.WARRANTY) {
      return new Result(false, "不在保修范围内：" + because);
    }
    if (damageCause != DamageCause.QUALITY) {
      return new Result(
          false,
          "只有质量问题才予以换货；本问题的原因为"
              + causeText(damageCause));
    }
    return new Result(true, "保修期内的质量问题：" + because);
  }

  /** The cause as the exchange forms label it (exchange-confirm-quality-problem). */
  static String causeText(DamageCause cause) {
    if (cause == null) {
      return "尚不明确";
    }
    return switch (cause) {
      case QUALITY -> "产品质量问题";
      case HUMAN -> "人为损坏或操作不当";
      case UNKNOWN -> "尚不明确";
    };
  }
}
