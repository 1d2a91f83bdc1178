package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

/**
 * A saved filter's count of many tasks is the last one taken, counted again in the background after ten seconds
 * (engine clock); a small count, another person's count and a task query's own count are always exact. The
 * threshold is lowered to 3 tasks here, so a handful of tasks stands for Tasklist's tens of thousands.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FilterCountCacheTest {

  private static final int LARGE = 3;

  @Autowired FilterCountCache cache;
  @Autowired FilterService filters;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired TestRestTemplate rest;

  private final List<String> taskIds = new ArrayList<>();
  private final List<String> grantIds = new ArrayList<>();
  private String filterId;

  @BeforeEach
  void aFilterOverProbeTasks() {
    cache.reset(LARGE);
    ClockUtil.reset();
    Filter filter = filters.newTaskFilter("fcc probe").setOwner("fcc-u1")
        .setQuery(tasks.createTaskQuery().taskNameLike("fcc-probe%"));
    filterId = filters.saveFilter(filter).getId();
    grantFilter("fcc-u2");
    grantFilter("mary");
  }

  @AfterEach
  void removeThem() {
    identity.clearAuthentication();
    taskIds.forEach(id -> tasks.deleteTask(id, true));
    grantIds.forEach(authorizations::deleteAuthorization);
    filters.deleteFilter(filterId);
    cache.reset(1000);
    ClockUtil.reset();
  }

  @Test
  @DisplayName("a large count is the last one taken until it is counted again in the background, ten seconds on")
  void aLargeCountIsTheLastOneUntilCountedAgain() {
    probeTasks("fcc-a", 4);
    long servedBefore = cache.servedFromCache();

    assertThat(countAs("fcc-u1", "fcc-a")).isEqualTo(4);
    tasks.deleteTask(taskIds.remove(0), true);
    assertThat(countAs("fcc-u1", "fcc-a")).as("the count of a moment ago").isEqualTo(4);
    assertThat(cache.servedFromCache()).isEqualTo(servedBefore + 1);

    long recountedBefore = cache.recountedInBackground();
    moveClock(Duration.ofSeconds(11));
    // this read starts the count in the background and answers the old count, or the new one when that count
    // was done before the answer (Caffeine hands over a refresh that completed at once)
    assertThat(countAs("fcc-u1", "fcc-a")).isIn(3L, 4L);
    awaitCount("fcc-u1", "fcc-a", 3);
    assertThat(cache.recountedInBackground()).isGreaterThan(recountedBefore);
  }

  @Test
  @DisplayName("a count older than a minute is not used: it is counted before the answer")
  void aCountOlderThanAMinuteIsCountedBeforeTheAnswer() {
    probeTasks("fcc-a", 4);
    assertThat(countAs("fcc-u1", "fcc-a")).isEqualTo(4);
    tasks.deleteTask(taskIds.remove(0), true);

    moveClock(Duration.ofSeconds(61));

    assertThat(countAs("fcc-u1", "fcc-a")).isEqualTo(3);
  }

  @Test
  @DisplayName("a count below the threshold is exact with every request")
  void aSmallCountIsExactWithEveryRequest() {
    probeTasks("fcc-a", 2);
    assertThat(countAs("fcc-u1", "fcc-a")).isEqualTo(2);
    tasks.deleteTask(taskIds.remove(0), true);
    assertThat(countAs("fcc-u1", "fcc-a")).isEqualTo(1);
    tasks.deleteTask(taskIds.remove(0), true);
    assertThat(countAs("fcc-u1", "fcc-a")).isEqualTo(0);
  }

  @Test
  @DisplayName("two people with different groups never get each other's count")
  void twoPeopleNeverShareACount() {
    probeTasks("fcc-a", 4);
    probeTasks("fcc-b", 5);

    assertThat(countAs("fcc-u1", "fcc-a")).isEqualTo(4);
    assertThat(countAs("fcc-u2", "fcc-b")).isEqualTo(5);
    assertThat(countAs("fcc-u1", "fcc-a")).isEqualTo(4);
    assertThat(countAs("fcc-u2", "fcc-b")).isEqualTo(5);
  }

  @Test
  @DisplayName("a task query's own count is exact even right after a filter's count was kept")
  void aTaskQuerysOwnCountIsAlwaysExact() {
    probeTasks("fcc-a", 4);
    assertThat(countAs("fcc-u1", "fcc-a")).isEqualTo(4);
    tasks.deleteTask(taskIds.remove(0), true);

    identity.setAuthentication("fcc-u1", List.of("fcc-a"));
    try {
      assertThat(tasks.createTaskQuery().taskNameLike("fcc-probe%").count()).isEqualTo(3);
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  @DisplayName("Tasklist's list request (HAL, with count) takes a large count from the cache, its page afresh")
  void tasklistsListRequestTakesTheCountFromTheCache() {
    probeTasks("customer-service", 4);
    WebappSession mary = WebappSession.login(rest, "mary", "tasklist");
    assertThat(mary.loginStatus()).isEqualTo(HttpStatus.OK);

    JsonNode first = halList(mary);
    assertThat(first.get("count").asLong()).isEqualTo(4);
    tasks.deleteTask(taskIds.remove(0), true);
    long servedBefore = cache.servedFromCache();

    JsonNode second = halList(mary);

    assertThat(second.get("count").asLong()).isEqualTo(4);
    assertThat(cache.servedFromCache()).isEqualTo(servedBefore + 1);
    assertThat(second.get("_embedded").get("task")).as("the page is read afresh").hasSize(3);
  }

  private JsonNode halList(WebappSession session) {
    HttpHeaders headers = session.headers(session.csrfToken());
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    ResponseEntity<JsonNode> list = rest.exchange(
        "/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=15",
        HttpMethod.POST, new HttpEntity<>("{}", headers), JsonNode.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    return list.getBody();
  }

  private void probeTasks(String group, int n) {
    for (int i = 0; i < n; i++) {
      Task task = tasks.newTask();
      task.setName("fcc-probe " + group + " " + i);
      tasks.saveTask(task);
      tasks.addCandidateGroup(task.getId(), group); // Camunda grants the group the task
      taskIds.add(task.getId());
    }
  }

  private void grantFilter(String user) {
    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setUserId(user);
    read.setResource(Resources.FILTER);
    read.setResourceId(filterId);
    read.addPermission(Permissions.READ);
    grantIds.add(authorizations.saveAuthorization(read).getId());
  }

  private long countAs(String user, String group) {
    identity.setAuthentication(user, List.of(group));
    try {
      return filters.count(filterId);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void awaitCount(String user, String group, long expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    long seen = countAs(user, group);
    while (seen != expected && System.nanoTime() < deadline) {
      sleep();
      seen = countAs(user, group);
    }
    assertThat(seen).as("counted again in the background").isEqualTo(expected);
  }

  private static void moveClock(Duration by) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
