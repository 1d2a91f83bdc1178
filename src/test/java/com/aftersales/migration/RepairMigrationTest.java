package com.aftersales.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What docs/modeler.md tells analysts and supervisors to do: an analyst deploys a changed repair model from
 * Camunda Modeler (REST, HTTP Basic), running cases stay on their version, and a service manager migrates them
 * with /migration/generate and /migration/execute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RepairMigrationTest {

  static final String OLD_NAME = "与客户确认报修内容";
  static final String NEW_NAME = "与客户确认报修内容（已对照制度核对）";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private String deploymentId;

  @AfterEach
  void removeTheChangedModel() {
    // Later tests start repair cases on the latest version: leave the application's own model as the latest.
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void runningRepairStaysOnItsVersionUntilAServiceManagerMigratesIt() throws Exception {
    ProcessInstance instance = newRepairCase();
    ProcessDefinition original = repositoryService.getProcessDefinition(instance.getProcessDefinitionId());
    assertThat(openTask(instance).getTaskDefinitionKey()).isEqualTo("Task_AssessRequest");

    ResponseEntity<JsonNode> deployed = deployFromModeler("ann", changedRepairModel());
    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    deploymentId = deployed.getBody().path("id").asText();
    ProcessDefinition changed =
        repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).processDefinitionKey("repair").singleResult();
    assertThat(changed.getVersion()).isGreaterThan(original.getVersion());

    // Running cases stay on their version; new cases start on the new one.
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(original.getId());

    // Only supervisors migrate.
    ObjectNode generate = json.createObjectNode()
        .put("sourceProcessDefinitionId", original.getId())
        .put("targetProcessDefinitionId", changed.getId())
        .put("updateEventTriggers", true);
    JsonNode plan = post("sam", "/engine-rest/migration/generate", generate).getBody();
    assertThat(plan.path("instructions").toString()).contains("Task_AssessRequest");
    ObjectNode execute = json.createObjectNode();
    execute.set("migrationPlan", plan);
    execute.putArray("processInstanceIds").add(instance.getId());
    execute.put("skipCustomListeners", false);
    assertThat(post("mary", "/engine-rest/migration/execute", execute).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(original.getId());

    ResponseEntity<JsonNode> executed = post("sam", "/engine-rest/migration/execute", execute);
    assertThat(executed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(changed.getId());
    Task task = openTask(instance);
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_AssessRequest");
    assertThat(task.getProcessDefinitionId()).isEqualTo(changed.getId());
    // The task form now comes from the new deployment, which carried the forms along.
    ResponseEntity<JsonNode> form =
        rest.withBasicAuth("mary", "mary").getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", JsonNode.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody().path("id").asText()).isEqualTo("repair-assess-request");
    assertThat(repositoryService.getBpmnModelInstance(changed.getId()).getModelElementById("Task_AssessRequest")
        .getAttributeValue("name")).isEqualTo(NEW_NAME);

    runtimeService.deleteProcessInstance(instance.getId(), "test finished");
  }

  @Test
  void onlyAnalystsDeployAChangedModel() throws Exception {
    for (String user : List.of("mary", "sam", "eric")) {
      assertThat(deployFromModeler(user, changedRepairModel()).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(repositoryService.createDeploymentQuery().deploymentName("repair (Modeler)").count()).isZero();
  }

  private ProcessInstance newRepairCase() {
    ObjectNode request = json.createObjectNode()
        .put("type", "repair").put("channel", "phone")
        .put("description", "Drum does not turn")
        .put("externalReference", "MIGRATE-" + UUID.randomUUID());
    request.putObject("customer").put("name", "Li Lei").put("phone", "13800138000")
        .put("email", "li.lei@example.com").put("address", "1 Nanjing Road, Shanghai");
    request.putObject("product").put("model", "WM-1200").put("serialNumber", "SN-MIGRATE")
        .put("purchaseDate", LocalDate.now().minusMonths(3).toString()).put("purchaseProof", true);
    ResponseEntity<JsonNode> created = post("mary", "/api/service-requests", request);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instanceId = created.getBody().path("processInstanceId").asText();
    // The acknowledgement mail is asynchronous; the job executor is off in tests.
    managementService.createJobQuery().processInstanceId(instanceId).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    return runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
  }

  private Task openTask(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  /** repair.bpmn as an analyst changed it: one task renamed, everything else equal. */
  private String changedRepairModel() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/repair.bpmn")) {
      String model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String changed = model.replace("name=\"" + OLD_NAME + "\"", "name=\"" + NEW_NAME + "\"");
      assertThat(changed).isNotEqualTo(model);
      return changed;
    }
  }

  /**
   * What Camunda Modeler sends to POST /deployment/create: the diagram plus, as "additional files", the forms
   * its tasks bind by deployment.
   */
  private ResponseEntity<JsonNode> deployFromModeler(String user, String bpmn) throws IOException {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "repair (Modeler)");
    body.add("deployment-source", "Camunda Modeler");
    body.add("deploy-changed-only", "false");
    body.add("repair.bpmn", file("repair.bpmn", bpmn.getBytes(StandardCharsets.UTF_8)));
    for (var form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/repair-*.form")) {
      body.add(form.getFilename(), file(form.getFilename(), form.getContentAsByteArray()));
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, user)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), JsonNode.class);
  }

  private static ByteArrayResource file(String name, byte[] content) {
    return new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }
}
