package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.PostgresAvailable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * On PostgreSQL the task lists and counts answer the same with {@link TaskListGrants}' statements as with
 * Camunda's own, for users whose grants come from their own tasks, their groups' tasks, a process definition
 * (READ_TASK) and '*'.
 */
@PostgresAvailable
@SpringBootTest
@ActiveProfiles({"test", "pgtest"})
class TaskListGrantsPostgresTest {

  private static final String KEY = "task-list-grants-probe";
  private static final List<String> GROUPS = List.of("tlg-a", "tlg-b", "tlg-c", "tlg-d");
  private static final List<String> USERS = List.of("tlg-u1", "tlg-u2", "tlg-u3", "tlg-u4", "tlg-u5");

  @Autowired ProcessEngine engine;
  @Autowired TaskListGrants grants;

  private String deployment;
  private final List<String> standaloneTasks = new ArrayList<>();
  private final List<String> explicitGrants = new ArrayList<>();

  @BeforeEach
  void tasksWithManyKindsOfGrants() {
    deployment = engine.getRepositoryService().createDeployment().name(KEY)
        .addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Probe").camundaCandidateGroups("tlg-a").endEvent().done())
        .deploy().getId();
    Random random = new Random(7);
    TaskService tasks = engine.getTaskService();
    for (int i = 0; i < 40; i++) {
      String pid = engine.getRuntimeService().startProcessInstanceByKey(KEY).getId();
      Task task = tasks.createTaskQuery().processInstanceId(pid).singleResult();
      vary(tasks, task.getId(), random);
    }
    for (int i = 0; i < 20; i++) {
      Task task = tasks.newTask();
      task.setName("probe " + i);
      tasks.saveTask(task);
      standaloneTasks.add(task.getId());
      vary(tasks, task.getId(), random);
    }
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization byDefinition = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    byDefinition.setGroupId("tlg-b");
    byDefinition.setResource(Resources.PROCESS_DEFINITION);
    byDefinition.setResourceId(KEY);
    byDefinition.addPermission(ProcessDefinitionPermissions.READ_TASK);
    explicitGrants.add(authorizations.saveAuthorization(byDefinition).getId());
    Authorization everyTask = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    everyTask.setGroupId("tlg-c");
    everyTask.setResource(Resources.TASK);
    everyTask.setResourceId("*");
    everyTask.addPermission(Permissions.READ);
    explicitGrants.add(authorizations.saveAuthorization(everyTask).getId());
  }

  private static void vary(TaskService tasks, String taskId, Random random) {
    if (random.nextInt(3) == 0) {
      tasks.addCandidateGroup(taskId, GROUPS.get(random.nextInt(GROUPS.size())));
    }
    if (random.nextInt(3) == 0) {
      tasks.setAssignee(taskId, USERS.get(random.nextInt(USERS.size())));
    }
    if (random.nextInt(4) == 0) {
      tasks.addCandidateUser(taskId, USERS.get(random.nextInt(USERS.size())));
    }
  }

  @AfterEach
  void removeThem() {
    engine.getIdentityService().clearAuthentication();
    grants.setActive(true);
    standaloneTasks.forEach(id -> engine.getTaskService().deleteTask(id, true));
    engine.getRepositoryService().deleteDeployment(deployment, true, true);
    explicitGrants.forEach(engine.getAuthorizationService()::deleteAuthorization);
    for (String group : GROUPS) {
      engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group).list()
          .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
    }
    for (String user : USERS) {
      engine.getAuthorizationService().createAuthorizationQuery().userIdIn(user).list()
          .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
    }
  }

  @Test
  @DisplayName("every list and count of every probe user is the same with the rewritten statements as with Camunda's")
  void listsAndCountsAnswerAsCamundasStatementsDo() {
    List<Function<TaskService, TaskQuery>> queries = List.of(
        t -> t.createTaskQuery(),
        t -> t.createTaskQuery().processDefinitionKey(KEY),
        t -> t.createTaskQuery().taskCandidateGroup("tlg-a").includeAssignedTasks(),
        t -> t.createTaskQuery().taskAssigned(),
        t -> t.createTaskQuery().taskUnassigned().taskNameLike("probe%"),
        t -> t.createTaskQuery().or().taskCandidateGroup("tlg-b").taskAssignee("tlg-u2").endOr(),
        t -> t.createTaskQuery().taskCandidateUser("tlg-u1"),
        t -> t.createTaskQuery().taskAssignee("tlg-u1"));
    long before = grants.rewrittenStatements();
    long walkedBefore = grants.walkedPages();
    int compared = 0;
    for (int u = 0; u < USERS.size(); u++) {
      List<String> groups = switch (u) {
        case 0 -> List.of("tlg-a");
        case 1 -> List.of("tlg-b");
        case 2 -> List.of("tlg-c");
        case 3 -> List.of("tlg-a", "tlg-d");
        default -> List.of();
      };
      for (Function<TaskService, TaskQuery> query : queries) {
        Answer camunda = answer(USERS.get(u), groups, query, false);
        Answer rewritten = answer(USERS.get(u), groups, query, true);
        assertThat(rewritten).as("%s %s, query %d", USERS.get(u), groups, queries.indexOf(query)).isEqualTo(camunda);
        compared++;
      }
    }
    assertThat(compared).isEqualTo(40);
    // each comparison ran a count, a list and a page through the rewrite; a page either walked or rewritten
    assertThat(grants.rewrittenStatements() - before + grants.walkedPages() - walkedBefore).isEqualTo(3L * compared);
    assertThat(grants.walkedPages() - walkedBefore).as("pages found among the first 250 tasks").isPositive();
    // the answers were not empty everywhere: the probe users see tasks by each kind of grant
    assertThat(answer("tlg-u2", List.of("tlg-b"), t -> t.createTaskQuery().processDefinitionKey(KEY), true).count())
        .as("tlg-b reads every task of the probe definition by READ_TASK").isEqualTo(40);
    assertThat(answer("tlg-u5", List.of(), t -> t.createTaskQuery(), true).count()).isPositive();
  }

  @Test
  @DisplayName("a page looked for among the first 16 tasks, then as many as the share seen suggests up to 40, then all, "
      + "is Camunda's page, at every offset and order")
  void pagesFromTheFirstTasksAreCamundasPages() {
    List<Function<TaskService, TaskQuery>> orders = List.of(
        t -> t.createTaskQuery().orderByDueDate().asc().orderByTaskCreateTime().desc(),
        t -> t.createTaskQuery().orderByTaskCreateTime().desc().orderByTaskId().asc(),
        t -> t.createTaskQuery().orderByTaskCreateTime().asc(),
        t -> t.createTaskQuery().taskCandidateGroup("tlg-a").includeAssignedTasks().orderByDueDate().asc()
            .orderByTaskCreateTime().desc(),
        t -> t.createTaskQuery().orderByTaskPriority().desc());
    long rewrittenBefore = grants.rewrittenStatements();
    long walkedBefore = grants.walkedPages();
    grants.setWalkCaps(16, 40);
    try {
      for (int u = 0; u < USERS.size(); u++) {
        List<String> groups = u == 2 ? List.of("tlg-c") : u == 4 ? List.of() : List.of(GROUPS.get(u % 2));
        for (Function<TaskService, TaskQuery> order : orders) {
          for (int first : new int[] {0, 5, 15, 30}) {
            List<String> camunda = page(USERS.get(u), groups, order, first, false);
            List<String> walked = page(USERS.get(u), groups, order, first, true);
            assertThat(walked).as("%s %s, order %d, first %d", USERS.get(u), groups, orders.indexOf(order), first)
                .isEqualTo(camunda);
          }
        }
      }
    } finally {
      grants.setWalkCaps(250, 2500);
    }
    assertThat(grants.walkedPages() - walkedBefore).as("pages found among the first tasks").isPositive();
    assertThat(grants.rewrittenStatements() - rewrittenBefore).as("pages asked of all tasks after all").isPositive();
  }

  private List<String> page(String user, List<String> groups, Function<TaskService, TaskQuery> order, int first,
      boolean rewrite) {
    grants.setActive(rewrite);
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return order.apply(engine.getTaskService()).listPage(first, 15).stream().map(Task::getId).toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
      grants.setActive(true);
    }
  }

  @Test
  @DisplayName("every saved Tasklist list answers a member of customer service the same with the rewritten statements")
  void theSavedTasklistListsAnswerAsCamundasStatementsDo() {
    engine.getIdentityService().setAuthentication("tlg-u1", List.of("customer-service", "tlg-a"));
    var filters = engine.getFilterService().createTaskFilterQuery().list(); // the lists this person may open
    engine.getIdentityService().clearAuthentication();
    assertThat(filters).hasSizeGreaterThan(5);
    long before = grants.rewrittenStatements();
    for (var filter : filters) {
      Answer camunda = filterAnswer(filter.getId(), false);
      Answer rewritten = filterAnswer(filter.getId(), true);
      assertThat(rewritten).as(filter.getName()).isEqualTo(camunda);
    }
    // the count and the whole list (filterService.list has no page's bounds, so it is not walked)
    assertThat(grants.rewrittenStatements() - before).isEqualTo(2L * filters.size());
  }

  private Answer filterAnswer(String filterId, boolean rewrite) {
    grants.setActive(rewrite);
    engine.getIdentityService().setAuthentication("tlg-u1", List.of("customer-service", "tlg-a"));
    try {
      long count = engine.getFilterService().count(filterId);
      List<String> all = engine.getFilterService().<Task>list(filterId).stream().map(Task::getId).sorted().toList();
      return new Answer(count, all, List.of());
    } finally {
      engine.getIdentityService().clearAuthentication();
      grants.setActive(true);
    }
  }

  record Answer(long count, List<String> all, List<String> firstPage) {}

  private Answer answer(String user, List<String> groups, Function<TaskService, TaskQuery> query, boolean rewrite) {
    IdentityService identity = engine.getIdentityService();
    grants.setActive(rewrite);
    identity.setAuthentication(user, groups);
    try {
      TaskService tasks = engine.getTaskService();
      long count = query.apply(tasks).count();
      List<String> all = query.apply(tasks).list().stream().map(Task::getId).sorted().toList();
      List<String> page = query.apply(tasks).orderByTaskCreateTime().desc().orderByTaskId().asc().listPage(0, 15)
          .stream().map(Task::getId).toList();
      return new Answer(count, all, page);
    } finally {
      identity.clearAuthentication();
      grants.setActive(true);
    }
  }
}
