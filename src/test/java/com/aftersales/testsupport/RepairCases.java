package com.aftersales.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.NewCase;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A repair case taken in by customer service and assessed as an on-site repair: the dispatch is next. */
public final class RepairCases {

  /** The case, its process instance and the open dispatch task (service managers and customer service). */
  public record AtDispatch(String caseNumber, String processInstanceId, Task dispatch) {}

  private RepairCases() {}

  /**
   * {@link #atDispatch}, then over the engine REST API the service manager sam dispatches eric for tomorrow and eric
   * diagnoses a torn drive belt to be repaired on site: the on-site repair is next.
   */
  public static AtDispatch atOnSiteRepair(TestRestTemplate rest, TaskService taskService,
      ManagementService managementService) {
    AtDispatch atDispatch = atDispatch(rest, taskService, managementService);
    String instance = atDispatch.processInstanceId();
    EngineRestTasks.complete(rest, managementService, "sam", instance, "Task_DispatchEngineer", Map.of("engineer", "eric",
        "appointment", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString()));
    EngineRestTasks.complete(rest, managementService, "eric", instance, "Task_DiagnoseOnSite", Map.of(
        "faultsFound", "Drive belt torn", "damageCause", "quality", "repairRoute", "onSite",
        "repairDifficulty", "simple"));
    return atDispatch;
  }

  /**
   * What the engineer enters completing the repair (on site or with the new parts): his notes, what he explained to
   * the customer (001 4), the test after the repair (003 三4) and his self-check (003 四2(a)), all required.
   */
  public static Map<String, Object> repaired(String repairNotes) {
    return Map.of("repairNotes", repairNotes,
        "repairExplanation", "故障原因、维修方法及注意事项已向客户说明",
        "postRepairTest", "维修后试机运转正常", "selfCheckDone", true);
  }

  /**
   * The customer's sign-off: {@code resolved} also confirms the warranty terms were handed over (000 第四篇 四(一)),
   * which the server requires then.
   */
  public static Map<String, Object> signedOff(String verdict, String notes) {
    Map<String, Object> answers = new HashMap<>(Map.of("signOff", verdict, "signOffNotes", notes));
    if ("resolved".equals(verdict)) {
      answers.put("warrantyTermsHandedOver", true);
    }
    return answers;
  }

  /** A repair case opened and its process started directly (no intake), waiting at the assessment. */
  public record Started(String caseNumber, ProcessInstance instance) {}

  /**
   * Opens a repair case of Zhang Wei's LX-200 analyser (serial {@code serialNumber}, bought 2025-11-20 with proof,
   * "Does not power on") and starts the repair flow for it with the response due at {@code responseDueAt}, as a
   * process test does: the case's due jobs have run, the assessment is open.
   */
  public static Started started(CaseService cases, RuntimeService runtimeService, ManagementService managementService,
      String serialNumber, Date responseDueAt) {
    String caseNumber = cases.open(new NewCase("REPAIR", "phone", "Zhang Wei", "13800000000", "zhang.wei@example.com",
        "8 Xinhua Road, Suzhou", "LX-200 analyser", serialNumber, LocalDate.of(2025, 11, 20), true,
        "Does not power on", null, null, null, null)).caseNumber();
    Map<String, Object> vars = new HashMap<>();
    vars.put(CaseVariables.CASE_NUMBER, caseNumber);
    vars.put(CaseVariables.CASE_TYPE, "REPAIR");
    vars.put(CaseVariables.CHANNEL, "phone");
    vars.put(CaseVariables.CUSTOMER_NAME, "Zhang Wei");
    vars.put(CaseVariables.PRODUCT_MODEL, "LX-200 analyser");
    vars.put(CaseVariables.SERIAL_NUMBER, serialNumber);
    vars.put(CaseVariables.PURCHASE_DATE, "2025-11-20");
    vars.put(CaseVariables.PURCHASE_PROOF, true);
    vars.put(CaseVariables.DESCRIPTION, "Does not power on");
    vars.put(CaseVariables.RESPONSE_DUE_AT, responseDueAt);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("repair", caseNumber, vars);
    cases.attachProcessInstance(caseNumber, instance.getId());
    Jobs.runDueOfCase(runtimeService, managementService, caseNumber);
    return new Started(caseNumber, instance);
  }

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
