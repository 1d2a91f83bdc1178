package com.aftersales.privacy;

import com.aftersales.security.PartsRequestAtReview;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseVariables;
import com.aftersales.testsupport.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Customer contact data through the engine's own APIs (/engine-rest, and the webapps' /camunda/api behind Tasklist
 * and Cockpit): staff whose groups need it see it; planning (which reviews a parts request) and the general manager
 * (who watches every case in Cockpit) get the case without the customer's phone, e-mail and address, cannot search
 * by them and cannot write them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContactDataOnEngineApiTest {

  static final String PHONE = PartsRequestAtReview.PHONE;
  static final String EMAIL = PartsRequestAtReview.EMAIL;
  static final String ADDRESS = PartsRequestAtReview.ADDRESS;

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;

  String instance;
  String reviewTask;

  @BeforeEach
  void partsRequestWaitingForPlanning() {
    PartsRequestAtReview parts = PartsRequestAtReview.start(http, taskService, managementService);
    instance = parts.instance();
    reviewTask = parts.reviewTask();
  }

  @AfterEach
  void removeCase() {
    runtimeService.deleteProcessInstance(instance, "test done");
  }

  @Test
  void planningWorksTheReviewWithoutSeeingTheCustomersContactData() {
    TestRestTemplate paul = http.withBasicAuth("paul", "paul");

    JsonNode variables = paul.getForObject("/engine-rest/task/" + reviewTask + "/variables", JsonNode.class);
    assertThat(variables.path(CaseVariables.CUSTOMER_NAME).path("value").asText()).isEqualTo("Qian Li");
    assertThat(variables.path(CaseVariables.CASE_NUMBER).path("value").asText()).isNotBlank();
    for (String contact : List.of(CaseVariables.CUSTOMER_PHONE, CaseVariables.CUSTOMER_EMAIL, CaseVariables.CUSTOMER_ADDRESS)) {
      // nothing to hide: contact data is no process variable (the case carries the customer's archive id)
      assertThat(variables.has(contact)).as(contact).isFalse();
    }
    String formVariables = paul.getForObject("/engine-rest/task/" + reviewTask + "/form-variables", String.class);
    assertThat(formVariables).contains("Qian Li").doesNotContain(PHONE, EMAIL, ADDRESS);

    // Not even for those who may see it: the archive keeps it, and a manager opens it there with a reason.
    String asSam = http.withBasicAuth("sam", "sam")
        .getForObject("/engine-rest/process-instance/" + instance + "/variables", String.class);
    assertThat(asSam).doesNotContain(PHONE, EMAIL, ADDRESS);
    Object customerId = runtimeService.getVariable(instance, CaseVariables.CUSTOMER_ID);
    assertThat(http.withBasicAuth("sam", "sam")
        .getForObject("/api/customers/" + customerId + "?reason=零件申请核对客户", String.class)).contains(PHONE);
  }

  @Test
  void namingAContactVariableIsRefusedToThoseWhoMayNotSeeIt() {
    TestRestTemplate paul = http.withBasicAuth("paul", "paul");
    List<String> reads = List.of(
        "/engine-rest/task/" + reviewTask + "/variables/customerPhone",
        "/engine-rest/task/" + reviewTask + "/variables/customerEmail/data",
        "/engine-rest/task/" + reviewTask + "/form-variables?variableNames=caseNumber,customerAddress",
        // a search by value would reveal the value without returning it
        "/engine-rest/task?processVariables=customerPhone_eq_" + PHONE,
        "/engine-rest/task?processVariables=caseNumber_like_%25,CUSTOMERPHONE_like_137%25",
        "/engine-rest/variable-instance?variableName=customerEmail&variableValues=value_eq_" + EMAIL,
        "/engine-rest/history/variable-instance?variableNameLike=customer%25&variableValue=" + PHONE);
    for (String read : reads) {
      ResponseEntity<JsonNode> answer = paul.getForEntity(java.net.URI.create(http.getRootUri() + read), JsonNode.class);
      assertThat(answer.getStatusCode()).as(read).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(answer.getHeaders().getContentType().toString()).as(read).startsWith("application/problem+json");
      assertThat(answer.getBody().path("field").asText()).as(read).startsWith("customer");
    }

    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> search = paul.exchange("/engine-rest/task", HttpMethod.POST, new HttpEntity<>(
        "{\"processVariables\":[{\"name\":\"customerPhone\",\"operator\":\"eq\",\"value\":\"" + PHONE + "\"}]}", json),
        JsonNode.class);
    assertThat(search.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // Completing the review while writing a phone number: refused, the task stays, nothing is written.
    ResponseEntity<JsonNode> overwrite = paul.exchange("/engine-rest/task/" + reviewTask + "/complete", HttpMethod.POST,
        new HttpEntity<>("{\"variables\":{\"reviewDecision\":{\"value\":\"approved\"},"
            + "\"customerPhone\":{\"value\":\"000\"}}}", json), JsonNode.class);
    assertThat(overwrite.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(overwrite.getBody().path("field").asText()).isEqualTo(CaseVariables.CUSTOMER_PHONE);
    assertThat(taskService.createTaskQuery().taskId(reviewTask).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(instance, CaseVariables.CUSTOMER_PHONE)).isNull();

    // Everything else about the task goes through as usual.
    ResponseEntity<String> ordinarySearch = paul.getForEntity(
        "/engine-rest/task?processInstanceId=" + instance + "&processVariables=caseType_eq_parts", String.class);
    assertThat(ordinarySearch.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ordinarySearch.getBody()).contains(reviewTask);
  }

  @Test
  void theGeneralManagerWatchesCasesInCockpitWithoutContactData() {
    List<String> graceGroups = identityService.createGroupQuery().groupMember("grace").list().stream()
        .map(Group::getId).toList();
    assertThat(authorizationService.isUserAuthorized("grace", graceGroups, Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorizationService.isUserAuthorized("grace", graceGroups, Permissions.ACCESS,
        Resources.APPLICATION, "admin")).isFalse();

    WebappSession cockpit = WebappSession.login(http, "grace", "cockpit");
    assertThat(cockpit.loginStatus()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> instances = cockpit.get(
        "/camunda/api/engine/engine/default/process-instance?processInstanceIds=" + instance, JsonNode.class);
    assertThat(instances.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(instances.getBody()).hasSize(1);

    // What Cockpit's variables tab asks for (a POST with the instance in the body), and the history side.
    HttpHeaders post = cockpit.headers(cockpit.csrfToken());
    post.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> tab = http.exchange(
        "/camunda/api/engine/engine/default/variable-instance?deserializeValues=false&firstResult=0&maxResults=50",
        HttpMethod.POST, new HttpEntity<>("{\"processInstanceIdIn\":[\"" + instance + "\"],"
            + "\"sorting\":[{\"sortBy\":\"variableName\",\"sortOrder\":\"asc\"}]}", post), String.class);
    assertThat(tab.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tab.getBody()).contains("Qian Li").doesNotContain(PHONE, EMAIL, ADDRESS);
    ResponseEntity<String> history = cockpit.get(
        "/camunda/api/engine/engine/default/history/variable-instance?processInstanceId=" + instance, String.class);
    assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(history.getBody()).contains("Qian Li").doesNotContain(PHONE, EMAIL, ADDRESS);
    // The same through /engine-rest.
    String rest = http.withBasicAuth("grace", "grace")
        .getForObject("/engine-rest/history/variable-instance?processInstanceId=" + instance, String.class);
    assertThat(rest).contains("Qian Li").doesNotContain(PHONE, EMAIL, ADDRESS);
    // Nor does a service manager: there is nothing to find in the engine.
    String asSam = http.withBasicAuth("sam", "sam")
        .getForObject("/engine-rest/history/variable-instance?processInstanceId=" + instance, String.class);
    assertThat(asSam).contains("Qian Li").doesNotContain(PHONE, EMAIL, ADDRESS);
  }
}
