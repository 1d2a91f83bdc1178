package com.aftersales.intake;

import com.aftersales.calendar.WorkingDayCalendar;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** Which flow handles which request type, with the first commitment made to the customer. */
@Component
public class FlowRegistry {

  /** Request types in the order the API documents them. */
  public static final List<String> TYPES =
      List.of("repair", "exchange", "complaint", "parts", "consultation", "installation", "maintenance",
          "emergency");

  private static final Map<String, String> DEFAULT_PROCESS_KEYS =
      Map.of(
          "repair", "repair",
          "exchange", "exchange",
          "complaint", "complaint",
          "parts", "parts-approval",
          "consultation", "consultation",
          "installation", "installation",
          "maintenance", "maintenance",
          "emergency", "emergency");

  public record Flow(String type, String processKey, String responseCommitment) {}

  private final Map<String, Flow> flows = new LinkedHashMap<>();
  private final RepositoryService repositoryService;

  public FlowRegistry(
      IntakeProperties properties,
      RepositoryService repositoryService,
      WorkingDayCalendar calendar) {
    this.repositoryService = repositoryService;
    for (String type : TYPES) {
      IntakeProperties.FlowSettings settings = properties.flows().get(type);
      String key =
          settings != null && hasText(settings.processKey())
              ? settings.processKey()
              : DEFAULT_PROCESS_KEYS.get(type);
      String commitment =
          settings != null && hasText(settings.responseCommitment())
              ? settings.responseCommitment()
              : properties.defaultResponseCommitment();
      // fail at start, not at the first request, when a commitment is misspelt
      try {
        calendar.plus(new Date(0), commitment);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "aftersales.intake.flows." + type + ".response-commitment is not a calendar expression: "
                + commitment,
            e);
      }
      flows.put(type, new Flow(type, key, commitment));
    }
  }

  public Flow flowFor(String type) {
    Flow flow = flows.get(type);
    if (flow == null) {
      throw new IllegalArgumentException("Unknown request type " + type);
    }
    return flow;
  }

  /** A definition with the key exists (the engine starts its latest version). */
  public boolean isDeployed(Flow flow) {
    return repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(flow.processKey())
            .latestVersion()
            .active()
            .count()
        > 0;
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
