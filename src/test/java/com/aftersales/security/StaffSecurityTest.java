package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaffSecurityTest {

  static final List<String> ALL_GROUPS =
      List.of(
          "customer-service", "engineers", "service-managers", "regional-managers", "sales", "sales-office",
          "general-manager", "planning", "production", "warehouse", "marketing-managers", "finance", "analysts",
          "camunda-admin");

  static final String GUESSED = "guessed";

  @Autowired TestRestTemplate rest;
  @Autowired StaffInitializer initializer;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @BeforeEach
  void deploySecurityCheckProcess() {
    repositoryService
        .createDeployment()
        .name("security-check")
        .enableDuplicateFiltering(true)
        .addClasspathResource("security/security-check.bpmn")
        .addClasspathResource("security/security-check.form")
        .deploy();
    // Wrong passwords lock a user for a few seconds; they are tried on this user only.
    if (identityService.createUserQuery().userId(GUESSED).count() == 0) {
      User user = identityService.newUser(GUESSED);
      user.setPassword(GUESSED);
      identityService.saveUser(user);
      identityService.createMembership(GUESSED, "customer-service");
    }
  }

  @Test
  void groupsAndDemoUsersExistAndSurviveASecondStart() {
    assertThat(identityService.createGroupQuery().list()).extracting(Group::getId).containsAll(ALL_GROUPS);
    User mary = identityService.createUserQuery().userId("mary").singleResult();
    assertThat(mary.getEmail()).isEqualTo("mary@aftersales.example");
    assertThat(mary.getFirstName()).isNotBlank();
    assertThat(mary.getLastName()).isNotBlank();
    assertThat(identityService.checkPassword("mary", "mary")).isTrue();
    assertThat(identityService.checkPassword("admin", "admin")).isTrue();
    assertThat(groupsOf("eric")).containsExactly("engineers");
    assertThat(groupsOf("emma")).containsExactly("engineers");
    assertThat(groupsOf("ann")).containsExactly("analysts");
    assertThat(groupsOf("admin")).contains("camunda-admin");
    assertThat(identityService.createUserQuery().count()).isGreaterThanOrEqualTo(15);

    long users = identityService.createUserQuery().count();
    long groups = identityService.createGroupQuery().count();
    long memberships = ALL_GROUPS.stream().mapToLong(g -> identityService.createUserQuery().memberOfGroup(g).count()).sum();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long filters = filterService.createFilterQuery().count();

    initializer.initialize();

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(ALL_GROUPS.stream().mapToLong(g -> identityService.createUserQuery().memberOfGroup(g).count()).sum())
        .isEqualTo(memberships);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
  }

  @Test
  void everyStaffGroupHasTasklistButOnlyAdminsHaveTheAdminApp() {
    for (String group : StaffGroups.staffGroupIds()) {
      assertThat(authorizationService.isUserAuthorized("nobody", List.of(group), Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
          .as(group + " in Tasklist")
          .isTrue();
      assertThat(authorizationService.isUserAuthorized("nobody", List.of(group), Permissions.ACCESS, Resources.APPLICATION, "admin"))
          .as(group + " in Admin")
          .isFalse();
    }
    assertThat(authorizationService.isUserAuthorized("sam", groupsOf("sam"), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorizationService.isUserAuthorized("mary", groupsOf("mary"), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(authorizationService.isUserAuthorized("admin", groupsOf("admin"), Permissions.ACCESS, Resources.APPLICATION, "admin")).isTrue();
    List<Authorization> adminApp =
        authorizationService.createAuthorizationQuery().resourceType(Resources.APPLICATION).list().stream()
            .filter(a -> a.isPermissionGranted(Permissions.ACCESS))
            .filter(a -> "admin".equals(a.getResourceId()) || "*".equals(a.getResourceId()))
            .toList();
    assertThat(adminApp).extracting(Authorization::getGroupId).containsOnly("camunda-admin");
  }

  @Test
  void engineRestRequiresAuthentication() {
    assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth(GUESSED, "wrong").getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("mary", "mary").getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aRememberedLoginStillRefusesAWrongPassword() {
    // its own user: the engine delays the next login after a failed one, which would slow other tests' users
    if (identityService.createUserQuery().userId("remembered").count() == 0) {
      User user = identityService.newUser("remembered");
      user.setPassword("remembered-pw");
      identityService.saveUser(user);
      identityService.createMembership("remembered", "customer-service");
    }
    assertThat(rest.withBasicAuth("remembered", "remembered-pw").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("remembered", "remembered-pw").getForEntity("/api/cases", String.class)
        .getStatusCode()).isNotEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("remembered", "wrong").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("remembered", "wrong").getForEntity("/api/cases", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void customerServiceCannotDeploy() {
    ResponseEntity<String> response = deploy("mary", "mary", "mary-deployment");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repositoryService.createDeploymentQuery().deploymentName("mary-deployment").count()).isZero();
  }

  @Test
  void analystsCanDeployFromModeler() {
    // Modeler checks the engine version before deploying.
    assertThat(rest.withBasicAuth("ann", "ann").getForEntity("/engine-rest/version", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> response = deployJson("ann", "ann", "ann-deployment");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("deployedProcessDefinitions").size()).isEqualTo(1);
    assertThat(repositoryService.createDeploymentQuery().deploymentName("ann-deployment").count()).isEqualTo(1);
  }

  @Test
  void candidateGroupMemberSeesOpensAndCompletesTheTaskOthersDoNot() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("securityCheck");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    String tasks = "/engine-rest/task?processInstanceId=" + instance.getId();

    assertThat(rest.withBasicAuth("eric", "eric").getForObject(tasks, JsonNode.class)).hasSize(1);
    assertThat(rest.withBasicAuth("emma", "emma").getForObject(tasks, JsonNode.class)).hasSize(1);
    assertThat(rest.withBasicAuth("mary", "mary").getForObject(tasks, JsonNode.class)).isEmpty();
    assertThat(rest.withBasicAuth("sam", "sam").getForObject(tasks, JsonNode.class)).isEmpty();

    ResponseEntity<JsonNode> form =
        rest.withBasicAuth("eric", "eric").getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", JsonNode.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody().path("id").asText()).isEqualTo("Form_SecurityCheck");
    assertThat(rest.withBasicAuth("mary", "mary").getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(complete("mary", task).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete("eric", task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void serviceManagersReadEveryProcessInstanceAndItsHistory() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("securityCheck");

    String running = "/engine-rest/process-instance?processInstanceIds=" + instance.getId();
    String history = "/engine-rest/history/process-instance?processInstanceId=" + instance.getId();
    String activities = "/engine-rest/history/activity-instance?processInstanceId=" + instance.getId();
    assertThat(rest.withBasicAuth("sam", "sam").getForObject(running, JsonNode.class)).hasSize(1);
    assertThat(rest.withBasicAuth("sam", "sam").getForObject(history, JsonNode.class)).hasSize(1);
    assertThat(rest.withBasicAuth("sam", "sam").getForObject(activities, JsonNode.class)).isNotEmpty();
    assertThat(rest.withBasicAuth("mary", "mary").getForObject(running, JsonNode.class)).isEmpty();
    assertThat(rest.withBasicAuth("mary", "mary").getForObject(history, JsonNode.class)).isEmpty();

    runtimeService.deleteProcessInstance(instance.getId(), "test finished");
  }

  @Test
  void apiRejectsRequestsWithoutStaffCredentials() {
    ResponseEntity<JsonNode> anonymous = rest.getForEntity("/api/test/whoami", JsonNode.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(anonymous.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(anonymous.getBody().path("status").asInt()).isEqualTo(401);

    assertThat(rest.withBasicAuth(GUESSED, "nope").getForEntity("/api/test/whoami", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("ghost", "ghost").getForEntity("/api/test/whoami", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void apiKnowsTheStaffUserAndGroupsWithoutEngineAuthentication() {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("sam", "sam").getForEntity("/api/test/whoami", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("id").asText()).isEqualTo("sam");
    assertThat(response.getBody().path("groups")).extracting(JsonNode::asText).containsExactly("service-managers");
    assertThat(identityService.getCurrentAuthentication()).isNull();
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private ResponseEntity<String> complete(String user, Task task) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, user)
        .exchange(
            "/engine-rest/task/" + task.getId() + "/complete",
            HttpMethod.POST,
            new HttpEntity<>(Map.of("variables", Map.of("finding", Map.of("value", "ok", "type", "String"))), headers),
            String.class);
  }

  private ResponseEntity<String> deploy(String user, String password, String name) {
    return rest.withBasicAuth(user, password).postForEntity("/engine-rest/deployment/create", deployment(name), String.class);
  }

  private ResponseEntity<JsonNode> deployJson(String user, String password, String name) {
    return rest.withBasicAuth(user, password).postForEntity("/engine-rest/deployment/create", deployment(name), JsonNode.class);
  }

  /** What Camunda Modeler sends: name, changed-only flag and the model file. */
  private static HttpEntity<MultiValueMap<String, Object>> deployment(String name) {
    String bpmn =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://aftersales.example/test">
          <bpmn:process id="%1$s" name="Deployed by a test" isExecutable="true" camunda:historyTimeToLive="P180D">
            <bpmn:startEvent id="StartEvent_Started" />
          </bpmn:process>
        </bpmn:definitions>
        """
            .formatted(name.replace("-", ""));
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", name);
    body.add("deploy-changed-only", "true");
    body.add("deployment-source", "Camunda Modeler");
    body.add(
        "data",
        new ByteArrayResource(bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return name + ".bpmn";
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }
}
