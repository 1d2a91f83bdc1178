package com.aftersales.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

/**
 * For every user task of every process in processes/ and every group: a demo user of the group sees the task
 * in /engine-rest/task, may claim it (the permission completing needs too) and is refused completing it
 * exactly when the expected matrix says so. The matrix is generated from the models' candidate groups
 * (camunda-admin may do everything), so a new task is covered without touching this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskAuthorizationMatrixTest {

  /** One demo user per group (the brief's demo staff). */
  static final Map<String, String> USER_OF_GROUP = new LinkedHashMap<>();

  static {
    USER_OF_GROUP.put("customer-service", "mary");
    USER_OF_GROUP.put("engineers", "eric");
    USER_OF_GROUP.put("service-managers", "sam");
    USER_OF_GROUP.put("regional-managers", "rita");
    USER_OF_GROUP.put("sales", "sally");
    USER_OF_GROUP.put("sales-office", "oscar");
    USER_OF_GROUP.put("general-manager", "grace");
    USER_OF_GROUP.put("planning", "paul");
    USER_OF_GROUP.put("production", "pete");
    USER_OF_GROUP.put("warehouse", "walt");
    USER_OF_GROUP.put("marketing-managers", "mark");
    USER_OF_GROUP.put("finance", "fiona");
    USER_OF_GROUP.put("analysts", "ann");
    USER_OF_GROUP.put("store-keepers", "kate");
    USER_OF_GROUP.put("customer-info-supervisors", "cora");
    USER_OF_GROUP.put("market-supervision", "max");
    USER_OF_GROUP.put("camunda-admin", "admin");
  }

  /** Values for candidate-group and due-date expressions the models use. */
  static final Date LATER = new Date(System.currentTimeMillis() + 86_400_000L);
  static final Map<String, Object> VARIABLES = Map.ofEntries(
      Map.entry("complaintGroup", "customer-service"), Map.entry("approverGroup", "store-keepers"),
      Map.entry("verifierGroup", "customer-info-supervisors"),
      Map.entry("responseTimerDue", LATER), Map.entry("responseDueAt", LATER), Map.entry("appointmentAt", LATER),
      Map.entry("orderDueDate", LATER), Map.entry("replenishDueDate", LATER), Map.entry("engineer", "eric"),
      Map.entry("caseNumber", "AS-2099-000001"),
      // the service types (issue 19): installation and maintenance visits, emergency dispatch and arrival
      Map.entry("visitDue", LATER), Map.entry("dispatchDueAt", LATER), Map.entry("arrivalDueAt", LATER),
      // the return visit (issue 18): its contact window
      Map.entry("visitDueAt", LATER), Map.entry("visitCallAt", LATER), Map.entry("feedbackHandInDueAt", LATER),
      Map.entry("feedbackAnswerDueAt", LATER));

  record ModelTask(String processKey, String taskId, List<String> candidateGroups) {}

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  static List<ModelTask> modelTasks() {
    List<ModelTask> tasks = new ArrayList<>();
    File[] files = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
    assertThat(files).isNotEmpty();
    Arrays.sort(files);
    for (File file : files) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      Process process = model.getModelElementsByType(Process.class).iterator().next();
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        List<String> groups = Stream.of(task.getCamundaCandidateGroups().split(","))
            .map(String::trim).filter(g -> !g.isEmpty())
            .map(g -> g.startsWith("${") ? (String) VARIABLES.get(g.substring(2, g.length() - 1)) : g)
            .toList();
        tasks.add(new ModelTask(process.getId(), task.getId(), groups));
      }
    }
    return tasks;
  }

  @Test
  void everyGroupSeesClaimsAndCompletesExactlyTheTasksOfItsCandidateGroups() {
    List<String> mismatches = new ArrayList<>();
    int cells = 0;
    for (ModelTask modelTask : modelTasks()) {
      assertThat(modelTask.candidateGroups()).as("candidate groups of %s", modelTask.taskId()).isNotEmpty();
      String pid = runtimeService.createProcessInstanceByKey(modelTask.processKey())
          .businessKey("AUTHZ-" + modelTask.taskId()).setVariables(VARIABLES)
          .startBeforeActivity(modelTask.taskId()).execute(true, true).getId();
      Task task = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(modelTask.taskId())
          .singleResult();
      assertThat(task).as("%s reached", modelTask.taskId()).isNotNull();
      for (Map.Entry<String, String> entry : USER_OF_GROUP.entrySet()) {
        String group = entry.getKey();
        String user = entry.getValue();
        boolean expected = modelTask.candidateGroups().contains(group) || group.equals("camunda-admin");
        JsonNode seen = rest.withBasicAuth(user, user)
            .getForObject("/engine-rest/task?processInstanceId=" + pid, JsonNode.class);
        boolean sees = seen.size() == 1;
        int claim = post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user));
        boolean claims = claim == 204;
        // A task the model assigns (the dispatched engineer) can be claimed by its assignee only.
        boolean expectedClaim = expected && (task.getAssignee() == null || task.getAssignee().equals(user));
        if (claims && task.getAssignee() == null) {
          assertThat(post(user, "/engine-rest/task/" + task.getId() + "/unclaim", Map.of())).isEqualTo(204);
        }
        boolean completeRefused = true;
        if (!expected) {
          int complete = post(user, "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", Map.of()));
          completeRefused = complete == 403 || complete == 404;
        }
        cells++;
        if (sees != expected || claims != expectedClaim || !completeRefused) {
          mismatches.add(String.format("%s/%s as %s (%s): expected %s, sees=%s claims=%s completeRefused=%s",
              modelTask.processKey(), modelTask.taskId(), user, group, expected, sees, claims, completeRefused));
        }
      }
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("still open").isEqualTo(1);
      runtimeService.deleteProcessInstance(pid, "authorization matrix test", true, true);
    }
    assertThat(mismatches).isEmpty();
    assertThat(cells).isGreaterThanOrEqualTo(14 * 30);
  }

  private int post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, user)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class).getStatusCode().value();
  }
}
