package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.parts.PartsProcess.Elements;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import com.aftersales.cases.CaseVariables;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A parts request taken by customer service (mary) with the customer's phone, e-mail and address, recorded and
 * waiting for planning's review, with a task that planning (paul) may read and update. Intake keeps the contact data
 * in the customer archive; {@link #startFromBeforeTheArchive} gives the instance the contact variables an instance
 * started before the archive still has, for the probes of privacy.ContactDataFilter, which guards those.
 */
public record PartsRequestAtReview(String instance, String reviewTask) {

  public static final String PHONE = "13700002222";
  public static final String EMAIL = "qian.li@example.com";
  public static final String ADDRESS = "8 Xihu Road, Hangzhou";

  public static PartsRequestAtReview start(TestRestTemplate http, TaskService taskService, ManagementService managementService) {
    String instance = taken(http, managementService);
    Task record = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(Elements.RECORD_REQUEST)
        .singleResult();
    String lines = "[{\"partName\":\"Door panel\",\"part\":\"door-panel\",\"partCategory\":\"double-sided-gloss-panel\","
        + "\"size\":\"1.8\",\"colour\":\"walnut\",\"quantity\":1,\"batchNumber\":\"B2026-1\",\"inspectionNumber\":\"QC-1\",\"reason\":\"cracked in transport\"}]";
    ResponseEntity<String> recorded = http.withBasicAuth("mary", "mary").postForEntity(
        "/engine-rest/task/" + record.getId() + "/complete",
        Map.of("variables", Map.of(
            "partsLines", Map.of("type", "Json", "value", lines),
            "coveredByWarranty", Map.of("value", true, "type", "Boolean"),
            "unpackRequested", Map.of("value", false, "type", "Boolean"))),
        String.class);
    assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runDue(managementService, instance);
    String reviewTask = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(Elements.REVIEW)
        .singleResult().getId();
    return new PartsRequestAtReview(instance, reviewTask);
  }

  /** As {@link #start}, with the contact data in process variables as intake wrote them before the archive. */
  public static PartsRequestAtReview startFromBeforeTheArchive(
      TestRestTemplate http, TaskService taskService, ManagementService managementService,
      RuntimeService runtimeService) {
    PartsRequestAtReview parts = start(http, taskService, managementService);
    withContactVariables(runtimeService, parts.instance());
    return parts;
  }

  /** Gives the instance the contact variables intake wrote before the archive existed. */
  public static String withContactVariables(RuntimeService runtimeService, String instance) {
    runtimeService.setVariables(instance, Map.of(
        CaseVariables.CUSTOMER_PHONE, PHONE, CaseVariables.CUSTOMER_EMAIL, EMAIL, CaseVariables.CUSTOMER_ADDRESS,
        ADDRESS));
    return instance;
  }

  /** The case as customer service took it: its process instance, waiting at customer service's recording task. */
  public static String taken(TestRestTemplate http, ManagementService managementService) {
    ResponseEntity<JsonNode> created = http.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "parts", "channel", "phone",
            "customer", Map.of("name", "Qian Li", "phone", PHONE, "email", EMAIL, "address", ADDRESS),
            "product", Map.of("model", "Wardrobe W-2", "purchaseDate", "2025-10-01"),
            "description", "Door panel cracked in transport"),
        JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = created.getBody().get("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    return instance;
  }
}
