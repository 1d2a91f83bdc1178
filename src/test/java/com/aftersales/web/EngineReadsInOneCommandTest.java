package com.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.tasklist.StaffFilters;
import com.aftersales.testsupport.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 * Tasklist's reads on the webapps' engine API run in one engine command each: the list request reads its filter
 * from the database once instead of once per engine call, answers what the engine's services answer for the same
 * person, and refuses and fails as Camunda does; a request that changes something, and a task's form reads (tried
 * again after a job moved the task), keep one command per call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineReadsInOneCommandTest {

  private static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final String LIST_BODY = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
  private static final AtomicInteger FILTER_READS = new AtomicInteger();

  @Autowired WebappEngineApiProviders providers;
  @Autowired ProcessEngine engine;
  @Autowired FilterService filters;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;

  private final List<String> taskIds = new ArrayList<>();
  private final List<String> filterIds = new ArrayList<>();
  private String allTasks;

  @BeforeEach
  void countFilterReads() {
    var mybatis = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSqlSessionFactory()
        .getConfiguration();
    if (mybatis.getInterceptors().stream().noneMatch(CountFilterReads.class::isInstance)) {
      mybatis.addInterceptor(new CountFilterReads());
    }
    allTasks = filters.createFilterQuery().filterName(StaffFilters.ALL_TASKS).singleResult().getId();
    for (int i = 0; i < 3; i++) {
      Task task = tasks.newTask();
      task.setName("erioc probe " + i);
      tasks.saveTask(task);
      tasks.addCandidateGroup(task.getId(), "customer-service");
      taskIds.add(task.getId());
    }
  }

  @AfterEach
  void removeThem() {
    identity.clearAuthentication();
    taskIds.forEach(id -> tasks.deleteTask(id, true));
    filterIds.forEach(filters::deleteFilter);
  }

  @Test
  @DisplayName("Tasklist's list request reads its filter once and answers what the engine gives the same person")
  void theListRequestIsOneCommandWithTheEnginesAnswer() {
    WebappSession mary = WebappSession.login(rest, "mary", "tasklist");
    long wrappedBefore = providers.readsInOneCommand().wrappedRequests();
    FILTER_READS.set(0);

    ResponseEntity<JsonNode> list = halList(mary, allTasks);

    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(FILTER_READS.get()).as("the filter read from the database once, not once per engine call")
        .isEqualTo(1);
    assertThat(providers.readsInOneCommand().wrappedRequests()).isEqualTo(wrappedBefore + 1);
    List<String> shown = new ArrayList<>();
    list.getBody().path("_embedded").path("task").forEach(t -> shown.add(t.path("id").asText()));
    identity.setAuthentication("mary", List.of("customer-service"));
    try {
      List<Task> page = filters.listPage(allTasks, tasks.createTaskQuery().active().orderByTaskCreateTime().desc(),
          0, 15);
      List<String> engineIds = page.stream().map(Task::getId).toList();
      assertThat(shown).isEqualTo(engineIds).contains(taskIds.get(2));
      assertThat(list.getBody().path("count").asLong())
          .isEqualTo(filters.count(allTasks, tasks.createTaskQuery().active()));
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  @DisplayName("a list the person may not read is refused with 403, an unknown filter is 404 to who may read all; "
      + "the next list works")
  void refusalsAndFailuresAnswerAsCamundaDoes() {
    Filter foreign = filters.newTaskFilter("erioc foreign").setOwner("admin").setQuery(tasks.createTaskQuery());
    filterIds.add(filters.saveFilter(foreign).getId());
    WebappSession mary = WebappSession.login(rest, "mary", "tasklist");

    WebappSession admin = WebappSession.login(rest, "admin", "tasklist");

    assertThat(halList(mary, foreign.getId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(halList(mary, "no-such-filter").getStatusCode()).as("Camunda checks the grant before the filter")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(halList(admin, "no-such-filter").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<JsonNode> after = halList(mary, allTasks);

    assertThat(after.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(after.getBody().path("count").asLong()).isGreaterThanOrEqualTo(3);
  }

  @Test
  @DisplayName("a claim and a task's form reads keep one command per call; reading the task is one read")
  void changesAndFormReadsAreNotWrappedOtherReadsAre() {
    WebappSession mary = WebappSession.login(rest, "mary", "tasklist");
    String task = taskIds.get(0);
    long wrappedBefore = providers.readsInOneCommand().wrappedRequests();

    ResponseEntity<String> claim = rest.exchange(ENGINE + "/task/" + task + "/claim", HttpMethod.POST,
        new HttpEntity<>("{\"userId\":\"mary\"}", json(mary)), String.class);
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("mary");
    tasks.setVariableLocal(task, "erioc", "value");
    ResponseEntity<JsonNode> variables = rest.exchange(ENGINE + "/task/" + task + "/form-variables",
        HttpMethod.GET, new HttpEntity<>(json(mary)), JsonNode.class);
    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(variables.getBody().path("erioc").path("value").asText()).isEqualTo("value");
    assertThat(providers.readsInOneCommand().wrappedRequests()).as("neither the claim nor the form's variables")
        .isEqualTo(wrappedBefore);

    ResponseEntity<JsonNode> withParameter = rest.exchange(ENGINE + "/task/" + task + "/form-variables;x",
        HttpMethod.GET, new HttpEntity<>(json(mary)), JsonNode.class);
    assertThat(providers.readsInOneCommand().wrappedRequests()).as("a path parameter changes nothing: "
        + withParameter.getStatusCode()).isEqualTo(wrappedBefore);

    ResponseEntity<JsonNode> read = rest.exchange(ENGINE + "/task/" + task, HttpMethod.GET,
        new HttpEntity<>(json(mary)), JsonNode.class);

    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody().path("assignee").asText()).isEqualTo("mary");
    assertThat(providers.readsInOneCommand().wrappedRequests()).isEqualTo(wrappedBefore + 1);
  }

  @Test
  @DisplayName("reads are GETs but a task's form reads, and the filter's list and count; nothing else")
  void whichRequestsAreReads() {
    assertThat(EngineReadsInOneCommand.isRead("GET", ENGINE + "/task/1")).isTrue();
    assertThat(EngineReadsInOneCommand.isRead("GET", ENGINE + "/task/1/comment")).isTrue();
    for (String form : List.of("form", "deployed-form", "form-variables", "rendered-form")) {
      assertThat(EngineReadsInOneCommand.isRead("GET", ENGINE + "/task/1/" + form)).as(form).isFalse();
    }
    assertThat(EngineReadsInOneCommand.isRead("POST", ENGINE + "/filter/f1/list")).isTrue();
    assertThat(EngineReadsInOneCommand.isRead("POST", ENGINE + "/filter/f1/count")).isTrue();
    assertThat(EngineReadsInOneCommand.isRead("POST", ENGINE + "/task/1/submit-form")).isFalse();
    assertThat(EngineReadsInOneCommand.isRead("POST", ENGINE + "/filter/f1/list/x")).isFalse();
    assertThat(EngineReadsInOneCommand.isRead("PUT", ENGINE + "/filter/f1")).isFalse();
    assertThat(EngineReadsInOneCommand.isRead("DELETE", ENGINE + "/filter/f1")).isFalse();
  }

  private ResponseEntity<JsonNode> halList(WebappSession session, String filterId) {
    HttpHeaders headers = json(session);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    return rest.exchange(ENGINE + "/filter/" + filterId + "/list?firstResult=0&maxResults=15", HttpMethod.POST,
        new HttpEntity<>(LIST_BODY, headers), JsonNode.class);
  }

  private static HttpHeaders json(WebappSession session) {
    HttpHeaders headers = session.headers(session.csrfToken());
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  /** Counts the engine's reads of a filter row (its statement {@code selectFilter}). */
  @Intercepts(@Signature(type = Executor.class, method = "query",
      args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
  static final class CountFilterReads implements Interceptor {
    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      if (((MappedStatement) invocation.getArgs()[0]).getId().endsWith(".selectFilter")) {
        FILTER_READS.incrementAndGet();
      }
      return invocation.proceed();
    }

    @Override
    public void setProperties(Properties properties) {}
  }
}
