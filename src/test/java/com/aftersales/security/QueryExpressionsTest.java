package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every staff user may save Tasklist filters; the engine would evaluate any expression a filter or a query
 * carries. A filter or query with an expression is refused (400) and runs nothing, over /engine-rest and over the
 * Tasklist webapp's own API; filters without expressions still work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QueryExpressionsTest {

  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

  @TempDir Path markers;

  @Autowired TestRestTemplate rest;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired JdbcTemplate jdbc;

  private final String run = "probe-" + UUID.randomUUID();

  @AfterEach
  void removeTestFilters() {
    filterService.createFilterQuery().filterNameLike(run + "%").list().forEach(f -> filterService.deleteFilter(f.getId()));
  }

  /** The outside probe's payload: an OS command that creates the marker file when evaluated. */
  private static String exec(Path marker) {
    return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + marker + "')}";
  }

  @Test
  @DisplayName("a filter with an assignee expression is refused over /engine-rest and the command never runs")
  void filterWithExpressionIsRefusedOverEngineRest() throws InterruptedException {
    Path marker = markers.resolve("rest-filter");

    ResponseEntity<JsonNode> created =
        post(basic("mary"), "/engine-rest/filter/create", filter(run + " rest", Map.of("assigneeExpression", exec(marker))));

    assertRefused(created);
    assertThat(filterService.createFilterQuery().filterNameLike(run + "%").count()).isZero();
    waitAndAssertAbsent(marker);
  }

  @Test
  @DisplayName("an existing filter listed with an expression in the extending query, and an ad-hoc task query with one, are refused")
  void expressionsInListingsAndAdhocQueriesAreRefused() throws InterruptedException {
    Path listing = markers.resolve("rest-listing");
    Path adhoc = markers.resolve("rest-adhoc");
    String id = post(basic("mary"), "/engine-rest/filter/create", filter(run + " plain", Map.of("assigned", true)))
        .getBody().path("id").asText();

    assertRefused(post(basic("mary"), "/engine-rest/filter/" + id + "/list", Map.of("assigneeExpression", exec(listing))));
    assertRefused(post(basic("mary"), "/engine-rest/filter/" + id + "/count", Map.of("assigneeExpression", exec(listing))));
    assertRefused(post(basic("mary"), "/engine-rest/task", Map.of("assigneeExpression", exec(adhoc))));
    assertRefused(post(basic("mary"), "/engine-rest/task/count", Map.of("dueBeforeExpression", exec(adhoc))));
    waitAndAssertAbsent(listing);
    waitAndAssertAbsent(adhoc);
  }

  @Test
  @DisplayName("a filter saved with an expression before expressions were switched off is refused when listed, in Tasklist too")
  void filterSavedEarlierWithAnExpressionRunsNothing() throws InterruptedException {
    Path marker = markers.resolve("stored-filter");
    String id = UUID.randomUUID().toString();
    // what a filter saved by an earlier release looks like in the database
    jdbc.update("INSERT INTO ACT_RU_FILTER (ID_, REV_, RESOURCE_TYPE_, NAME_, OWNER_, QUERY_, PROPERTIES_) VALUES (?, 1, 'Task', ?, 'mary', ?, '{}')",
        id, run + " saved earlier", "{\"assigneeExpression\": \"" + exec(marker) + "\"}");
    Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setUserId("mary");
    read.setResource(Resources.FILTER);
    read.setResourceId(id);
    read.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(read);
    try {
      assertRefused(post(basic("mary"), "/engine-rest/filter/" + id + "/list", Map.of()));
      assertRefused(post(basic("mary"), "/engine-rest/filter/" + id + "/count", Map.of()));
      WebappSession tasklist = WebappSession.login(rest, "mary", "tasklist");
      assertRefused(post(tasklist.headers(tasklist.csrfToken()), WEBAPP_ENGINE + "/filter/" + id + "/list", Map.of()));
      waitAndAssertAbsent(marker);
    } finally {
      authorizationService.deleteAuthorization(read.getId());
    }
  }

  @Test
  @DisplayName("in Tasklist (webapp session): a filter with an expression is refused, one without is saved and lists")
  void tasklistRefusesExpressionFiltersAndKeepsPlainOnes() throws InterruptedException {
    Path marker = markers.resolve("tasklist-filter");
    WebappSession tasklist = WebappSession.login(rest, "mary", "tasklist");
    assertThat(tasklist.loginStatus()).isEqualTo(HttpStatus.OK);
    HttpHeaders headers = tasklist.headers(tasklist.csrfToken());

    assertRefused(post(headers, WEBAPP_ENGINE + "/filter/create", filter(run + " tasklist", Map.of("assigneeExpression", exec(marker)))));
    assertThat(filterService.createFilterQuery().filterNameLike(run + "%").count()).isZero();

    ResponseEntity<JsonNode> plain =
        post(headers, WEBAPP_ENGINE + "/filter/create", filter(run + " mine", Map.of("candidateGroup", "customer-service")));
    assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = plain.getBody().path("id").asText();
    assertThat(post(headers, WEBAPP_ENGINE + "/filter/" + id + "/list", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertRefused(post(headers, WEBAPP_ENGINE + "/filter/" + id + "/list", Map.of("assigneeExpression", exec(marker))));
    waitAndAssertAbsent(marker);
  }

  private static Map<String, Object> filter(String name, Map<String, Object> query) {
    return Map.of("resourceType", "Task", "name", name, "owner", "mary", "query", query, "properties", Map.of("priority", 50));
  }

  private static HttpHeaders basic(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    return headers;
  }

  private ResponseEntity<JsonNode> post(HttpHeaders auth, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.addAll(auth);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private static void assertRefused(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText()).contains("Expressions are forbidden");
  }

  /** Runtime.exec starts the command and returns: give a command that did start time to leave its mark. */
  private static void waitAndAssertAbsent(Path marker) throws InterruptedException {
    Thread.sleep(300);
    assertThat(marker).doesNotExist();
  }
}
