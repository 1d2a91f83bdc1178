package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Identity changes take effect with the very next request, on the node where they are made and on another node
 * sharing the database. Node A is the running application (HTTP); node B is a second engine on the same database
 * with the application's {@link IdentityGuardPlugin} and its own {@link CredentialCache}. Subclasses run it on H2
 * and on PostgreSQL.
 */
abstract class IdentityChangesOnTwoNodes {

  private static final AtomicInteger USERS = new AtomicInteger();
  private static ProcessEngine secondNode;

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired Environment environment;
  @Autowired JdbcTemplate jdbc;

  private CredentialCache secondNodeCache;

  @BeforeEach
  void startSecondNode() {
    if (secondNode == null) {
      StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
      configuration.setProcessEngineName("second-node-" + getClass().getSimpleName());
      configuration.setJdbcUrl(environment.getRequiredProperty("spring.datasource.url"));
      configuration.setJdbcUsername(environment.getProperty("spring.datasource.username", "sa"));
      configuration.setJdbcPassword(environment.getProperty("spring.datasource.password", ""));
      configuration.setJdbcDriver(configuration.getJdbcUrl().startsWith("jdbc:postgresql:")
          ? "org.postgresql.Driver" : "org.h2.Driver");
      configuration.setDatabaseSchemaUpdate("false");
      configuration.setHistory("audit");
      configuration.setJobExecutorActivate(false);
      configuration.setMetricsEnabled(false);
      configuration.setDbMetricsReporterActivate(false);
      configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
      configuration.setGroupResourceWhitelistPattern(GroupIdPlugin.GROUP_ID_PATTERN);
      configuration.setProcessEnginePlugins(List.of(new IdentityGuardPlugin()));
      // as application.yml: no engine lockout (a wrong password would otherwise lock the user for seconds)
      configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
      configuration.setLoginDelayMaxTime(0);
      secondNode = configuration.buildProcessEngine();
    }
    DataSource dataSource = ((ProcessEngineConfigurationImpl) secondNode.getProcessEngineConfiguration()).getDataSource();
    secondNodeCache = new CredentialCache(secondNode.getIdentityService(),
        new IdentityGeneration(new JdbcTemplate(dataSource))::current, Duration.ofSeconds(30), Clock.systemUTC());
  }

  @AfterAll
  static void stopSecondNode() {
    if (secondNode != null) {
      secondNode.close();
      secondNode = null;
    }
  }

  @Test
  @DisplayName("A user removed from camunda-admin has lost its rights on the next request and cannot add itself back")
  void removedAdminCannotReAddItself() {
    String user = newUser("customer-service", "camunda-admin");
    assertThat(rest.withBasicAuth(user, user).getForEntity("/engine-rest/authorization/count", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(groupsOnApi(user)).contains("camunda-admin");

    assertThat(asAdmin(HttpMethod.DELETE, "/engine-rest/group/camunda-admin/members/" + user, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<String> reAdd = rest.withBasicAuth(user, user).exchange(
        "/engine-rest/group/camunda-admin/members/" + user, HttpMethod.PUT, null, String.class);
    assertThat(reAdd.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId(user).memberOfGroup("camunda-admin").count()).isZero();
    assertThat(groupsOnApi(user)).containsExactly("customer-service");
  }

  @Test
  @DisplayName("A changed password refuses the old one on the next request, on /engine-rest and /api")
  void oldPasswordRefusedAtOnce() {
    String user = newUser("customer-service");
    assertThat(rest.withBasicAuth(user, user).getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth(user, user).getForEntity("/api/test/whoami", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<String> changed = asAdmin(HttpMethod.PUT, "/engine-rest/user/" + user + "/credentials",
        Map.of("password", user + "-new", "authenticatedUserPassword", "admin"));
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(rest.withBasicAuth(user, user).getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth(user, user).getForEntity("/api/test/whoami", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth(user, user + "-new").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("A membership and a password changed on the other node take effect on this node's next request")
  void changeOnOtherNodeSeenHere() {
    String user = newUser("customer-service");
    assertThat(groupsOnApi(user)).containsExactly("customer-service");

    IdentityService other = secondNode.getIdentityService();
    other.deleteMembership(user, "customer-service");
    other.createMembership(user, "engineers");
    assertThat(groupsOnApi(user)).containsExactly("engineers");

    User stored = other.createUserQuery().userId(user).singleResult();
    stored.setPassword(user + "-changed");
    other.saveUser(stored);
    assertThat(rest.withBasicAuth(user, user).getForEntity("/api/test/whoami", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth(user, user).getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("A membership and a password changed on this node take effect on the other node's next request")
  void changeHereSeenOnOtherNode() {
    String user = newUser("customer-service");
    assertThat(secondNodeCache.view().checkPassword(user, user)).isTrue();
    assertThat(secondNodeCache.view().groups(user)).containsExactly("customer-service");

    assertThat(asAdmin(HttpMethod.DELETE, "/engine-rest/group/customer-service/members/" + user, null)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(secondNodeCache.view().groups(user)).isEmpty();

    assertThat(asAdmin(HttpMethod.PUT, "/engine-rest/user/" + user + "/credentials",
        Map.of("password", user + "-new", "authenticatedUserPassword", "admin")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(secondNodeCache.view().checkPassword(user, user)).isFalse();
    assertThat(secondNodeCache.view().checkPassword(user, user + "-new")).isTrue();
  }

  @Test
  @DisplayName("A webapp session loses the Admin app with the next request after its user leaves camunda-admin")
  void webappSessionFollowsMembership() {
    String user = newUser("camunda-admin");
    WebappSession session = WebappSession.login(rest, user, "admin");
    assertThat(session.loginStatus()).isEqualTo(HttpStatus.OK);
    assertThat(authorizedApps(session)).contains("admin");

    assertThat(asAdmin(HttpMethod.DELETE, "/engine-rest/group/camunda-admin/members/" + user, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(authorizedApps(session)).doesNotContain("admin");
    HttpHeaders headers = session.headers(session.csrfToken());
    ResponseEntity<String> reAdd = rest.exchange("/camunda/api/engine/engine/default/group/camunda-admin/members/"
        + user, HttpMethod.PUT, new HttpEntity<>(headers), String.class);
    assertThat(reAdd.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId(user).memberOfGroup("camunda-admin").count()).isZero();
  }

  @Test
  @DisplayName("Every identity and authorization change raises the generation; a failed login does not")
  void generationRaisedByChangesOnly() {
    long before = generation();
    String user = newUser("customer-service");
    assertThat(generation()).isGreaterThan(before);

    long afterCreate = generation();
    assertThat(rest.withBasicAuth(user, "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth(user, user).getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(generation()).isEqualTo(afterCreate);

    ResponseEntity<String> grant = asAdmin(HttpMethod.POST, "/engine-rest/authorization/create", Map.of(
        "type", 1, "permissions", List.of("ACCESS"), "userId", user, "resourceType", 0, "resourceId", "cockpit"));
    assertThat(grant.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(generation()).isEqualTo(afterCreate + 1);
    asAdmin(HttpMethod.DELETE, "/engine-rest/authorization/" + grant.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"),
        null);
    assertThat(generation()).isEqualTo(afterCreate + 2);
  }

  @Test
  @DisplayName("Measures the identity generation read: one primary-key read per request")
  void generationReadIsCheap() {
    IdentityGeneration reader = new IdentityGeneration(jdbc);
    for (int i = 0; i < 200; i++) {
      reader.current();
    }
    int reads = 2_000;
    long started = System.nanoTime();
    for (int i = 0; i < reads; i++) {
      reader.current();
    }
    double micros = (System.nanoTime() - started) / 1_000.0 / reads;
    System.out.printf("identity generation read on %s: %.1f µs%n", getClass().getSimpleName(), micros);
    assertThat(micros).isLessThan(5_000);
  }

  private long generation() {
    return new IdentityGeneration(jdbc).current();
  }

  /** A user whose password is its id, in the given groups. */
  private String newUser(String... groups) {
    String id = "idc" + USERS.incrementAndGet() + "x" + (System.nanoTime() % 1_000_000);
    User user = identityService.newUser(id);
    user.setPassword(id);
    user.setFirstName("Ida");
    user.setLastName("Change");
    user.setEmail(id + "@aftersales.example");
    identityService.saveUser(user);
    for (String group : groups) {
      identityService.createMembership(id, group);
    }
    return id;
  }

  private List<String> groupsOnApi(String user) {
    ResponseEntity<JsonNode> whoAmI = rest.withBasicAuth(user, user).getForEntity("/api/test/whoami", JsonNode.class);
    assertThat(whoAmI.getStatusCode()).isEqualTo(HttpStatus.OK);
    return texts(whoAmI.getBody().path("groups"));
  }

  private List<String> authorizedApps(WebappSession session) {
    ResponseEntity<JsonNode> me = session.get("/camunda/api/admin/auth/user/default", JsonNode.class);
    assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
    return texts(me.getBody().path("authorizedApps"));
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private ResponseEntity<String> asAdmin(HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("admin", "admin").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
