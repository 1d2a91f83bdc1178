package com.aftersales.flows.emergency;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.emergency.*}: the short response commitment of emergency repairs. Rulebook 003 八2 says "立即"
 * (at once) and "在最短时间内到达现场" (arrive in the shortest time) and names no figure, so all of these are the
 * project's choices (calendar expressions in plain hours: emergencies do not wait for working days). The head of
 * after-sales contacts the customer and dispatches the team by intake's response commitment for the type,
 * {@code aftersales.intake.flows.emergency.response-commitment}: "1 hours", the project's choice (application.yml).
 *
 * @param arrivalWithin the team is on site, counted from the report: "4 hours"; later is reported to
 *     {@code general-manager}
 * @param progressReportEvery each progress report is due this long after the previous one: "2 hours"
 * @param reportTo the group (or address) progress reports and the resolution go to, upward from the head of
 *     after-sales (八2: 及时向上级领导汇报): {@code general-manager}
 */
@ConfigurationProperties("aftersales.emergency")
public record EmergencyProperties(
    String arrivalWithin, String progressReportEvery, String reportTo) {

  public EmergencyProperties {
    arrivalWithin = orDefault(arrivalWithin, "4 hours");
    progressReportEvery = orDefault(progressReportEvery, "2 hours");
    reportTo = orDefault(reportTo, "general-manager");
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
