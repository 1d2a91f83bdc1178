package com.aftersales.tasklist;

import com.aftersales.security.QueryExpressionsPlugin;
import com.aftersales.security.StaffAuthorizations;
import com.aftersales.security.StaffGroups;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import com.aftersales.cases.CaseVariables;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters. Every staff group gets its own set ("客服部 — 今日到期" ...), READ-granted to that
 * group only, so a person sees the lists of their own groups. Each list shows the case number, customer, product
 * and the response commitment of the task's case, sorted by due date.
 *
 * <p>Created at every start: a missing filter is created, a filter whose query or properties differ from the
 * definition here is brought up to date (so a release can change a list), anything else is left alone. A filter
 * still under its English name of earlier releases is renamed in place, so its id (in bookmarked Tasklist
 * addresses) and its grants stay.
 */
@Component
@EnableConfigurationProperties(TasklistProperties.class)
public class StaffFilters {

  /** Shown for every group; the engine only returns tasks the user may read. */
  public static final String ALL_TASKS = "全部任务";

  /** The group-independent filter earlier versions created; replaced by each group's "My tasks". */
  static final String LEGACY_MY_TASKS = "My tasks";

  public static final String MY_TASKS = "我的任务";
  public static final String GROUP_TASKS = "本组任务";
  public static final String DUE_TODAY = "今日到期";
  public static final String OVERDUE = "已逾期";
  public static final String ESCALATED = "已升级";
  public static final String EMERGENCIES = "紧急抢修";

  /** The case type of emergency repairs (rulebook 003 八), whose tasks lead every group's lists. */
  static final String EMERGENCY_CASE_TYPE = "emergency";

  /** The English names of earlier releases: group name and list suffix, to rename those filters in place. */
  static final Map<String, String> FORMER_GROUP_NAMES = Map.ofEntries(
      Map.entry(StaffGroups.CUSTOMER_SERVICE, "Customer service"), Map.entry(StaffGroups.ENGINEERS, "Service engineers"),
      Map.entry(StaffGroups.SERVICE_MANAGERS, "Service managers"),
      Map.entry(StaffGroups.REGIONAL_MANAGERS, "Regional managers"), Map.entry(StaffGroups.SALES, "Sales"),
      Map.entry(StaffGroups.SALES_OFFICE, "Sales office"), Map.entry(StaffGroups.GENERAL_MANAGER, "General manager"),
      Map.entry(StaffGroups.PLANNING, "Planning"), Map.entry(StaffGroups.PRODUCTION, "Production"),
      Map.entry(StaffGroups.WAREHOUSE, "Warehouse"), Map.entry(StaffGroups.MARKETING_MANAGERS, "Marketing managers"),
      Map.entry(StaffGroups.FINANCE, "Finance"), Map.entry(StaffGroups.ANALYSTS, "Process analysts"));
  static final String FORMER_ALL_TASKS = "All tasks";

  /** Process variables every flow carries from intake (CaseVariables), as Tasklist list columns. */
  static final List<Map<String, String>> CASE_COLUMNS =
      List.of(
          column(CaseVariables.CASE_NUMBER, "案件编号"),
          column(CaseVariables.CUSTOMER_NAME, "客户"),
          column(CaseVariables.PRODUCT_MODEL, "产品"),
          column(CaseVariables.RESPONSE_DUE_AT, "答复期限"));

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Auto-deployed from the classpath's processes/ (the name is a file path or URL ending in processes/x.bpmn). */
  private static final Pattern FLOW_RESOURCE = Pattern.compile("(^|[/\\\\])processes[/\\\\][^/\\\\]+\\.bpmn$");

  /**
   * One list of a group's set: the stored query, and what is filled in when the list runs (who asks, today;
   * null when nothing is). No query expressions: the engine refuses them (QueryExpressionsPlugin).
   */
  record Definition(
      String suffix,
      String formerSuffix,
      int priority,
      String description,
      UnaryOperator<TaskQuery> criteria,
      ListCriteria atRun) {

    Definition(String suffix, String formerSuffix, int priority, String description, UnaryOperator<TaskQuery> criteria) {
      this(suffix, formerSuffix, priority, description, criteria, null);
    }
  }

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final RepositoryService repositoryService;
  private final StaffAuthorizations authorizations;
  private final TasklistProperties properties;

  /** The variables that mark an escalated case, contributed by the flows. */
  private final List<String> escalationMarkers;

  public StaffFilters(
      FilterService filterService,
      TaskService taskService,
      AuthorizationService authorizationService,
      RepositoryService repositoryService,
      StaffAuthorizations authorizations,
      TasklistProperties properties,
      List<EscalationMarker> escalationMarkers) {
    this.escalationMarkers = escalationMarkers.stream().map(EscalationMarker::variableName).sorted().toList();
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.repositoryService = repositoryService;
    this.authorizations = authorizations;
    this.properties = properties;
  }

  public static String filterName(String groupName, String suffix) {
    return groupName + " — " + suffix;
  }

  /** The six lists of a group; priorities keep them in this order in Tasklist's filter column. */
  static List<Definition> definitions(String groupId, UnaryOperator<TaskQuery> escalated) {
    return List.of(
        new Definition(
            EMERGENCIES,
            "Emergencies",
            0,
            "紧急抢修的本组任务，排在最前（规程 003 八）",
            q -> q.taskCandidateGroup(groupId).includeAssignedTasks()
                .processVariableValueEquals(CaseVariables.CASE_TYPE, EMERGENCY_CASE_TYPE)),
        new Definition(MY_TASKS, "My tasks", 1, "分配给我的任务", TaskQuery::taskAssigned, ListCriteria.ASSIGNED_TO_ME),
        new Definition(
            GROUP_TASKS, "My group's tasks", 2, "本组未完成的任务（无论是否已认领）",
            q -> q.taskCandidateGroup(groupId).includeAssignedTasks()),
        new Definition(
            DUE_TODAY,
            "Due today",
            3,
            "本组今日到期的任务",
            q -> q.taskCandidateGroup(groupId).includeAssignedTasks(),
            ListCriteria.DUE_TODAY),
        new Definition(
            OVERDUE,
            "Overdue",
            4,
            "本组已过期限的任务",
            q -> q.taskCandidateGroup(groupId).includeAssignedTasks(),
            ListCriteria.OVERDUE),
        new Definition(
            ESCALATED,
            "Escalated",
            5,
            "本组已升级案件的任务（维修已升级或投诉已提高处理级别）",
            q -> escalated.apply(q.taskCandidateGroup(groupId).includeAssignedTasks())));
  }

  /**
   * Tasks of escalated cases. The flows count escalations in different process variables (their
   * {@link EscalationMarker}s); an OR query covers all (the engine compares numbers across Integer/Long).
   */
  TaskQuery escalated(TaskQuery query) {
    TaskQuery any = query.or();
    for (String variable : escalationMarkers) {
      any = any.processVariableValueGreaterThan(variable, 0);
    }
    return any.endOr();
  }

  public void ensureAll() {
    Filter all = ensure(ALL_TASKS, FORMER_ALL_TASKS, -10, "我可以处理的全部任务", taskService.createTaskQuery(), null);
    grantEveryone(all);
    removeLegacyMyTasks();
    for (Map.Entry<String, String> group : StaffGroups.STAFF.entrySet()) {
      for (Definition definition : definitions(group.getKey(), this::escalated)) {
        TaskQuery query = definition.criteria().apply(taskService.createTaskQuery());
        Filter filter =
            ensure(filterName(group.getValue(), definition.suffix()),
                filterName(FORMER_GROUP_NAMES.getOrDefault(group.getKey(), group.getValue()), definition.formerSuffix()),
                definition.priority(), definition.description(), query, definition.atRun());
        authorizations.grant(group.getKey(), Resources.FILTER, filter.getId(), Permissions.READ);
      }
    }
    caseReaders().forEach((key, groups) -> groups.forEach(group ->
        authorizations.grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ_INSTANCE)));
  }

  /**
   * Per flow (a definition key deployed from the application's processes/ folder), the groups that work its tasks:
   * the literal candidate groups of the latest version's user tasks plus the configured ones. They read the
   * flow's instances, hence the list columns; a task itself stays visible only to its candidate groups.
   */
  Map<String, Set<String>> caseReaders() {
    Set<String> flowKeys = new TreeSet<>();
    repositoryService.createProcessDefinitionQuery().list().stream()
        .filter(d -> d.getResourceName() != null && FLOW_RESOURCE.matcher(d.getResourceName()).find())
        .forEach(d -> flowKeys.add(d.getKey()));
    Map<String, Set<String>> readers = new TreeMap<>();
    for (String key : flowKeys) {
      ProcessDefinition latest =
          repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
      Set<String> groups = new TreeSet<>(properties.getCaseReaders().getOrDefault(key, List.of()));
      for (UserTask task : repositoryService.getBpmnModelInstance(latest.getId()).getModelElementsByType(UserTask.class)) {
        String candidates = task.getCamundaCandidateGroups();
        if (candidates == null) {
          continue;
        }
        for (String group : candidates.split(",")) {
          String id = group.trim();
          if (!id.isEmpty() && !id.contains("{")) {
            groups.add(id);
          }
        }
      }
      groups.retainAll(StaffGroups.STAFF.keySet());
      readers.put(key, groups);
    }
    return readers;
  }

  /** The filter names a member of the group sees (besides "All tasks"). */
  public static List<String> filterNames(String groupId) {
    String groupName = StaffGroups.STAFF.get(groupId);
    List<String> names = new ArrayList<>();
    for (Definition definition : definitions(groupId, UnaryOperator.identity())) {
      names.add(filterName(groupName, definition.suffix()));
    }
    return names;
  }

  private Filter ensure(String name, String formerName, int priority, String description, TaskQuery query, ListCriteria atRun) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("variables", CASE_COLUMNS);
    if (atRun != null) {
      properties.put(ListCriteria.PROPERTY, atRun.name());
    }
    // Sorted by due date, soonest first; tasks without a due date last.
    query.orderByDueDate().asc();

    Filter wanted = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
    Filter existing = filterService.createFilterQuery().filterResourceType("Task").filterName(name).singleResult();
    if (existing == null) {
      existing = filterService.createFilterQuery().filterResourceType("Task").filterName(formerName).singleResult();
      if (existing == null) {
        return filterService.saveFilter(wanted);
      }
      existing.setName(name);
      existing.setQuery(query);
      existing.setProperties(properties);
      return filterService.saveFilter(existing);
    }
    if (!same(existing, wanted)) {
      existing.setQuery(query);
      existing.setProperties(properties);
      return filterService.saveFilter(existing);
    }
    return existing;
  }

  private static boolean same(Filter existing, Filter wanted) {
    if (existing instanceof FilterEntity e && wanted instanceof FilterEntity w) {
      // The engine stores JSON objects in no fixed key order; JSON trees compare regardless of order.
      return json(e.getQueryInternal()).equals(json(w.getQueryInternal()))
          && json(e.getPropertiesInternal()).equals(json(w.getPropertiesInternal()));
    }
    return false;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text == null ? "null" : text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable filter JSON: " + text, e);
    }
  }

  private void grantEveryone(Filter filter) {
    Authorization everyone =
        authorizationService
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GLOBAL)
            .resourceType(Resources.FILTER)
            .resourceId(filter.getId())
            .singleResult();
    if (everyone == null) {
      everyone = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      everyone.setUserId(ANY);
      everyone.setResource(Resources.FILTER);
      everyone.setResourceId(filter.getId());
      everyone.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(everyone);
    }
  }

  private void removeLegacyMyTasks() {
    for (Filter legacy : filterService.createFilterQuery().filterResourceType("Task").filterName(LEGACY_MY_TASKS).list()) {
      authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(legacy.getId()).list()
          .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
      filterService.deleteFilter(legacy.getId());
    }
  }

  private static Map<String, String> column(String name, String label) {
    Map<String, String> column = new LinkedHashMap<>();
    column.put("name", name);
    column.put("label", label);
    return column;
  }
}
