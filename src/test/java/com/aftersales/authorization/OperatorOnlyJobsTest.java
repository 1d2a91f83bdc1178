package com.aftersales.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.WebappSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

/**
 * Jobs, job definitions, history cleanup, batches and incidents are for operators (camunda-admin) only, through
 * /engine-rest and the webapps' engine API alike. The engine authorizes jobs only through their process definition,
 * so before the fix any staff user could delete the history-cleanup job the retention promise relies on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperatorOnlyJobsTest {

  static final String PROCESS = "operatorJobsCheck";
  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
  /** Built once, so that duplicate filtering deploys it once. */
  static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
      .startEvent("StartEvent_Started").serviceTask("Task_Async").camundaAsyncBefore().camundaExpression("${true}")
      .userTask("Task_Wait").camundaCandidateGroups("camunda-admin").endEvent("EndEvent_Done").done();

  @Autowired TestRestTemplate rest;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  record Call(HttpMethod method, String path, Object body) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @BeforeEach
  void deployAProcessWithAJob() {
    repositoryService.createDeployment().name(PROCESS).enableDuplicateFiltering(true)
        .addModelInstance(PROCESS + ".bpmn", MODEL).deploy();
  }

  @Test
  @DisplayName("every staff group is refused every job, job-definition, cleanup, batch and incident change (403)")
  void staffAreRefusedEveryOperatorEndpoint() {
    Job cleanup = historyCleanupJob();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS);
    Job processJob = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    JobDefinition definition = managementService.createJobDefinitionQuery()
        .processDefinitionId(instance.getProcessDefinitionId()).singleResult();
    Incident incident = runtimeService.createIncident("custom", instance.getId(), "operator check");
    Batch batch = managementService.setJobRetriesAsync(List.of(processJob.getId()), 3);
    List<Call> calls = operatorCalls(cleanup.getId(), processJob.getId(), definition.getId(), incident.getId(), batch.getId());

    List<String> mismatches = new ArrayList<>();
    for (var entry : TaskAuthorizationMatrixTest.USER_OF_GROUP.entrySet()) {
      if (entry.getKey().equals("camunda-admin")) {
        continue;
      }
      String user = entry.getValue();
      WebappSession tasklist = WebappSession.login(rest, user, "tasklist");
      assertThat(tasklist.loginStatus()).as("%s logs into Tasklist", user).isEqualTo(HttpStatus.OK);
      for (Call call : calls) {
        int basic = rest.withBasicAuth(user, user)
            .exchange("/engine-rest" + call.path(), call.method(), json(call.body(), new HttpHeaders()), String.class)
            .getStatusCode().value();
        int webapp = rest.exchange(WEBAPP_ENGINE + call.path(), call.method(),
            json(call.body(), tasklist.headers(tasklist.csrfToken())), String.class).getStatusCode().value();
        if (basic != 403) {
          mismatches.add(entry.getKey() + " /engine-rest " + call + ": " + basic);
        }
        if (webapp != 403) {
          mismatches.add(entry.getKey() + " webapp " + call + ": " + webapp);
        }
      }
    }
    assertThat(mismatches).isEmpty();

    Job still = managementService.createJobQuery().jobId(cleanup.getId()).singleResult();
    assertThat(still).as("the history-cleanup job survives").isNotNull();
    assertThat(still.getRetries()).as("a refused execution is no failure of the job").isEqualTo(cleanup.getRetries());
    assertThat(still.getExceptionMessage()).isNull();
    assertThat(still.isSuspended()).isFalse();
    assertThat(still.getPriority()).isEqualTo(cleanup.getPriority());
    assertThat(managementService.createJobQuery().jobId(processJob.getId()).singleResult().getDuedate())
        .isEqualTo(processJob.getDuedate());
    assertThat(managementService.createJobDefinitionQuery().jobDefinitionId(definition.getId()).singleResult()
        .isSuspended()).isFalse();
    assertThat(runtimeService.createIncidentQuery().incidentId(incident.getId()).count()).isEqualTo(1);
    assertThat(managementService.createBatchQuery().batchId(batch.getId()).singleResult().isSuspended()).isFalse();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

    managementService.deleteBatch(batch.getId(), true);
    runtimeService.deleteProcessInstance(instance.getId(), "test finished");
  }

  @Test
  @DisplayName("operators (camunda-admin) still manage jobs, job definitions, cleanup, batches and incidents")
  void operatorsAreAllowed() {
    Job cleanup = historyCleanupJob();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS);
    Job processJob = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    JobDefinition definition = managementService.createJobDefinitionQuery()
        .processDefinitionId(instance.getProcessDefinitionId()).singleResult();
    Incident incident = runtimeService.createIncident("custom", instance.getId(), "operator check");
    Batch batch = managementService.setJobRetriesAsync(List.of(processJob.getId()), 3);
    WebappSession cockpit = WebappSession.login(rest, "admin", "cockpit");

    assertThat(admin(HttpMethod.PUT, "/job/" + cleanup.getId() + "/priority", Map.of("priority", cleanup.getPriority())))
        .isEqualTo(204);
    assertThat(admin(HttpMethod.PUT, "/job-definition/" + definition.getId() + "/jobPriority", Map.of("priority", 2)))
        .isEqualTo(204);
    assertThat(admin(HttpMethod.PUT, "/batch/" + batch.getId() + "/suspended", Map.of("suspended", true))).isEqualTo(204);
    assertThat(admin(HttpMethod.DELETE, "/batch/" + batch.getId() + "?cascade=true", null)).isEqualTo(204);
    assertThat(rest.exchange(WEBAPP_ENGINE + "/incident/" + incident.getId(), HttpMethod.DELETE,
        json(null, cockpit.headers(cockpit.csrfToken())), String.class).getStatusCode().value()).isEqualTo(204);
    assertThat(admin(HttpMethod.PUT, "/job/" + processJob.getId() + "/retries", Map.of("retries", 2))).isEqualTo(204);
    assertThat(admin(HttpMethod.POST, "/job/" + processJob.getId() + "/execute", null)).isEqualTo(204);
    assertThat(runtimeService.createIncidentQuery().incidentId(incident.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(admin(HttpMethod.POST, "/history/cleanup?immediatelyDue=false", null)).isEqualTo(200);
    runtimeService.deleteProcessInstance(instance.getId(), "test finished");
  }

  @Test
  @DisplayName("staff neither move a running case's tokens by hand nor delete a task, not even with an empty request")
  void staffNeitherModifyACaseByHandNorDeleteATask() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS);
    for (String user : List.of("mary", "sam", "grace", "ann")) {
      TestRestTemplate staff = rest.withBasicAuth(user, user);
      assertThat(staff.exchange("/engine-rest/process-instance/" + instance.getId() + "/modification", HttpMethod.POST,
          json(Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "Task_Async"))),
              new HttpHeaders()), String.class).getStatusCode().value())
          .as(user + " modifies").isEqualTo(403);
      assertThat(staff.exchange("/engine-rest/task/no-such-task", HttpMethod.DELETE,
          json(null, new HttpHeaders()), String.class).getStatusCode().value())
          .as(user + " deletes a task").isEqualTo(403);
    }
    runtimeService.deleteProcessInstance(instance.getId(), "test done");
  }

  private int admin(HttpMethod method, String path, Object body) {
    return rest.withBasicAuth("admin", "admin")
        .exchange("/engine-rest" + path, method, json(body, new HttpHeaders()), String.class).getStatusCode().value();
  }

  private Job historyCleanupJob() {
    List<Job> jobs = historyService.findHistoryCleanupJobs();
    return jobs.isEmpty() ? historyService.cleanUpHistoryAsync(false) : jobs.get(0);
  }

  /** The endpoints of the finding, relative to the engine API's root. */
  static List<Call> operatorCalls(String cleanupJob, String processJob, String jobDefinition, String incident,
      String batch) {
    return List.of(
        new Call(HttpMethod.DELETE, "/job/" + cleanupJob, null),
        new Call(HttpMethod.POST, "/job/" + cleanupJob + "/execute", null),
        new Call(HttpMethod.PUT, "/job/" + cleanupJob + "/retries", Map.of("retries", 0)),
        new Call(HttpMethod.POST, "/job/retries", Map.of("jobIds", List.of(cleanupJob), "retries", 0)),
        new Call(HttpMethod.PUT, "/job/" + cleanupJob + "/duedate", Map.of("duedate", "2099-01-01T00:00:00.000+0000")),
        new Call(HttpMethod.POST, "/job/" + cleanupJob + "/duedate/recalculate", null),
        new Call(HttpMethod.PUT, "/job/" + cleanupJob + "/priority", Map.of("priority", 99)),
        new Call(HttpMethod.PUT, "/job/" + cleanupJob + "/suspended", Map.of("suspended", true)),
        new Call(HttpMethod.DELETE, "/job/" + processJob, null),
        new Call(HttpMethod.POST, "/job/" + processJob + "/execute", null),
        new Call(HttpMethod.PUT, "/job/" + processJob + "/duedate", Map.of("duedate", "2099-01-01T00:00:00.000+0000")),
        new Call(HttpMethod.PUT, "/job/suspended", Map.of("jobDefinitionId", jobDefinition, "suspended", true)),
        new Call(HttpMethod.PUT, "/job-definition/" + jobDefinition + "/suspended",
            Map.of("suspended", true, "includeJobs", true)),
        new Call(HttpMethod.PUT, "/job-definition/suspended",
            Map.of("processDefinitionKey", PROCESS, "suspended", true)),
        new Call(HttpMethod.PUT, "/job-definition/" + jobDefinition + "/retries", Map.of("retries", 0)),
        new Call(HttpMethod.PUT, "/job-definition/" + jobDefinition + "/jobPriority", Map.of("priority", 99)),
        new Call(HttpMethod.POST, "/history/cleanup", null),
        new Call(HttpMethod.DELETE, "/batch/" + batch, null),
        new Call(HttpMethod.PUT, "/batch/" + batch + "/suspended", Map.of("suspended", true)),
        new Call(HttpMethod.DELETE, "/incident/" + incident, null),
        new Call(HttpMethod.PUT, "/incident/" + incident + "/annotation", Map.of("annotation", "seen")));
  }

  private static HttpEntity<Object> json(Object body, HttpHeaders headers) {
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
