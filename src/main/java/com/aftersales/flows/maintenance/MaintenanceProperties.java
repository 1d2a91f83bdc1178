package com.aftersales.flows.maintenance;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.maintenance.*}: what the rulebook leaves open for maintenance visits (000 part 4 (三) says only
 * that customers are told and visits booked; part 5 that visits are regular). The first contact is due by intake's
 * response commitment (24 hours, rulebook 002).
 *
 * @param noticeDaysBefore how many days before a visit the customer is told: 3, the project's choice
 * @param noticeTime time of day (company zone) the notice goes out: 09:00, the project's choice
 * @param visitDayEnd time of day (company zone) by which the visit task of the visit day is due: 18:00, the
 *     project's choice
 * @param engineeringEmail where findings and unsolved problems go (工程部, 000 part 5 一3, 一4, 二2): an address the
 *     company configures; default {@code engineering@aftersales.example}
 */
@ConfigurationProperties("aftersales.maintenance")
public record MaintenanceProperties(
    Integer noticeDaysBefore, LocalTime noticeTime, LocalTime visitDayEnd, String engineeringEmail) {

  public MaintenanceProperties {
    noticeDaysBefore = noticeDaysBefore == null ? 3 : noticeDaysBefore;
    if (noticeDaysBefore < 0) {
      throw new IllegalArgumentException("aftersales.maintenance.notice-days-before must not be negative");
    }
    noticeTime = noticeTime == null ? LocalTime.of(9, 0) : noticeTime;
    visitDayEnd = visitDayEnd == null ? LocalTime.of(18, 0) : visitDayEnd;
    engineeringEmail = engineeringEmail == null || engineeringEmail.isBlank()
        ? "engineering@aftersales.example" : engineeringEmail.trim();
  }
}
