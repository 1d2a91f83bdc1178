package com.aftersales.tasklist;

import com.aftersales.security.StaffAuthorizations;
import com.aftersales.security.StaffGroups;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

/** Tasklist filters as staff see them over the engine REST API, which is what Tasklist calls. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaffFiltersTest {

  @Autowired TestRestTemplate rest;
  @Autowired StaffFilters staffFilters;
  @Autowired StaffAuthorizations authorizations;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private final String run = "filters-" + UUID.randomUUID();
  private final List<String> started = new ArrayList<>();

  @BeforeEach
  void deployFilterCheckProcess() {
    repositoryService.createDeployment().name("filter-check").enableDuplicateFiltering(true)
        .addClasspathResource("security/filter-check.bpmn").deploy();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    started.forEach(id -> runtimeService.deleteProcessInstance(id, "test finished"));
  }

  @Test
  void everyStaffGroupHasItsOwnSixListsReadableByThatGroupOnly() {
    for (String group : StaffGroups.staffGroupIds()) {
      List<String> names = StaffFilters.filterNames(group);
      assertThat(names).hasSize(6);
      for (String name : names) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        assertThat(filter).as(name).isNotNull();
        assertThat(authorizationService.isUserAuthorized("nobody", List.of(group), Permissions.READ, Resources.FILTER, filter.getId()))
            .as(group + " reads " + name).isTrue();
        String other = group.equals(StaffGroups.ENGINEERS) ? StaffGroups.FINANCE : StaffGroups.ENGINEERS;
        assertThat(authorizationService.isUserAuthorized("nobody", List.of(other), Permissions.READ, Resources.FILTER, filter.getId()))
            .as(other + " reads " + name).isFalse();
        assertThat(filter.getProperties().get("variables")).isEqualTo(StaffFilters.CASE_COLUMNS);
      }
    }

    assertThat(visibleFilterNames("mary"))
        .contains(StaffFilters.ALL_TASKS)
        .containsAll(StaffFilters.filterNames(StaffGroups.CUSTOMER_SERVICE))
        .doesNotContainAnyElementsOf(StaffFilters.filterNames(StaffGroups.ENGINEERS));
    assertThat(visibleFilterNames("eric"))
        .containsAll(StaffFilters.filterNames(StaffGroups.ENGINEERS))
        .doesNotContainAnyElementsOf(StaffFilters.filterNames(StaffGroups.CUSTOMER_SERVICE));
  }

  @Test
  void aSecondStartChangesNoFilter() {
    Map<String, Integer> revisions = new HashMap<>();
    filterService.createFilterQuery().list().forEach(f -> revisions.put(f.getId(), ((FilterEntity) f).getRevision()));

    staffFilters.ensureAll();

    Map<String, Integer> after = new HashMap<>();
    filterService.createFilterQuery().list().forEach(f -> after.put(f.getId(), ((FilterEntity) f).getRevision()));
    assertThat(after).isEqualTo(revisions);
  }

  @Test
  @DisplayName("a list still under its English name of an earlier release is renamed in Chinese and keeps its id")
  void aListUnderItsFormerEnglishNameIsRenamedInPlace() {
    String name = StaffFilters.filterName(StaffGroups.STAFF.get(StaffGroups.WAREHOUSE), StaffFilters.OVERDUE);
    Filter current = filterService.createFilterQuery().filterName(name).singleResult();
    current.setName("Warehouse — Overdue");
    filterService.saveFilter(current);

    staffFilters.ensureAll();

    assertThat(filterService.createFilterQuery().filterName("Warehouse — Overdue").count()).isZero();
    Filter renamed = filterService.createFilterQuery().filterName(name).singleResult();
    assertThat(renamed.getId()).isEqualTo(current.getId());
    assertThat(name).isEqualTo("仓储部 — 已逾期");
    assertThat(authorizationService.isUserAuthorized("nobody", List.of(StaffGroups.WAREHOUSE), Permissions.READ,
        Resources.FILTER, renamed.getId())).isTrue();
  }

  @Test
  void listsSelectByAssigneeDueDateAndEscalationSortedByDueDate() {
    ZoneId zone = ZoneId.systemDefault();
    LocalDate today = LocalDate.now(zone);
    ClockUtil.setCurrentTime(Date.from(today.atTime(LocalTime.NOON).atZone(zone).toInstant()));
    Date todayAfternoon = Date.from(today.atTime(15, 0).atZone(zone).toInstant());
    Date yesterday = Date.from(today.minusDays(1).atTime(15, 0).atZone(zone).toInstant());
    Date tomorrow = Date.from(today.plusDays(1).atTime(15, 0).atZone(zone).toInstant());
    Date nextWeek = Date.from(today.plusDays(7).atTime(15, 0).atZone(zone).toInstant());

    start("A", todayAfternoon, Map.of("escalations", 1));
    start("B", yesterday, Map.of("escalationLevel", 2));
    start("C", tomorrow, Map.of("escalations", 0, "escalationLevel", 0));
    String mine = start("D", nextWeek, Map.of());
    taskService.setAssignee(taskService.createTaskQuery().processInstanceId(mine).singleResult().getId(), "mary");

    assertThat(caseNumbersIn("mary", StaffFilters.MY_TASKS)).containsExactly(run + "-D");
    assertThat(caseNumbersIn("mary", StaffFilters.GROUP_TASKS))
        .containsExactly(run + "-B", run + "-A", run + "-C", run + "-D");
    assertThat(caseNumbersIn("mary", StaffFilters.DUE_TODAY)).containsExactly(run + "-A");
    assertThat(caseNumbersIn("mary", StaffFilters.OVERDUE)).containsExactly(run + "-B");
    assertThat(caseNumbersIn("mary", StaffFilters.ESCALATED)).containsExactly(run + "-B", run + "-A");
    // Engineers neither see the customer-service lists nor these tasks through their own.
    assertThat(list("eric", filterId(StaffGroups.ENGINEERS, StaffFilters.GROUP_TASKS)).path("count").asInt()).isZero();
  }

  @Test
  @DisplayName("003 八: the 'Emergencies' list of a group shows the group's tasks of emergency cases only")
  void emergencyListShowsTasksOfEmergencyCasesOnly() {
    Date due = new Date(System.currentTimeMillis() + 3_600_000);
    start("F", due, Map.of("caseType", "emergency"));
    start("G", due, Map.of("caseType", "repair"));

    assertThat(caseNumbersIn("mary", StaffFilters.EMERGENCIES)).containsExactly(run + "-F");
    assertThat(list("eric", filterId(StaffGroups.ENGINEERS, StaffFilters.EMERGENCIES)).path("count").asInt()).isZero();
  }

  @Test
  @DisplayName("in Tasklist (webapp session) 'My tasks' lists the logged-in user's tasks, without any query expression")
  void tasklistShowsMyTasksOfTheLoggedInUser() {
    String mine = start("M", new Date(System.currentTimeMillis() + 3_600_000), Map.of());
    start("N", new Date(System.currentTimeMillis() + 3_600_000), Map.of());
    taskService.setAssignee(taskService.createTaskQuery().processInstanceId(mine).singleResult().getId(), "mary");
    String myTasks = filterId(StaffGroups.CUSTOMER_SERVICE, StaffFilters.MY_TASKS);
    assertThat(((FilterEntity) filterService.getFilter(myTasks)).getQueryInternal()).doesNotContain("${");

    WebappSession mary = WebappSession.login(rest, "mary", "tasklist");
    HttpHeaders headers = mary.headers(mary.csrfToken());
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> narrowing = Map.of("processDefinitionKey", "filterCheck", "processInstanceBusinessKeyLike", run + "%");
    JsonNode page = rest.exchange("/camunda/api/engine/engine/default/filter/" + myTasks + "/list", HttpMethod.POST,
        new HttpEntity<>(narrowing, headers), JsonNode.class).getBody();
    JsonNode count = rest.exchange("/camunda/api/engine/engine/default/filter/" + myTasks + "/count", HttpMethod.POST,
        new HttpEntity<>(narrowing, headers), JsonNode.class).getBody();

    assertThat(page).hasSize(1);
    assertThat(page.get(0).path("processInstanceId").asText()).isEqualTo(mine);
    assertThat(count.path("count").asInt()).isEqualTo(1);
    // another user's "My tasks" (eric, engineers) does not list mary's task
    assertThat(list("eric", filterId(StaffGroups.ENGINEERS, StaffFilters.MY_TASKS)).path("count").asInt()).isZero();
  }

  @Test
  void groupsWorkingAFlowReadItsCaseVariables() {
    Map<String, java.util.Set<String>> readers = staffFilters.caseReaders();
    assertThat(readers.get("repair"))
        .contains(StaffGroups.CUSTOMER_SERVICE, StaffGroups.ENGINEERS, StaffGroups.SERVICE_MANAGERS, StaffGroups.FINANCE)
        .doesNotContain(StaffGroups.SALES, StaffGroups.MARKETING_MANAGERS);
    assertThat(readers.get("complaint"))
        .contains(StaffGroups.CUSTOMER_SERVICE, StaffGroups.SERVICE_MANAGERS, StaffGroups.GENERAL_MANAGER)
        .doesNotContain(StaffGroups.ENGINEERS);
    assertThat(readers.get("consultation"))
        .containsExactlyInAnyOrder(StaffGroups.CUSTOMER_SERVICE, StaffGroups.SALES_OFFICE, StaffGroups.GENERAL_MANAGER);
    assertThat(readers.get("installation"))
        .containsExactlyInAnyOrder(StaffGroups.CUSTOMER_SERVICE, StaffGroups.SERVICE_MANAGERS, StaffGroups.ENGINEERS,
            StaffGroups.WAREHOUSE); // the warehouse arranges installers' damage (004 跟单4.5)
    assertThat(readers.get("maintenance"))
        .containsExactlyInAnyOrder(StaffGroups.CUSTOMER_SERVICE, StaffGroups.ENGINEERS);
    assertThat(readers.get("emergency"))
        .containsExactlyInAnyOrder(StaffGroups.SERVICE_MANAGERS, StaffGroups.WAREHOUSE, StaffGroups.ENGINEERS);
    assertThat(authorizationService.isUserAuthorized(
            "nobody", List.of(StaffGroups.WAREHOUSE), Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "emergency"))
        .isTrue();
    assertThat(authorizationService.isUserAuthorized(
            "nobody", List.of(StaffGroups.ENGINEERS), Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "repair"))
        .isTrue();
    assertThat(authorizationService.isUserAuthorized(
            "nobody", List.of(StaffGroups.ENGINEERS), Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "complaint"))
        .isFalse();
  }

  @Test
  void listsShowCaseNumberCustomerProductAndCommitment() {
    // The test process is not one of the application's flows: grant what StaffFilters grants a flow's groups.
    authorizations.grant(StaffGroups.CUSTOMER_SERVICE, Resources.PROCESS_DEFINITION, "filterCheck", Permissions.READ_INSTANCE);
    start("E", new Date(System.currentTimeMillis() + 3_600_000), Map.of());

    JsonNode page = list("mary", filterId(StaffGroups.CUSTOMER_SERVICE, StaffFilters.GROUP_TASKS));

    assertThat(page.path("_embedded").path("task")).hasSize(1);
    List<String> variables = new ArrayList<>();
    page.path("_embedded").path("task").get(0).path("_embedded").path("variable").forEach(v -> variables.add(v.path("name").asText()));
    assertThat(variables).contains("caseNumber", "customerName", "productModel", "responseDueAt");
  }

  private String start(String suffix, Date due, Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put("taskDue", due);
    variables.put("caseNumber", run + "-" + suffix);
    variables.put("customerName", "Wang Fang");
    variables.put("productModel", "WM-1200");
    variables.put("responseDueAt", due);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("filterCheck", run + "-" + suffix, variables);
    started.add(instance.getId());
    return instance.getId();
  }

  private List<String> visibleFilterNames(String user) {
    List<String> names = new ArrayList<>();
    rest.withBasicAuth(user, user).getForObject("/engine-rest/filter?resourceType=Task", JsonNode.class)
        .forEach(f -> names.add(f.path("name").asText()));
    return names;
  }

  private String filterId(String group, String suffix) {
    String name = StaffFilters.filterName(StaffGroups.STAFF.get(group), suffix);
    return filterService.createFilterQuery().filterName(name).singleResult().getId();
  }

  private List<String> caseNumbersIn(String user, String suffix) {
    JsonNode page = list(user, filterId(StaffGroups.CUSTOMER_SERVICE, suffix));
    List<String> keys = new ArrayList<>();
    page.path("_embedded").path("task").forEach(t -> {
      String instance = t.path("processInstanceId").asText();
      keys.add(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey());
    });
    return keys;
  }

  /** What Tasklist sends: the filter's list, narrowed here to this test's instances, as HAL with variables. */
  private JsonNode list(String user, String filterId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    Map<String, Object> narrowing = Map.of("processDefinitionKey", "filterCheck", "processInstanceBusinessKeyLike", run + "%");
    return rest.withBasicAuth(user, user)
        .exchange("/engine-rest/filter/" + filterId + "/list", HttpMethod.POST, new HttpEntity<>(narrowing, headers), JsonNode.class)
        .getBody();
  }
}
