package com.aftersales.flows.complaint;

import com.aftersales.flows.exchange.ExchangeProcess;
import com.aftersales.flows.repair.RepairProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.complaint.*}.
 *
 * @param escalationGroups who takes an overdue or reopened complaint at escalation level 1 and 2
 *     (default service-managers, then general-manager)
 * @param escalationWindow how long each escalation level has to respond before the next one takes over
 *     (default 24 hours)
 * @param defaultHandlingGroup the group handling a complaint when the routing decision names none
 *     (default customer-service)
 * @param defaultResponseHours the commitment when the routing decision gives none (default 24, the
 *     company's "reply within 24 hours")
 * @param reportGroups groups allowed to read GET /api/reports/complaints
 * @param linkedProcessKeys process key started for each solution type that opens a linked case
 */
@ConfigurationProperties("aftersales.complaint")
public record ComplaintProperties(
    List<String> escalationGroups,
    Duration escalationWindow,
    String defaultHandlingGroup,
    Integer defaultResponseHours,
    List<String> reportGroups,
    Map<String, String> linkedProcessKeys) {

  public static final int TOP_LEVEL = 2;

  public ComplaintProperties {
    if (escalationGroups == null || escalationGroups.isEmpty()) {
      escalationGroups = List.of("service-managers", "general-manager");
    }
    if (escalationGroups.size() != TOP_LEVEL) {
      throw new IllegalArgumentException(
          "aftersales.complaint.escalation-groups needs exactly " + TOP_LEVEL + " groups (level 1 and 2)");
    }
    if (escalationWindow == null) {
      escalationWindow = Duration.ofHours(24);
    }
    if (escalationWindow.isNegative() || escalationWindow.isZero()) {
      throw new IllegalArgumentException("aftersales.complaint.escalation-window must be positive");
    }
    if (defaultHandlingGroup == null || defaultHandlingGroup.isBlank()) {
      defaultHandlingGroup = "customer-service";
    }
    if (defaultResponseHours == null) {
      defaultResponseHours = 24;
    }
    if (reportGroups == null || reportGroups.isEmpty()) {
      // market supervision traces the results of recorded complaints (000 第一篇 第九条)
      reportGroups = List.of("service-managers", "general-manager", "analysts", "market-supervision", "camunda-admin");
    }
    if (linkedProcessKeys == null || linkedProcessKeys.isEmpty()) {
      linkedProcessKeys = Map.of(RepairProcess.CASE_TYPE, RepairProcess.PROCESS_KEY,
          ExchangeProcess.CASE_TYPE, ExchangeProcess.PROCESS_KEY);
    }
  }

  /** The group working a complaint at the given level; level 0 is the handling group from the routing decision. */
  public String groupFor(int level, String handlingGroup) {
    if (level <= 0) {
      return handlingGroup;
    }
    return escalationGroups.get(Math.min(level, TOP_LEVEL) - 1);
  }

  public String processKeyFor(String linkedCaseType) {
    String key = linkedProcessKeys.get(linkedCaseType);
    if (key == null) {
      throw new IllegalArgumentException("No process for linked case type " + linkedCaseType);
    }
    return key;
  }
}
