package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.testsupport.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * A staff member's own profile (their e-mail receives group mails) takes one plain address and plain names, on
 * every way of writing it; anything else is a 400 naming the field, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UserProfileValidationTest {

  static final String USER = "profiled";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;

  @BeforeEach
  void user() {
    User user = identityService.createUserQuery().userId(USER).singleResult();
    if (user == null) {
      user = identityService.newUser(USER);
      user.setPassword(USER);
      identityService.saveUser(user);
      identityService.createMembership(USER, "engineers");
    }
    user.setFirstName("Pro");
    user.setLastName("Filed");
    user.setEmail("profiled@aftersales.example");
    identityService.saveUser(user);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "email     | profiled@aftersales.example\\r\\nBcc: everyone@aftersales.example",
      "email     | profiled@aftersales.example\\nX-Injected: 1",
      "email     | profiled@aftersales.example, boss@aftersales.example",
      "email     | Profiled <profiled@aftersales.example>",
      "email     | profiled at aftersales.example",
      "email     | profiled@@aftersales.example",
      "email     | LONG_EMAIL",
      "firstName | Pro\\r\\nFiled",
      "lastName  | LONG_NAME"})
  void anInvalidOwnProfileIsRefusedOnTheEngineRestApi(String field, String value) {
    String given = value.replace("\\r", "\r").replace("\\n", "\n")
        .replace("LONG_EMAIL", "a".repeat(250) + "@aftersales.example")
        .replace("LONG_NAME", "N".repeat(101));
    Map<String, Object> profile = profile();
    profile.put(field, given);

    ResponseEntity<JsonNode> answer = putProfile(profile);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("message").asText()).contains(field);
    User stored = identityService.createUserQuery().userId(USER).singleResult();
    assertThat(stored.getEmail()).isEqualTo("profiled@aftersales.example");
    assertThat(stored.getFirstName()).isEqualTo("Pro");
    assertThat(stored.getLastName()).isEqualTo("Filed");
  }

  @Test
  void aValidOwnProfileIsStored() {
    Map<String, Object> profile = profile();
    profile.put("email", "pro.filed+service@aftersales.example");
    profile.put("lastName", "Filed-Müller");
    assertThat(putProfile(profile).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identityService.createUserQuery().userId(USER).singleResult().getEmail())
        .isEqualTo("pro.filed+service@aftersales.example");

    profile.put("email", "");
    assertThat(putProfile(profile).getStatusCode()).as("no address at all").isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void theTasklistProfilePageIsCheckedToo() {
    WebappSession session = WebappSession.login(rest, USER, "tasklist");
    assertThat(session.loginStatus()).isEqualTo(HttpStatus.OK);
    Map<String, Object> profile = profile();
    profile.put("email", "profiled@aftersales.example\r\nBcc: everyone@aftersales.example");
    HttpHeaders headers = session.headers(session.csrfToken());
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<JsonNode> answer = rest.exchange("/camunda/api/engine/engine/default/user/" + USER + "/profile",
        HttpMethod.PUT, new HttpEntity<>(profile, headers), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("message").asText()).contains("email");
    assertThat(identityService.createUserQuery().userId(USER).singleResult().getEmail())
        .isEqualTo("profiled@aftersales.example");
  }

  @Test
  void creatingAUserWithAnInvalidAddressIsRefusedOnEveryApi() {
    Map<String, Object> profile = Map.of("id", "newcomer", "email", "a@aftersales.example\nBcc: b@aftersales.example");
    ResponseEntity<JsonNode> created = rest.withBasicAuth("admin", "admin").postForEntity("/engine-rest/user/create",
        Map.of("profile", profile, "credentials", Map.of("password", "newcomer-password")), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(created.getBody().path("message").asText()).contains("email");
    assertThat(identityService.createUserQuery().userId("newcomer").count()).isZero();

    User user = identityService.newUser("newcomer");
    user.setEmail("a@aftersales.example,b@aftersales.example");
    assertThatThrownBy(() -> identityService.saveUser(user))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("email");
  }

  private Map<String, Object> profile() {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", USER);
    profile.put("firstName", "Pro");
    profile.put("lastName", "Filed");
    profile.put("email", "profiled@aftersales.example");
    return profile;
  }

  private ResponseEntity<JsonNode> putProfile(Map<String, Object> profile) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(USER, USER).exchange("/engine-rest/user/" + USER + "/profile", HttpMethod.PUT,
        new HttpEntity<>(profile, headers), JsonNode.class);
  }
}
