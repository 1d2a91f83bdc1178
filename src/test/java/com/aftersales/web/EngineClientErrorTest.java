package com.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.RawHttp;
import com.aftersales.testsupport.RawHttp.Answer;
import com.aftersales.testsupport.WebappSession;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;

/**
 * A client's mistake is a 4xx, never a 500: variables the engine cannot store (no type and a value no serializer
 * takes, a type whose data format is not installed, a number list holding Infinity), a direct request for the
 * error page, and malformed JSON on the engine's POST endpoints of /engine-rest. A claim that lost a race is 409.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineClientErrorTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;

  @Test
  void conditionWithAnUntypedObjectVariableIs400() throws IOException {
    assertClientError(condition("{\"customerData\":{\"value\":{\"a\":1}}}"));
  }

  @Test
  void conditionWithAnXmlVariableIs400WhenNoXmlDataFormatIsInstalled() throws IOException {
    assertClientError(condition("{\"x\":{\"value\":\"<a/>\",\"type\":\"Xml\"}}"));
  }

  @Test
  void conditionWithInfinityInANumberListIs400() throws IOException {
    assertClientError(condition("{\"x\":{\"value\":[1, Infinity]}}"));
    assertClientError(condition("{\"x\":{\"value\":[1, 1e999]}}"));
  }

  @Test
  void theErrorPageAskedForDirectlyIsNotFound() throws IOException {
    Answer answer = new RawHttp(port).send("GET", "/error", Map.of(), null, null);
    assertThat(answer.status()).as(answer.body()).isEqualTo(404);
    Answer posted = new RawHttp(port).send("POST", "/error", Map.of(), "application/json", "{}".getBytes());
    assertThat(posted.status()).as(posted.body()).isBetween(400, 499);
  }

  @Test
  void malformedJsonOnTheEnginesPostEndpointsIsNeverA5xx() throws IOException {
    List<String> bodies = List.of("{", "[", "{\"variables\":", "{\"variables\":{\"x\":{\"value\":NaN}}}",
        "{\"variables\":{\"x\":{\"value\":1,\"type\":\"Integer\"}}} trailing", "null", "\"text\"", "42",
        "{\"variables\":[]}", "{\"variables\":{\"x\":{\"type\":\"Date\",\"value\":\"yesterday\"}}}",
        "{\"variables\":{\"x\":{\"type\":\"Object\",\"value\":\"{}\",\"valueInfo\":{\"objectTypeName\":\"java.io.File\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}",
        "{\"variables\":{\"x\":{\"type\":\"Json\",\"value\":\"{not json\"}}}",
        "{\"variables\":{\"x\":{\"type\":\"Nonsense\",\"value\":1}}}", "{\"maxResults\":\"many\"}",
        "{\"sorting\":[{\"sortBy\":\"nothing\",\"sortOrder\":\"sideways\"}]}", "\u0000\u0001", "{\"a\":1e99999}");
    List<String> endpoints = List.of("/condition", "/message", "/signal", "/process-definition/key/parts/start",
        "/task", "/process-instance", "/variable-instance", "/history/variable-instance", "/task/none/complete",
        "/process-instance/none/variables", "/external-task/fetchAndLock");
    Map<String, String> admin = Map.of(HttpHeaders.AUTHORIZATION, RawHttp.basic("admin"));
    SoftAssertions softly = new SoftAssertions();
    int requests = 0;
    for (String endpoint : endpoints) {
      for (String body : bodies) {
        Answer answer = new RawHttp(port).send("POST", "/engine-rest" + endpoint, admin, "application/json",
            body.getBytes(StandardCharsets.UTF_8));
        requests++;
        softly.assertThat(answer.status()).as(endpoint + " " + body + " -> " + answer.body()).isLessThan(500);
      }
    }
    softly.assertAll();
    assertThat(requests).isEqualTo(endpoints.size() * bodies.size());
  }

  private Answer condition(String variables) throws IOException {
    return new RawHttp(port).send("POST", "/engine-rest/condition",
        Map.of(HttpHeaders.AUTHORIZATION, RawHttp.basic("admin")), "application/json",
        ("{\"variables\":" + variables + "}").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRefusedReadOfADecisionDefinitionIs403NotAWrapped500() throws IOException {
    String id = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("warranty-coverage")
        .latestVersion().singleResult().getId();
    Answer answer = new RawHttp(port).send("GET", "/engine-rest/decision-definition/" + id,
        Map.of(HttpHeaders.AUTHORIZATION, RawHttp.basic("mary")), null, null);
    assertThat(answer.status()).as(answer.body()).isEqualTo(403);
    assertThat(answer.body()).contains("AuthorizationException");
  }

  @Test
  void theWebappsCopyOfTheEngineApiAnswersClientErrorsWith4xxToo() {
    WebappSession session = WebappSession.login(http, "mary", "tasklist");
    HttpHeaders headers = session.headers(session.csrfToken());
    headers.setContentType(MediaType.APPLICATION_JSON);
    for (String path : List.of("/group/create", "/task/no-such-task/claim", "/condition",
        "/execution/no-such-execution/messageSubscriptions/ManufacturerAnswer/trigger", "/external-task/fetchAndLock")) {
      ResponseEntity<String> answer = http.exchange("/camunda/api/engine/engine/default" + path, HttpMethod.POST,
          new HttpEntity<>("{}", headers), String.class);
      assertThat(answer.getStatusCode().is4xxClientError()).as(path + ": " + answer.getBody()).isTrue();
    }
  }

  @Test
  void claimingATaskSomeoneElseHasJustClaimedIsAConflictOnBothApis() {
    org.camunda.bpm.engine.task.Task task = taskService.newTask();
    taskService.saveTask(task);
    taskService.claim(task.getId(), "mary");
    try {
      ResponseEntity<String> rest = http.withBasicAuth("admin", "admin").postForEntity(
          "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "admin"), String.class);
      assertThat(rest.getStatusCode().value()).as(rest.getBody()).isEqualTo(409);
      assertThat(rest.getBody()).contains("TaskAlreadyClaimedException").contains("already claimed");

      WebappSession session = WebappSession.login(http, "admin", "tasklist");
      HttpHeaders headers = session.headers(session.csrfToken());
      headers.setContentType(MediaType.APPLICATION_JSON);
      ResponseEntity<String> tasklist = http.exchange("/camunda/api/engine/engine/default/task/" + task.getId()
          + "/claim", HttpMethod.POST, new HttpEntity<>("{\"userId\":\"admin\"}", headers), String.class);
      assertThat(tasklist.getStatusCode().value()).as(tasklist.getBody()).isEqualTo(409);
      assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("mary");
    } finally {
      taskService.deleteTask(task.getId(), true);
    }
  }

  @Test
  void aChangeThatLostAnOptimisticLockIsAConflict() {
    jakarta.ws.rs.core.Response answer = EngineClientErrors.toResponse(new org.camunda.bpm.engine
        .OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity[1]' failed. Entity was updated by"
            + " another transaction concurrently."));
    assertThat(answer.getStatus()).isEqualTo(409);
  }

  @Test
  void anUpdateOfAGroupWithoutIdIsAClientError() {
    ResponseEntity<String> answer = http.withBasicAuth("admin", "admin").exchange("/engine-rest/group/planning",
        HttpMethod.PUT, new HttpEntity<>(java.util.Map.of()), String.class);
    assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getBody()).isTrue();
  }

  private static void assertClientError(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
    assertThat(answer.body()).as("a message the client can act on").isNotBlank();
  }
}
