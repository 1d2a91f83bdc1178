package com.aftersales.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A task of a process instance completed through the engine REST API as a member of staff does it from a client. */
public final class RestTasks {

  private RestTasks() {}

  /**
   * Runs the instance's due jobs, finds its one open task {@code taskKey} as {@code user} (password = user name),
   * claims it when nobody has, and posts {@code /complete} with the variables; the answer as the API gave it.
   */
  public static ResponseEntity<String> tryComplete(TestRestTemplate rest, ManagementService managementService,
      String user, String instance, String taskKey, Map<String, ?> variables) {
    Jobs.runDue(managementService, instance);
    TestRestTemplate asUser = rest.withBasicAuth(user, user);
    JsonNode tasks = asUser.getForEntity(
        "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey, JsonNode.class).getBody();
    assertThat(tasks).as("%s sees %s", user, taskKey).hasSize(1);
    String taskId = tasks.get(0).path("id").asText();
    if (tasks.get(0).path("assignee").isNull()) {
      asUser.postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user), String.class);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    variables.forEach((name, value) -> body.put(name, Map.of("value", value)));
    return asUser.postForEntity("/engine-rest/task/" + taskId + "/complete", Map.of("variables", body),
        String.class);
  }

  /** {@link #tryComplete}, which must succeed (204); then the instance's due jobs run. */
  public static void complete(TestRestTemplate rest, ManagementService managementService, String user,
      String instance, String taskKey, Map<String, ?> variables) {
    ResponseEntity<String> done = tryComplete(rest, managementService, user, instance, taskKey, variables);
    assertThat(done.getStatusCode()).as("%s completes %s: %s", user, taskKey, done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runDue(managementService, instance);
  }
}
