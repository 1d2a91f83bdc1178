package com.aftersales.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.tasklist.*}: who may read the case variables Tasklist shows in the task lists.
 *
 * <p>Tasklist's list columns (case number, customer, product, commitment) are process variables; the engine shows
 * them only to users who may read the process instance. Each group that is a candidate group of a user task in a
 * flow gets READ_INSTANCE on that flow's definition at start. Groups that receive tasks only through an expression
 * (the complaint's {@code ${complaintGroup}}) are listed here.
 */
@ConfigurationProperties("aftersales.tasklist")
public class TasklistProperties {

  /** Process definition key → groups that read its instances besides the models' literal candidate groups. */
  private Map<String, List<String>> caseReaders =
      new LinkedHashMap<>(Map.of("complaint", List.of("customer-service", "service-managers", "general-manager")));

  public Map<String, List<String>> getCaseReaders() {
    return caseReaders;
  }

  public void setCaseReaders(Map<String, List<String>> caseReaders) {
    this.caseReaders = caseReaders;
  }
}
