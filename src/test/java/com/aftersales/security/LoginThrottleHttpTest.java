package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.LoopbackClient;
import com.aftersales.testsupport.LoopbackClient.Answer;
import com.aftersales.testsupport.WebappSession;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Wrong passwords from one client (remote address 127.0.0.x) throttle that client, on every path that checks a
 * password, and never lock the account for its owner on another client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginThrottleHttpTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anOutsiderCannotLockTheAdminOutWhoStillSignsInFromAnotherClient() {
    LoopbackClient attacker = new LoopbackClient("127.0.0.21", port);
    LoopbackClient secondAttacker = new LoopbackClient("127.0.0.22", port);
    for (int i = 0; i < 10; i++) {
      assertThat(attacker.get("/engine-rest/user", "admin", "guess" + i).status()).isEqualTo(401);
      assertThat(secondAttacker.get("/engine-rest/user", "admin", "guess" + i).status()).isEqualTo(401);
    }

    Answer throttled = attacker.get("/engine-rest/user", "admin", "admin");
    assertThat(throttled.status()).as("even the right password waits").isEqualTo(429);
    assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 900L);
    assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
    assertThat(throttled.body()).contains("\"status\":429");

    // twenty wrong passwords: the engine's own lockout (ten) would have locked admin for good
    LoopbackClient owner = new LoopbackClient("127.0.0.23", port);
    assertThat(owner.get("/engine-rest/user", "admin", "admin").status()).isEqualTo(200);
    assertThat(owner.webappLogin("admin", "admin", "admin").status()).isEqualTo(200);
    assertThat(identityService.checkPassword("admin", "admin")).isTrue();
  }

  @Test
  void theWebappLoginFormIsThrottledByClientAndUser() {
    LoopbackClient attacker = new LoopbackClient("127.0.0.31", port);
    for (int i = 0; i < 10; i++) {
      assertThat(attacker.webappLogin("tasklist", "mary", "guess" + i).status()).isEqualTo(401);
    }
    Answer throttled = attacker.webappLogin("tasklist", "mary", "mary");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isNotBlank();
    assertThat(attacker.webappLogin("tasklist", "oscar", "oscar").status()).as("another user from that client")
        .isEqualTo(200);
    assertThat(new LoopbackClient("127.0.0.32", port).webappLogin("tasklist", "mary", "mary").status())
        .isEqualTo(200);
  }

  @Test
  void basicAuthenticationOnTheApplicationApiIsThrottled() {
    LoopbackClient attacker = new LoopbackClient("127.0.0.41", port);
    for (int i = 0; i < 10; i++) {
      assertThat(attacker.get("/api/test/whoami", "sam", "guess" + i).status()).isEqualTo(401);
    }
    Answer throttled = attacker.get("/api/test/whoami", "sam", "sam");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
    assertThat(new LoopbackClient("127.0.0.42", port).get("/api/test/whoami", "sam", "sam").status())
        .isEqualTo(200);
  }

  @Test
  void sprayingPasswordsOverManyAccountsStopsThatClient() {
    LoopbackClient sprayer = new LoopbackClient("127.0.0.51", port);
    for (int i = 0; i < 50; i++) {
      assertThat(sprayer.get("/engine-rest/user", "nobody" + i, "guess").status()).isEqualTo(401);
    }
    assertThat(sprayer.get("/engine-rest/user", "mary", "mary").status()).isEqualTo(429);
    assertThat(new LoopbackClient("127.0.0.52", port).get("/engine-rest/task", "mary", "mary").status())
        .isEqualTo(200);
  }

  @Test
  void theEnginesPasswordCheckEndpointCannotBeUsedToGuessPastTheThrottle() {
    Map<String, String> guess = Map.of("username", "admin", "password", "admin");
    ResponseEntity<String> verify = rest.withBasicAuth("mary", "mary")
        .postForEntity("/engine-rest/identity/verify", json(guess), String.class);
    assertThat(verify.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(verify.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(verify.getBody()).doesNotContain("authenticated");
    ResponseEntity<String> variant = rest.withBasicAuth("mary", "mary")
        .postForEntity("/engine-rest//engine/default/identity/verify/", json(guess), String.class);
    assertThat(variant.getStatusCode().is4xxClientError()).as("refused, by this filter or the request firewall")
        .isTrue();
    assertThat(variant.getBody()).doesNotContain("authenticated");

    WebappSession session = WebappSession.login(rest, "mary", "tasklist");
    HttpHeaders headers = session.headers(session.csrfToken());
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.exchange("/camunda/api/engine/engine/default/identity/verify", HttpMethod.POST,
        new HttpEntity<>(guess, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  @Test
  void anAdminLiftsAnEngineLockThroughRest() {
    String id = "locked" + (System.nanoTime() % 1_000_000);
    User user = identityService.newUser(id);
    user.setPassword(id + "-pw");
    identityService.saveUser(user);
    identityService.createMembership(id, "customer-service");
    // a lock left by the engine's lockout from before it was switched off
    jdbc.update("UPDATE ACT_ID_USER SET ATTEMPTS_ = 10, LOCK_EXP_TIME_ = ? WHERE ID_ = ?",
        java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(86_400)), id);
    assertThat(rest.withBasicAuth(id, id + "-pw").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(rest.withBasicAuth(id, id + "-pw").postForEntity("/engine-rest/user/" + id + "/unlock", null,
        String.class).getStatusCode()).as("not by the user").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("admin", "admin").postForEntity("/engine-rest/user/" + id + "/unlock", null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(rest.withBasicAuth(id, id + "-pw").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }
}
