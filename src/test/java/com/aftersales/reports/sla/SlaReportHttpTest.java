package com.aftersales.reports.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.testsupport.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The SLA report over HTTP on known cases, who may read it, and the Cockpit plugin that shows it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SlaReportHttpTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired CaseService caseService;
  @Autowired NamedParameterJdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void reportCountsKnownCasesOfEveryCommitmentAndListsTheCasesBehindEachFigure() {
    new SlaScenario(rest, runtimeService, taskService, caseService, jdbc).run();
  }

  @Test
  void reportIsForManagersAnalystsAndAdministratorsOnly() {
    ResponseEntity<JsonNode> anonymous = rest.getForEntity("/api/reports/sla", JsonNode.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("application/problem+json");

    for (String user : List.of("mary", "eric", "walt")) {
      ResponseEntity<JsonNode> denied = rest.withBasicAuth(user, user).getForEntity("/api/reports/sla", JsonNode.class);
      assertThat(denied.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(denied.getHeaders().getContentType().toString()).startsWith("application/problem+json");
      assertThat(denied.getBody().path("detail").asText()).contains("service-managers");
      assertThat(rest.withBasicAuth(user, user)
          .getForEntity("/api/reports/sla/repair-cycle/cases?bucket=open", JsonNode.class).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    for (String user : List.of("sam", "grace", "ann", "admin")) {
      ResponseEntity<JsonNode> ok = rest.withBasicAuth(user, user).getForEntity("/api/reports/sla", JsonNode.class);
      assertThat(ok.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(ok.getBody().path("commitments")).extracting(c -> c.path("id").asText()).containsExactly(
          "complaint-response", "repair-cycle", "repair-cycle-extended", "factory-repair", "parts-lead-time",
          "follow-up-call", "first-contact");
    }
    // An unknown user: a wrong password of a real one would lock that user out for a while (login throttling).
    assertThat(rest.withBasicAuth("nobody-sla", "wrong").getForEntity("/api/reports/sla", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void unknownCommitmentIs404AndAMissingOrWrongBucketIs400NamingTheField() {
    TestRestTemplate sam = rest.withBasicAuth("sam", "sam");
    ResponseEntity<JsonNode> unknown = sam.getForEntity("/api/reports/sla/coffee/cases?bucket=open", JsonNode.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().path("errors").get(0).path("field").asText()).isEqualTo("commitment");
    for (String query : List.of("", "?bucket=", "?bucket=late")) {
      ResponseEntity<JsonNode> bad = sam.getForEntity("/api/reports/sla/repair-cycle/cases" + query, JsonNode.class);
      assertThat(bad.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(bad.getHeaders().getContentType().toString()).startsWith("application/problem+json");
      assertThat(bad.getBody().path("errors").get(0).path("field").asText()).isEqualTo("bucket");
    }
  }

  @Test
  void cockpitLoginOfAServiceManagerReadsTheReportWithItsSession() {
    WebappSession cockpit = WebappSession.login(rest, "sam", "cockpit");
    assertThat(cockpit.loginStatus()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> report = cockpit.get("/api/reports/sla", JsonNode.class);
    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(report.getBody().path("commitments").size()).isEqualTo(7);
  }

  @Test
  void cockpitServesTheConfigThatLoadsTheSlaPluginAndThePluginItself() {
    ResponseEntity<String> config = rest.getForEntity("/camunda/app/cockpit/scripts/config.js", String.class);
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getHeaders().getContentType().toString()).contains("javascript");
    assertThat(config.getBody()).contains("customScripts").contains("'scripts/sla-dashboard/sla-dashboard.js'");

    // Cockpit imports custom scripts relative to app/cockpit/ as ES modules, which need a JavaScript type.
    ResponseEntity<String> plugin =
        rest.getForEntity("/camunda/app/cockpit/scripts/sla-dashboard/sla-dashboard.js", String.class);
    assertThat(plugin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(plugin.getHeaders().getContentType().toString()).contains("javascript");
    assertThat(plugin.getBody())
        .contains("pluginPoint: 'cockpit.dashboard'")
        .contains("'sla-dashboard'")
        .contains("'/api/reports/sla'")
        .contains("'data-commitment'")
        .contains("'data-bucket'")
        // Everything is drawn here: no script or style from elsewhere (the machine has no internet anyway).
        .doesNotContain("https://", "cdn", "<script");
  }

  @Test
  void serviceManagerSeesEveryInstanceItsHistoryAndIncidentsButNotTheAdminApp() {
    Map<String, Object> vars = Map.of("engineer", "eric");
    String caseNumber = caseService.open(new com.aftersales.cases.NewCase("repair", "phone", "Security Check", null,
        null, null, "Model S", null, null, null, "Cockpit visibility check", null, null, null, null)).caseNumber();
    String id = runtimeService.createProcessInstanceByKey("repair").businessKey(caseNumber).setVariables(vars)
        .startBeforeActivity("Task_AwaitFactoryReturn").execute().getId();
    Execution execution = runtimeService.createExecutionQuery().processInstanceId(id).activityId("Task_AwaitFactoryReturn")
        .singleResult();
    runtimeService.createIncident("sla-test", execution.getId(), "config", "Factory did not answer");
    try {
      TestRestTemplate sam = rest.withBasicAuth("sam", "sam");
      assertThat(sam.getForEntity("/engine-rest/process-instance?businessKey=" + caseNumber, JsonNode.class)
          .getBody().size()).isEqualTo(1);
      assertThat(sam.getForEntity("/engine-rest/history/process-instance?processInstanceId=" + id, JsonNode.class)
          .getBody().size()).isEqualTo(1);
      assertThat(sam.getForEntity("/engine-rest/history/activity-instance?processInstanceId=" + id, JsonNode.class)
          .getBody().size()).isGreaterThan(0);
      ResponseEntity<JsonNode> incidents =
          sam.getForEntity("/engine-rest/incident?processInstanceId=" + id, JsonNode.class);
      assertThat(incidents.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(incidents.getBody().get(0).path("incidentMessage").asText()).isEqualTo("Factory did not answer");

      // Cockpit yes, Admin no: both the grant and the webapp login say so.
      assertThat(authorizationService.isUserAuthorized("sam", List.of("service-managers"), Permissions.ACCESS,
          Resources.APPLICATION, "cockpit")).isTrue();
      assertThat(authorizationService.isUserAuthorized("sam", List.of("service-managers"), Permissions.ACCESS,
          Resources.APPLICATION, "admin")).isFalse();
      assertThat(loginStatus("sam", "admin")).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(sam.getForEntity("/engine-rest/authorization", JsonNode.class).getBody()).isEmpty();
      HttpStatus createUser = HttpStatus.valueOf(sam.postForEntity("/engine-rest/user/create",
          Map.of("profile", Map.of("id", "intruder", "firstName", "I", "lastName", "X"),
              "credentials", Map.of("password", "intruder1")), String.class).getStatusCode().value());
      assertThat(createUser).isEqualTo(HttpStatus.FORBIDDEN);
    } finally {
      runtimeService.deleteProcessInstance(id, "test done");
    }
  }

  private HttpStatus loginStatus(String user, String app) {
    return WebappSession.login(rest, user, app).loginStatus();
  }
}
