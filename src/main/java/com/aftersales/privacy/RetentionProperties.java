package com.aftersales.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.retention.*}.
 *
 * @param personalDataAfter how long after a case is closed its customer's personal data (name, phone,
 *     e-mail, address; the name on its parts requests; its mails in the outbox) is kept; default {@code P3Y}
 * @param purgeCron when the purge runs (Spring cron, server time zone); default 02:30 every night, after
 *     the engine's history cleanup window (01:00-05:00) has started, outside office hours
 */
@ConfigurationProperties(prefix = "aftersales.retention")
public record RetentionProperties(Period personalDataAfter, String purgeCron) {

  public RetentionProperties {
    if (personalDataAfter == null) {
      personalDataAfter = Period.ofYears(3);
    }
    if (personalDataAfter.isNegative() || personalDataAfter.isZero()) {
      throw new IllegalArgumentException("aftersales.retention.personal-data-after must be positive");
    }
    if (purgeCron == null || purgeCron.isBlank()) {
      purgeCron = "0 30 2 * * *";
    }
  }
}
