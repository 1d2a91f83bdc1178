package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two people complete the same task at once (both had it open in Tasklist). The first completion wins; the
 * second is answered 409 and changes nothing, and the case moves on exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConcurrentCompletionTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @Test
  void secondCompletionWhileTheFirstIsRunningGetsConflictAndTheCaseMovesOnOnce() throws Exception {
    String pid = openComplaint();
    Task record = recordTask(pid);
    CountDownLatch staleLoaded = new CountDownLatch(1);
    CountDownLatch firstCommitted = new CountDownLatch(1);
    // The second person's completion loads the open task, then waits until the first completion has committed
    // and only then goes on, on its stale copy: the interleaving two Tasklist users produce.
    CompleteTaskCmd second = new CompleteTaskCmd(record.getId(), recordVariables()) {
      @Override
      public org.camunda.bpm.engine.variable.VariableMap execute(CommandContext context) {
        context.getTaskManager().findTaskById(taskId);
        staleLoaded.countDown();
        await(firstCommitted);
        return super.execute(context);
      }
    };
    CompletableFuture<Void> secondRun = CompletableFuture.runAsync(() ->
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
            .execute(second));
    await(staleLoaded);
    taskService.complete(record.getId(), recordVariables());
    firstCommitted.countDown();

    assertThatThrownBy(() -> secondRun.get(30, TimeUnit.SECONDS))
        .hasCauseInstanceOf(TaskAlreadyCompletedException.class);
    assertMovedOnOnce(pid, record);
  }

  @Test
  void completingATaskSomeoneHasJustCompletedIsAConflictOverRest() {
    String pid = openComplaint();
    Task record = recordTask(pid);
    assertThat(complete("mary", record.getId()).getStatusCode().value()).isEqualTo(204);

    ResponseEntity<JsonNode> again = complete("mary", record.getId());

    assertThat(again.getStatusCode().value()).as(String.valueOf(again.getBody())).isEqualTo(409);
    assertThat(again.getBody().path("message").asText()).contains("already been completed");
    assertMovedOnOnce(pid, record);
  }

  @Test
  void completingATaskThatNeverExistedIsNoConflict() {
    ResponseEntity<JsonNode> answer = complete("mary", "no-such-task");

    assertThat(answer.getStatusCode().value()).isNotEqualTo(409);
  }

  private void assertMovedOnOnce(String pid, Task record) {
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(pid)
        .taskDefinitionKey("Task_RecordComplaint").finished().count()).isEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pid)
        .activityId("Task_RecordComplaint").count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().taskId(record.getId()).count()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pid).count()).isZero();
    assertThat(runtimeService.getVariable(pid, "category")).isEqualTo("delivery");
  }

  private ResponseEntity<JsonNode> complete(String user, String taskId) {
    Map<String, Object> variables = new LinkedHashMap<>();
    recordVariables().forEach((k, v) -> variables.put(k, Map.of("value", v)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, user).exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables), headers), JsonNode.class);
  }

  private static Map<String, Object> recordVariables() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("channel", "phone");
    v.put("category", "delivery");
    v.put("severity", "normal");
    v.put("keyCustomer", false);
    v.put("description", "The parcel arrived late");
    v.put("customerDemand", "An apology");
    return v;
  }

  private Task recordTask(String pid) {
    Task task = taskService.createTaskQuery().processInstanceId(pid).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RecordComplaint");
    return task;
  }

  private String openComplaint() {
    Map<String, Object> request = Map.of(
        "type", "complaint", "channel", "phone",
        "customer", Map.of("name", "Zhao Lei", "phone", "13700137001", "email", "zhao.lei@example.com"),
        "product", Map.of("model", "WM-1200", "serialNumber", "SN-CC-" + System.nanoTime(),
            "purchaseDate", "2025-06-01", "purchaseProof", true),
        "description", "Delivery was late");
    ResponseEntity<JsonNode> created =
        rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests", request, JsonNode.class);
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    return created.getBody().path("processInstanceId").asText();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
