package com.aftersales.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A repair case taken in by customer service and assessed as an on-site repair: the dispatch is next. */
public final class RepairCases {

  /** The case, its process instance and the open dispatch task (service managers and customer service). */
  public record AtDispatch(String caseNumber, String processInstanceId, Task dispatch) {}

  private RepairCases() {}

  public static AtDispatch atDispatch(TestRestTemplate rest, TaskService taskService, ManagementService managementService) {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "repair", "channel", "phone",
            "customer", Map.of("name", "Li Lei", "phone", "13800138000", "email", "li.lei@example.com",
                "address", "9 Yan'an Road, Shanghai"),
            "product", Map.of("model", "WM-1200", "serialNumber", "SN-TIMES", "purchaseDate", "2026-06-01",
                "purchaseProof", true),
            "description", "Drum does not turn"),
        JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().path("caseNumber").asText();
    String instance = created.getBody().path("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    Task assess = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_AssessRequest").singleResult();
    taskService.complete(assess.getId(), Map.of("resolution", "onSite", "damageCause", "quality",
        "assessmentNotes", "Drum does not turn; engineer visit agreed"));
    Jobs.runDue(managementService, instance);
    Task dispatch = taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_DispatchEngineer").singleResult();
    assertThat(dispatch).isNotNull();
    return new AtDispatch(caseNumber, instance, dispatch);
  }
}
