package com.aftersales.customers;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.archive.*}: the upkeep of the customer archive and the installed base.
 *
 * @param repeatRepairDays a repair of a product that had a repair case opened within this many days before is
 *     flagged as a repeat repair. The project's choice (default 90): the rulebook forbids repairing the same fault
 *     twice (000 售后服务标准及要求 4: 不允许有同题问题重复修复的情况发生) but names no period.
 * @param repeatRepairTypes the case types that count as repairs for the flag (default repair)
 * @param reportRecipients who receives the monthly customer information report (002 二(一) 6.1: 向客服部提供), as
 *     group ids or addresses (default the customer-information supervisors and the service managers)
 * @param verificationGroup who re-verifies the archives no salesperson answers for, and any salesperson's who is no
 *     staff user of the sales group (default the customer-information supervisors, 二(一) 4.7)
 */
@ConfigurationProperties("aftersales.archive")
public record ArchiveProperties(
    Integer repeatRepairDays, List<String> repeatRepairTypes, List<String> reportRecipients, String verificationGroup) {

  public ArchiveProperties {
    if (repeatRepairDays == null) {
      repeatRepairDays = 90;
    }
    if (repeatRepairDays < 1) {
      throw new IllegalArgumentException("aftersales.archive.repeat-repair-days must be at least 1");
    }
    if (repeatRepairTypes == null || repeatRepairTypes.isEmpty()) {
      repeatRepairTypes = List.of("repair");
    }
    if (reportRecipients == null || reportRecipients.isEmpty()) {
      reportRecipients = List.of("customer-info-supervisors", "service-managers");
    }
    if (verificationGroup == null || verificationGroup.isBlank()) {
      verificationGroup = "customer-info-supervisors";
    }
  }
}
