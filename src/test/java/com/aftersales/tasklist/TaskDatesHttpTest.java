package com.aftersales.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Follow-up and due dates of tasks bound with {@code camunda:formRef}, changed the way Tasklist changes them (the
 * whole task as read, sent back with {@code PUT /task/{id}}), over {@code /engine-rest} and Tasklist's own
 * {@code /camunda/api/engine}; and the rule that only managers move a due date, with every move recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskDatesHttpTest {

  static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired DueDateMoves moves;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  @Test
  @DisplayName("a candidate sets a follow-up date on a formRef task by sending the task back as read (engine REST)")
  void followUpDateOfAFormRefTaskCanBeSetOverEngineRest() {
    Task task = partsRecordTask();
    ObjectNode read = read("mary", task.getId());
    assertThat(read.has("camundaFormRef")).as("the task carries its form reference").isTrue();
    Instant followUp = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    read.put("followUp", rest(followUp));

    ResponseEntity<String> answer = put("mary", task.getId(), read);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    Task saved = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(saved.getFollowUpDate().toInstant()).isEqualTo(followUp);
    assertThat(saved.getDueDate()).isEqualTo(task.getDueDate());
    assertThat(moves.of(task.getId())).isEmpty();
  }

  @Test
  @DisplayName("Tasklist's copy of the due date, cut to the second, is no move: the commitment keeps its exact time")
  void dueDateSentBackToTheSecondIsNoMove() {
    Task task = partsRecordTask();
    ObjectNode read = read("mary", task.getId());
    // Tasklist reads dates to the second (YYYY-MM-DDTHH:mm:ss) and writes them back with the browser's offset.
    read.put("due", rest(task.getDueDate().toInstant().truncatedTo(ChronoUnit.SECONDS)));
    read.put("followUp", rest(Instant.now().plus(1, ChronoUnit.DAYS)));

    ResponseEntity<String> answer = put("mary", task.getId(), read);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    Task saved = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(saved.getDueDate()).isEqualTo(task.getDueDate());
    assertThat(saved.getFollowUpDate()).isNotNull();
    assertThat(moves.of(task.getId())).isEmpty();
  }

  @Test
  @DisplayName("a follow-up date set through Tasklist's engine API with the webapp session works too")
  void followUpDateOfAFormRefTaskCanBeSetThroughTasklistsApi() {
    Task task = partsRecordTask();
    WebappSession tasklist = WebappSession.login(rest, "mary", "tasklist");
    String path = "/camunda/api/engine/engine/default/task/" + task.getId();
    ObjectNode read = (ObjectNode) tasklist.get(path, JsonNode.class).getBody();
    assertThat(read.has("camundaFormRef")).isTrue();
    read.put("followUp", rest(Instant.now().plus(1, ChronoUnit.DAYS)));
    HttpHeaders headers = tasklist.headers(tasklist.csrfToken());
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> answer = rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(read.toString(), headers), String.class);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getFollowUpDate()).isNotNull();
  }

  @Test
  @DisplayName("a candidate moving their own task's due date is refused (403) and nothing changes or is recorded")
  void candidateCannotMoveTheDueDate() {
    Task task = partsRecordTask();
    Date due = task.getDueDate();
    assertThat(due).isNotNull();
    ObjectNode read = read("mary", task.getId());
    read.put("due", rest(Instant.now().plus(30, ChronoUnit.DAYS)));
    read.put("followUp", rest(Instant.now().plus(1, ChronoUnit.DAYS)));

    ResponseEntity<String> moved = put("mary", task.getId(), read);
    read.putNull("due");
    ResponseEntity<String> removed = put("mary", task.getId(), read);

    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(moved.getBody()).contains("only general-manager and service-managers may move it");
    assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Task unchanged = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(unchanged.getDueDate()).isEqualTo(due);
    assertThat(unchanged.getFollowUpDate()).as("the refused update changed nothing at all").isNull();
    assertThat(moves.of(task.getId())).isEmpty();
  }

  @Test
  @DisplayName("the Java API's setDueDate is guarded the same way: refused for staff, recorded for a manager")
  void javaApiSetDueDateIsGuardedToo() {
    Task task = partsRecordTask();
    Date due = task.getDueDate();
    Date later = Date.from(due.toInstant().plus(2, ChronoUnit.DAYS));
    org.camunda.bpm.engine.IdentityService identity = identityService;
    try {
      identity.setAuthentication("mary", List.of("customer-service"));
      assertThatThrownBy(() -> taskService.setDueDate(task.getId(), later))
          .isInstanceOf(DueDateMoveRefusedException.class);
      assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getDueDate()).isEqualTo(due);

    } finally {
      identity.clearAuthentication();
    }
    assertThat(moves.of(task.getId())).isEmpty();

    // A service manager on the group's own task (the engine asks for the task permission as well).
    Task dispatch = dispatchTask();
    Date dispatchLater = Date.from(dispatch.getDueDate().toInstant().plus(1, ChronoUnit.DAYS));
    try {
      identity.setAuthentication("sam", List.of("service-managers"));
      taskService.setDueDate(dispatch.getId(), dispatchLater);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(taskService.createTaskQuery().taskId(dispatch.getId()).singleResult().getDueDate()).isEqualTo(dispatchLater);
    assertThat(moves.of(dispatch.getId())).extracting(DueDateMoves.Move::movedBy).containsExactly("sam");
  }

  @Test
  @DisplayName("a service manager moves a due date with a reason through the API, and the move is recorded")
  void managerMovesTheDueDateWithAReason() {
    Task task = partsRecordTask();
    Instant to = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    ResponseEntity<JsonNode> answer = rest.withBasicAuth("sam", "sam").exchange("/api/tasks/" + task.getId() + "/due-date",
        HttpMethod.PUT, new HttpEntity<>(Map.of("dueDate", to.atOffset(ZoneOffset.ofHours(8)).toString(),
            "reason", "Customer asked to wait for the next delivery")), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getDueDate().toInstant()).isEqualTo(to);
    List<DueDateMoves.Move> recorded = moves.of(task.getId());
    assertThat(recorded).hasSize(1);
    DueDateMoves.Move move = recorded.get(0);
    assertThat(move.movedBy()).isEqualTo("sam");
    assertThat(move.from()).isEqualTo(task.getDueDate().toInstant());
    assertThat(move.to()).isEqualTo(to);
    assertThat(move.reason()).isEqualTo("Customer asked to wait for the next delivery");
    assertThat(move.caseNumber()).isNotBlank();
    assertThat(move.movedAt()).isNotNull();
    assertThat(answer.getBody().get(0).path("movedBy").asText()).isEqualTo("sam");
  }

  @Test
  @DisplayName("a service manager removes the due date of their group's task over engine REST, and it is recorded")
  void managerChangeOverEngineRestIsRecorded() {
    Task dispatch = dispatchTask();
    ObjectNode read = read("sam", dispatch.getId());
    assertThat(read.has("camundaFormRef")).isTrue();
    read.putNull("due");

    ResponseEntity<String> answer = put("sam", dispatch.getId(), read);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(dispatch.getId()).singleResult().getDueDate()).isNull();
    List<DueDateMoves.Move> recorded = moves.of(dispatch.getId());
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).movedBy()).isEqualTo("sam");
    assertThat(recorded.get(0).from()).isEqualTo(dispatch.getDueDate().toInstant());
    assertThat(recorded.get(0).to()).isNull();
    assertThat(recorded.get(0).reason()).as("engine REST gives no reason").isNull();
  }

  @Test
  @DisplayName("the due-date API refuses staff (403), bad input (400 naming the fields) and unknown tasks (404)")
  void dueDateApiRefusesStaffBadInputAndUnknownTasks() {
    Task task = partsRecordTask();
    ObjectNode read = read("admin", task.getId());
    read.putNull("due");
    ResponseEntity<String> byAdmin = put("admin", task.getId(), read);
    assertThat(byAdmin.getStatusCode()).as("an administrator is no manager").isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> staff = rest.withBasicAuth("mary", "mary").exchange("/api/tasks/" + task.getId() + "/due-date",
        HttpMethod.PUT, new HttpEntity<>(Map.of("dueDate", "2031-01-01T10:00:00+08:00", "reason", "I need more time")),
        String.class);
    assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(staff.getHeaders().getContentType().toString()).startsWith("application/problem+json");

    ResponseEntity<JsonNode> bad = rest.withBasicAuth("grace", "grace").exchange("/api/tasks/" + task.getId() + "/due-date",
        HttpMethod.PUT, new HttpEntity<>(Map.of("dueDate", "next week")), JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(bad.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("dueDate", "reason");

    ResponseEntity<String> unknown = rest.withBasicAuth("grace", "grace").exchange("/api/tasks/no-such-task/due-date",
        HttpMethod.PUT, new HttpEntity<>(Map.of("reason", "Customer abroad")), String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getDueDate()).isEqualTo(task.getDueDate());
    assertThat(moves.of(task.getId())).isEmpty();
  }

  /** A service managers' task of a repair case (dispatch an engineer), bound with camunda:formRef. */
  private Task dispatchTask() {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "repair", "channel", "phone",
            "customer", Map.of("name", "Li Lei", "phone", "13800138000"),
            "product", Map.of("model", "WM-1200"),
            "description", "Drum does not turn"),
        JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().path("caseNumber").asText();
    String instance = runtimeService.createProcessInstanceByKey("repair").businessKey(caseNumber)
        .setVariables(Map.of("caseNumber", caseNumber)).startBeforeActivity("Task_DispatchEngineer").execute().getId();
    Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_DispatchEngineer").singleResult();
    assertThat(task.getDueDate()).isNotNull();
    return task;
  }

  /** A parts case's first task: customer service records the request (form bound with camunda:formRef). */
  private Task partsRecordTask() {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "parts", "channel", "phone",
            "customer", Map.of("name", "Zhao Min", "phone", "13700001111"),
            "product", Map.of("model", "Bed B-180"),
            "description", "Headboard cracked in transport"),
        JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = created.getBody().path("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    // customer service's first contact (002 客服流程) is open beside it
    Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_RecordPartsRequest")
        .singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RecordPartsRequest");
    return task;
  }

  private ObjectNode read(String user, String taskId) {
    ResponseEntity<ObjectNode> read = rest.withBasicAuth(user, user).getForEntity("/engine-rest/task/" + taskId, ObjectNode.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    return read.getBody();
  }

  private ResponseEntity<String> put(String user, String taskId, ObjectNode task) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, user).exchange("/engine-rest/task/" + taskId, HttpMethod.PUT,
        new HttpEntity<>(task.toString(), headers), String.class);
  }

  private static String rest(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).format(REST_DATE);
  }
}
