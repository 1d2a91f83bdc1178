package com.aftersales.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import com.aftersales.flows.exchange.ExchangeProcess;
import com.aftersales.testsupport.PostgresAvailable;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The three findings of the outside probe on PostgreSQL 15, where the permission checks run the tuned statements
 * (tuning.StaticAuthorizationCheck) of that database: the manufacturer's answer door, operator-only jobs, and
 * comments that follow task access.
 */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class SecurityFindingsPostgresTest {

  @Autowired TestRestTemplate rest;
  @Autowired CaseService cases;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired AuthorizationService authorizationService;

  @Test
  @DisplayName("on PostgreSQL the sales office enters the answer once through its endpoint and not through /engine-rest")
  void theManufacturersAnswerDoorOnPostgres() {
    ProcessInstance pi = waitingForTheAnswer();
    String path = "/api/exchanges/" + pi.getBusinessKey() + "/manufacturer-answer";

    assertThat(status("oscar", HttpMethod.PUT, "/engine-rest/process-instance/" + pi.getId() + "/suspended",
        Map.of("suspended", true))).isEqualTo(403);
    assertThat(status("oscar", HttpMethod.POST, "/engine-rest/message", Map.of("messageName",
        ExchangeProcess.MESSAGE_MANUFACTURER_ANSWER, "businessKey", pi.getBusinessKey()))).isEqualTo(403);
    ResponseEntity<JsonNode> entered = rest.withBasicAuth("oscar", "oscar")
        .postForEntity(path, Map.of("decision", "accepted", "pickupDate", "2026-12-01"), JsonNode.class);
    assertThat(entered.getStatusCode()).as("%s", entered.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(entered.getBody().path("status").asText()).isEqualTo("RETURNING_TO_MANUFACTURER");
    assertThat(status("oscar", HttpMethod.POST, path, Map.of("decision", "accepted"))).isEqualTo(409);
    assertThat(status("sally", HttpMethod.POST, path, Map.of("decision", "accepted"))).isEqualTo(403);
    assertThat(authorizationService.isUserAuthorized("oscar", List.of("sales-office"),
        ProcessDefinitionPermissions.UPDATE_INSTANCE, Resources.PROCESS_DEFINITION, ExchangeProcess.PROCESS_KEY))
        .isFalse();
  }

  @Test
  @DisplayName("on PostgreSQL staff cannot delete, execute or reschedule the history-cleanup job; it survives")
  void theHistoryCleanupJobSurvivesStaffOnPostgres() {
    List<Job> jobs = historyService.findHistoryCleanupJobs();
    Job cleanup = jobs.isEmpty() ? historyService.cleanUpHistoryAsync(false) : jobs.get(0);
    for (String user : List.of("mary", "sam", "grace", "ann", "oscar")) {
      assertThat(status(user, HttpMethod.DELETE, "/engine-rest/job/" + cleanup.getId(), null)).as(user).isEqualTo(403);
      assertThat(status(user, HttpMethod.POST, "/engine-rest/job/" + cleanup.getId() + "/execute", null)).as(user)
          .isEqualTo(403);
      assertThat(status(user, HttpMethod.PUT, "/engine-rest/job/" + cleanup.getId() + "/duedate",
          Map.of("duedate", "2099-01-01T00:00:00.000+0000"))).as(user).isEqualTo(403);
    }
    Job still = managementService.createJobQuery().jobId(cleanup.getId()).singleResult();
    assertThat(still).isNotNull();
    assertThat(still.getRetries()).isEqualTo(cleanup.getRetries());
    assertThat(still.getDuedate()).isEqualTo(cleanup.getDuedate());
  }

  @Test
  @DisplayName("on PostgreSQL the working group comments, a supervisor reads but may not comment, others see nothing")
  void commentsFollowTaskAccessOnPostgres() {
    repositoryService.createDeployment().name("security-check").enableDuplicateFiltering(true)
        .addClasspathResource("security/security-check.bpmn").addClasspathResource("security/security-check.form")
        .deploy();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("securityCheck");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    String comments = "/engine-rest/task/" + task.getId() + "/comment";

    assertThat(status("eric", HttpMethod.POST, comments + "/create", Map.of("message", "Seal replaced"))).isEqualTo(200);
    assertThat(status("sam", HttpMethod.POST, comments + "/create", Map.of("message", "Hurry up"))).isEqualTo(403);
    assertThat(rest.withBasicAuth("sam", "sam").getForObject(comments, JsonNode.class).findValuesAsText("message"))
        .containsExactly("Seal replaced");
    assertThat(rest.withBasicAuth("eric", "eric").getForObject(comments, JsonNode.class)).hasSize(1);
    assertThat(status("mary", HttpMethod.GET, comments, null)).isEqualTo(404);
    runtimeService.deleteProcessInstance(instance.getId(), "test finished");
  }

  private ProcessInstance waitingForTheAnswer() {
    ServiceCase c = cases.open(new NewCase(ExchangeProcess.CASE_TYPE, "phone", "Li Na", "+86 138 0013 8000",
        "li.na@example.com", "Shanghai, Nanjing Road 1", "Centrifuge C-200", "SN-PG-1",
        LocalDate.now().minusMonths(2), true, "Rotor stops after ten minutes", null, null, null, null));
    ProcessInstance pi = runtimeService.createProcessInstanceByKey(ExchangeProcess.PROCESS_KEY)
        .businessKey(c.caseNumber())
        .setVariable(CaseVariables.CASE_NUMBER, c.caseNumber())
        .setVariable(CaseVariables.CASE_TYPE, c.type())
        .startBeforeActivity(ExchangeProcess.Ids.AWAIT_MANUFACTURER_ANSWER)
        .execute();
    cases.attachProcessInstance(c.caseNumber(), pi.getId());
    return pi;
  }

  private int status(String user, HttpMethod method, String path, Object body) {
    return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body), String.class)
        .getStatusCode().value();
  }
}
