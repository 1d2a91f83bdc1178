package com.aftersales.cases;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.cases.*}.
 *
 * @param zone time zone that decides the year in the case number (a case opened on 31 December at
 *     23:30 local time belongs to that year); the JVM default zone when not set
 */
@ConfigurationProperties(prefix = "aftersales.cases")
public record CasesProperties(ZoneId zone) {

  public ZoneId effectiveZone() {
    return zone != null ? zone : ZoneId.systemDefault();
  }
}
