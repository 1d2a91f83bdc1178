package com.aftersales.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A staff member working a task over the engine's REST API ({@code /engine-rest}, basic auth with the user's own
 * name as password, as the test users have), the calls Tasklist makes: find the task, claim it, complete it.
 */
public final class EngineRestTasks {

  private EngineRestTasks() {}

  /** The id of the one open task {@code taskKey} of the instance, as {@code user} sees it (exactly one). */
  public static String taskId(TestRestTemplate rest, String user, String instanceId, String taskKey) {
    return openTask(rest, user, instanceId, taskKey).path("id").asText();
  }

  /** {@code user} claims the task and completes it with {@code variables} (each sent as its value); both 204. */
  public static void complete(TestRestTemplate rest, String user, String taskId, Map<String, ?> variables) {
    TestRestTemplate asUser = rest.withBasicAuth(user, user);
    assertThat(asUser.postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertCompleted(user, taskId, post(asUser, taskId, variables));
  }

  /**
   * Runs the instance's due jobs, finds its one open task {@code taskKey} as {@code user}, claims it when nobody
   * has, and posts {@code /complete} with the variables; the answer as the API gave it.
   */
  public static ResponseEntity<String> tryComplete(TestRestTemplate rest, ManagementService managementService,
      String user, String instance, String taskKey, Map<String, ?> variables) {
    Jobs.runDue(managementService, instance);
    TestRestTemplate asUser = rest.withBasicAuth(user, user);
    JsonNode task = openTask(rest, user, instance, taskKey);
    String taskId = task.path("id").asText();
    if (task.path("assignee").isNull()) {
      asUser.postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user), String.class);
    }
    return post(asUser, taskId, variables);
  }

  /** {@link #tryComplete}, which must succeed (204); then the instance's due jobs run. */
  public static void complete(TestRestTemplate rest, ManagementService managementService, String user,
      String instance, String taskKey, Map<String, ?> variables) {
    assertCompleted(user, taskKey, tryComplete(rest, managementService, user, instance, taskKey, variables));
    Jobs.runDue(managementService, instance);
  }

  private static JsonNode openTask(TestRestTemplate rest, String user, String instanceId, String taskKey) {
    ResponseEntity<JsonNode> tasks = rest.withBasicAuth(user, user).getForEntity(
        "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey, JsonNode.class);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody()).as("%s sees task %s", user, taskKey).hasSize(1);
    return tasks.getBody().get(0);
  }

  private static ResponseEntity<String> post(TestRestTemplate asUser, String taskId, Map<String, ?> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    variables.forEach((name, value) -> body.put(name, Map.of("value", value)));
    return asUser.postForEntity("/engine-rest/task/" + taskId + "/complete", Map.of("variables", body),
        String.class);
  }

  private static void assertCompleted(String user, String task, ResponseEntity<String> done) {
    assertThat(done.getStatusCode()).as("%s completes %s: %s", user, task, done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}
