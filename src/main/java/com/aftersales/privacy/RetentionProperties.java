package com.aftersales.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.retention.*}: when a customer archive counts as outdated and is proposed for destruction (002
 * 二(一) 6.10, processes/archive-destruction.bpmn).
 *
 * @param personalDataAfter how long after the archive's last business (its latest case closed; its opening when it has
 *     no case) the nightly scan proposes it for destruction; default {@code P3Y}
 * @param legalMinimum the legal minimum retention: an archive whose last business is younger is never destroyed, not
 *     even on three approvals or on the customer's request; default {@code P3Y} (the project's reading of the
 *     e-commerce law's three years for transaction records; set it to what the company's counsel names)
 * @param reproposeAfter how long an archive whose destruction was rejected or refused is kept before the scan proposes
 *     it again; default {@code P1Y}
 */
@ConfigurationProperties(prefix = "aftersales.retention")
public record RetentionProperties(Period personalDataAfter, Period legalMinimum, Period reproposeAfter) {

  public RetentionProperties {
    personalDataAfter = positive(personalDataAfter, Period.ofYears(3), "personal-data-after");
    legalMinimum = positive(legalMinimum, Period.ofYears(3), "legal-minimum");
    reproposeAfter = positive(reproposeAfter, Period.ofYears(1), "repropose-after");
  }

  private static Period positive(Period value, Period fallback, String key) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("aftersales.retention." + key + " must be positive");
    }
    return value;
  }
}
