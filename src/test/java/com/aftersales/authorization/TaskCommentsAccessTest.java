package com.aftersales.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Comments and attachments follow task access: the group that works a task (engineers, on the security-check
 * task) comments and attaches through /engine-rest and Tasklist's engine API; supervisors, who only read other
 * groups' tasks through history, see them but may not add any; other groups neither see nor add.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskCommentsAccessTest {

  static final String TASKLIST_ENGINE = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  ProcessInstance instance;
  Task task;

  @BeforeEach
  void openAnEngineersTask() {
    repositoryService.createDeployment().name("security-check").enableDuplicateFiltering(true)
        .addClasspathResource("security/security-check.bpmn").addClasspathResource("security/security-check.form")
        .deploy();
    instance = runtimeService.startProcessInstanceByKey("securityCheck");
    task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  @AfterEach
  void deleteTheCase() {
    if (runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
      runtimeService.deleteProcessInstance(instance.getId(), "test finished");
    }
  }

  @Test
  @DisplayName("the group working the task comments and attaches, over /engine-rest and Tasklist's API, and sees both")
  void theWorkingGroupCommentsAndAttaches() {
    ResponseEntity<JsonNode> comment = rest.withBasicAuth("eric", "eric").postForEntity(
        "/engine-rest/task/" + task.getId() + "/comment/create", Map.of("message", "Seal replaced"), JsonNode.class);
    assertThat(comment.getStatusCode()).as("%s", comment.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(comment.getBody().path("userId").asText()).isEqualTo("eric");

    WebappSession tasklist = WebappSession.login(rest, "emma", "tasklist");
    assertThat(tasklist.loginStatus()).isEqualTo(HttpStatus.OK);
    HttpHeaders headers = tasklist.headers(tasklist.csrfToken());
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> fromTasklist = rest.exchange(TASKLIST_ENGINE + "/task/" + task.getId() + "/comment/create",
        HttpMethod.POST, new HttpEntity<>(Map.of("message", "Checked again"), headers), String.class);
    assertThat(fromTasklist.getStatusCode()).as(fromTasklist.getBody()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> attachment = attach("eric", "/engine-rest");
    assertThat(attachment.getStatusCode()).as(attachment.getBody()).isEqualTo(HttpStatus.OK);
    HttpHeaders multipart = tasklist.headers(tasklist.csrfToken());
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> attachedInTasklist = rest.exchange(TASKLIST_ENGINE + "/task/" + task.getId()
        + "/attachment/create", HttpMethod.POST, new HttpEntity<>(attachmentForm(), multipart), String.class);
    assertThat(attachedInTasklist.getStatusCode()).as(attachedInTasklist.getBody()).isEqualTo(HttpStatus.OK);

    assertThat(comments("eric")).containsExactlyInAnyOrder("Seal replaced", "Checked again");
    assertThat(tasklist.get(TASKLIST_ENGINE + "/task/" + task.getId() + "/comment", JsonNode.class).getBody())
        .hasSize(2);
    assertThat(attachments("emma")).hasSize(2);
    assertThat(taskService.getTaskComments(task.getId())).hasSize(2);
    assertThat(taskService.getTaskAttachments(task.getId())).hasSize(2);
  }

  @Test
  @DisplayName("supervisors see the comments and attachments of other groups' tasks but may not add any")
  void supervisorsReadButDoNotComment() {
    taskService.createComment(task.getId(), instance.getId(), "Seal replaced");
    taskService.createAttachment("url", task.getId(), instance.getId(), "photo", "the seal", "http://example.com/seal");

    for (String supervisor : List.of("sam", "grace")) {
      int comment = rest.withBasicAuth(supervisor, supervisor).postForEntity(
          "/engine-rest/task/" + task.getId() + "/comment/create", Map.of("message", "Hurry up"), String.class)
          .getStatusCode().value();
      assertThat(comment).as("%s comments", supervisor).isEqualTo(403);
      assertThat(attach(supervisor, "/engine-rest").getStatusCode().value()).as("%s attaches", supervisor).isEqualTo(403);
      WebappSession tasklist = WebappSession.login(rest, supervisor, "tasklist");
      HttpHeaders headers = tasklist.headers(tasklist.csrfToken());
      headers.setContentType(MediaType.APPLICATION_JSON);
      assertThat(rest.exchange(TASKLIST_ENGINE + "/task/" + task.getId() + "/comment/create", HttpMethod.POST,
          new HttpEntity<>(Map.of("message", "Hurry up"), headers), String.class).getStatusCode().value())
          .as("%s comments in Tasklist", supervisor).isEqualTo(403);

      assertThat(comments(supervisor)).as("%s reads", supervisor).containsExactly("Seal replaced");
      assertThat(attachments(supervisor)).as("%s reads", supervisor).hasSize(1);
    }
    assertThat(taskService.getTaskComments(task.getId())).hasSize(1);
    assertThat(taskService.getTaskAttachments(task.getId())).hasSize(1);
  }

  @Test
  @DisplayName("other groups neither see nor add comments and attachments; nobody adds to a finished task")
  void otherGroupsNeitherSeeNorAdd() {
    taskService.createComment(task.getId(), instance.getId(), "Seal replaced");
    for (String user : List.of("mary", "walt", "oscar")) {
      int comment = rest.withBasicAuth(user, user).postForEntity(
          "/engine-rest/task/" + task.getId() + "/comment/create", Map.of("message", "Me too"), String.class)
          .getStatusCode().value();
      assertThat(comment).as("%s comments", user).isIn(400, 403, 404);
      assertThat(attach(user, "/engine-rest").getStatusCode().value()).as("%s attaches", user).isIn(400, 403, 404);
      ResponseEntity<String> read = rest.withBasicAuth(user, user)
          .getForEntity("/engine-rest/task/" + task.getId() + "/comment", String.class);
      assertThat(read.getStatusCode().value()).as("%s reads", user).isIn(403, 404);
    }
    assertThat(taskService.getTaskComments(task.getId())).hasSize(1);

    taskService.complete(task.getId(), Map.of("finding", "ok"));
    assertThat(rest.withBasicAuth("eric", "eric").postForEntity(
        "/engine-rest/task/" + task.getId() + "/comment/create", Map.of("message", "Afterthought"), String.class)
        .getStatusCode().value()).isIn(400, 403);
    assertThat(comments("sam")).containsExactly("Seal replaced");
  }

  private ResponseEntity<String> attach(String user, String root) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, user).exchange(root + "/task/" + task.getId() + "/attachment/create",
        HttpMethod.POST, new HttpEntity<>(attachmentForm(), headers), String.class);
  }

  private static MultiValueMap<String, Object> attachmentForm() {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("attachment-name", "photo");
    form.add("attachment-description", "the seal");
    form.add("attachment-type", "url");
    form.add("url", "http://example.com/seal");
    return form;
  }

  private List<String> comments(String user) {
    ResponseEntity<JsonNode> comments = rest.withBasicAuth(user, user)
        .getForEntity("/engine-rest/task/" + task.getId() + "/comment", JsonNode.class);
    assertThat(comments.getStatusCode()).as("%s lists comments: %s", user, comments.getBody()).isEqualTo(HttpStatus.OK);
    return comments.getBody().findValuesAsText("message");
  }

  private JsonNode attachments(String user) {
    ResponseEntity<JsonNode> attachments = rest.withBasicAuth(user, user)
        .getForEntity("/engine-rest/task/" + task.getId() + "/attachment", JsonNode.class);
    assertThat(attachments.getStatusCode()).as("%s lists attachments: %s", user, attachments.getBody())
        .isEqualTo(HttpStatus.OK);
    return attachments.getBody();
  }
}
