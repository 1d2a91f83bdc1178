package com.aftersales.flows.repair.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.repair.EngineerLevels;
import com.aftersales.flows.repair.RepairProcess.EngineerLevel;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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

/** /api/engineer-levels over HTTP: service managers keep the levels labour-rate.dmn prices by (003 九.1). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineerLevelApiTest {

  static final String ENGINEER = "levels-api-engineer";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired EngineerLevels levels;

  @BeforeEach
  void engineer() {
    if (identityService.createUserQuery().userId(ENGINEER).count() == 0) {
      User user = identityService.newUser(ENGINEER);
      user.setFirstName("Levels");
      user.setLastName("Engineer");
      user.setEmail(ENGINEER + "@aftersales.example");
      identityService.saveUser(user);
      identityService.createMembership(ENGINEER, "engineers");
    }
  }

  @Test
  @DisplayName("003 九.1 工程师的级别: a service manager records an engineer's level, changes it, and the list shows it")
  void aServiceManagerRecordsAndChangesAnEngineersLevel() {
    ResponseEntity<JsonNode> set = put("sam", ENGINEER, "{\"level\": \"senior\"}");
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(set.getBody().path("level").asText()).isEqualTo("senior");
    assertThat(set.getBody().path("updatedBy").asText()).isEqualTo("sam");
    assertThat(levels.pricedLevel(ENGINEER)).isEqualTo(EngineerLevel.SENIOR);

    assertThat(put("sam", ENGINEER, "{\"level\": \"junior\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode list = get("sam").getBody();
    assertThat(list.findValues("userId")).extracting(JsonNode::asText).contains(ENGINEER, "eric");
    for (JsonNode entry : list) {
      if (entry.path("userId").asText().equals(ENGINEER)) {
        assertThat(entry.path("level").asText()).isEqualTo("junior");
        assertThat(entry.path("name").asText()).isEqualTo("Levels Engineer");
      }
    }
    assertThat(levels.pricedLevel(ENGINEER)).isEqualTo(EngineerLevel.JUNIOR);
  }

  @Test
  @DisplayName("an unknown level or field is 400 problem+json naming it, someone who is no engineer 404; nothing written")
  void badInputNamesTheFieldAndWritesNothing() {
    put("sam", ENGINEER, "{\"level\": \"intermediate\"}");

    ResponseEntity<JsonNode> bad = put("sam", ENGINEER, "{\"level\": \"expert\", \"grade\": 3}");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(bad.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("grade");
    ResponseEntity<JsonNode> unknown = put("sam", ENGINEER, "{\"level\": \"expert\"}");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().path("errors").findValuesAsText("field")).containsExactly("level");
    assertThat(unknown.getBody().path("detail").asText()).contains("junior, intermediate, senior");
    assertThat(put("sam", ENGINEER, "{}").getBody().path("errors").findValuesAsText("field")).containsExactly("level");

    ResponseEntity<JsonNode> notAnEngineer = put("sam", "mary", "{\"level\": \"senior\"}");
    assertThat(notAnEngineer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(notAnEngineer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(levels.recorded("mary")).isEmpty();
    assertThat(levels.pricedLevel(ENGINEER)).isEqualTo(EngineerLevel.INTERMEDIATE);
  }

  @Test
  @DisplayName("engineers read the levels but do not set them; finance neither")
  void onlyServiceManagersSetLevels() {
    assertThat(put("eric", ENGINEER, "{\"level\": \"senior\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("eric").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("fiona").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/engineer-levels", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<JsonNode> put(String user, String engineer, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).exchange("/api/engineer-levels/" + engineer, HttpMethod.PUT,
        new HttpEntity<>(json, headers), JsonNode.class);
  }

  private ResponseEntity<JsonNode> get(String user) {
    return http.withBasicAuth(user, user).getForEntity("/api/engineer-levels", JsonNode.class);
  }
}
