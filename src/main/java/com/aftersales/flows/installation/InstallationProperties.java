package com.aftersales.flows.installation;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.installation.*}. The first contact is due by intake's response commitment (24 hours, rulebook
 * 002); the team is at least two ({@link InstallationProcess#MINIMUM_INSTALLERS}, rulebook 004 3.3).
 *
 * @param followUpAfter when the customer is called after the installation: "24 hours", rulebook 000 part 4 (二)1
 *     (安装结束24小时后致电客户)
 * @param followUpDue due date of the follow-up call once it is created: "1 working day", the project's choice
 * @param teamAssignmentDue due date of the service manager's team assignment: "1 working day", the project's choice
 * @param visitDayEnd time of day (company zone) by which the installation task of the visit day is due: 18:00, the
 *     project's choice
 * @param factoryEmail where requests for the factory's help with installation and commissioning go (000 §2.2,
 *     §2.3.2): an address the company configures; default {@code factory@example.com}
 */
@ConfigurationProperties("aftersales.installation")
public record InstallationProperties(
    String followUpAfter, String followUpDue, String teamAssignmentDue, LocalTime visitDayEnd, String factoryEmail) {

  public InstallationProperties {
    followUpAfter = orDefault(followUpAfter, "24 hours");
    followUpDue = orDefault(followUpDue, "1 working day");
    teamAssignmentDue = orDefault(teamAssignmentDue, "1 working day");
    visitDayEnd = visitDayEnd == null ? LocalTime.of(18, 0) : visitDayEnd;
    factoryEmail = orDefault(factoryEmail, "factory@example.com");
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
