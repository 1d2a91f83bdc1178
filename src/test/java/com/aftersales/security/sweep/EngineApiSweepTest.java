package com.aftersales.security.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.parts.PartsProcess;
import com.aftersales.privacy.ContactDataPolicy;
import com.aftersales.security.PartsRequestAtReview;
import com.aftersales.security.sweep.OpenApiCatalogue.Operation;
import com.aftersales.testsupport.WebappSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every resource of the engine REST API (Camunda's OpenAPI description of 7.24, {@link OpenApiCatalogue}), tried
 * by a member of every staff group, on /engine-rest with HTTP Basic and on the webapps' /camunda/api with a
 * Tasklist login, with path variants (matrix parameters, encoded and double-encoded characters, doubled and
 * trailing slashes). What must hold for every answer:
 *
 * <ul>
 *   <li>no 5xx: a client's request is answered as the client's error or served;
 *   <li>no customer contact value (phone, e-mail, address) in any answer to a group outside {@link ContactDataPolicy};
 *   <li>a change (POST other than a query, PUT, DELETE) succeeds only where docs/security.md says the group may make
 *       it ({@link #MAY_CHANGE});
 *   <li>a path with matrix parameters, a double-encoded character or a doubled slash is refused (400) before any
 *       resource sees it.
 * </ul>
 *
 * The ids in the paths are real: a parts request waiting for planning's review (its task carries the customer's
 * contact data today), the case's jobs, the deployment, the staff filters, a comment and an attachment. The
 * counts of requests and refusals are printed at the end.
 */
// A context of its own (no other test class has this key): the sweep changes what staff may change (their own task,
// their filters), which no other test should meet. It is not closed after the class: closing an engine named
// "default" left Camunda's webapps holding a closed engine, and later webapp logins of other contexts failed (500).
// Its engine is the registered one from @BeforeAll on (testsupport.CurrentEngineTestExecutionListener).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "aftersales.test.context=engine-api-sweep")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// The sweep changes what the staff may change (their own task, their filters): no other test shares this engine.
class EngineApiSweepTest {

  static final String PHONE = PartsRequestAtReview.PHONE;
  static final String EMAIL = PartsRequestAtReview.EMAIL;
  static final String ADDRESS = PartsRequestAtReview.ADDRESS;

  /** One member of each staff group (demo users; password = user id). */
  static final Map<String, String> STAFF = new LinkedHashMap<>();

  static {
    STAFF.put("mary", "customer-service");
    STAFF.put("eric", "engineers");
    STAFF.put("sam", "service-managers");
    STAFF.put("rita", "regional-managers");
    STAFF.put("sally", "sales");
    STAFF.put("oscar", "sales-office");
    STAFF.put("grace", "general-manager");
    STAFF.put("paul", "planning");
    STAFF.put("pete", "production");
    STAFF.put("walt", "warehouse");
    STAFF.put("mark", "marketing-managers");
    STAFF.put("fiona", "finance");
    STAFF.put("ann", "analysts");
  }

  /**
   * Changes a group may make with a successful answer, by Camunda's operation id (docs/security.md, "What each may
   * do"). The sweep's bodies are empty, so most changes are refused as incomplete anyway; these are the ones an
   * empty body can complete and the group is entitled to.
   */
  static final Map<String, Set<String>> MAY_CHANGE = Map.of(
      // planning works the parts review: claim it, hand it back, comment on it and attach to it, set its variables.
      "planning", Set.of("claim", "unclaim", "setAssignee", "delegateTask", "createComment", "updateTaskComment",
          "deleteTaskComment", "deleteTaskComments", "addAttachment", "deleteAttachment", "modifyTaskVariables",
          "putTaskVariable", "deleteTaskVariable", "modifyTaskLocalVariables", "putLocalTaskVariable",
          "deleteTaskLocalVariable", "resolve", "complete", "submit", "addIdentityLink", "deleteIdentityLink",
          "updateTask", "handleBpmnError", "handleEscalation"),
      // analysts deploy (the deployment guard decides what) and redeploy.
      "analysts", Set.of("redeploy"));

  /**
   * Changes that an empty body turns into nothing at all before the engine is asked: Camunda's REST resource returns
   * 204 for a modification without instructions. A modification with instructions is refused to staff by the
   * engine (no UPDATE on instances; authorization/OperatorOnlyJobsTest).
   */
  static final Set<String> NO_OP_WITH_EMPTY_BODY = Set.of("modifyProcessInstance");

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, String> ids = new TreeMap<>();
  private final List<String> violations = new ArrayList<>();
  private int allViolations;
  private final Map<String, int[]> counts = new TreeMap<>();
  private List<Operation> operations;

  // --- the case and the ids -------------------------------------------------------------------------------------

  @BeforeAll
  void aPartsRequestWaitingForPlanningsReview() {
    PartsRequestAtReview atReview = PartsRequestAtReview.startFromBeforeTheArchive(http, taskService, managementService, runtimeService);
    String instance = atReview.instance();
    Task review = taskService.createTaskQuery().taskId(atReview.reviewTask()).singleResult();
    assertThat(review.getTaskDefinitionKey()).as("planning's review, the task the sweep works on")
        .isEqualTo(PartsProcess.Elements.REVIEW);

    historyService.cleanUpHistoryAsync(true);
    Job cleanup = historyService.findHistoryCleanupJobs().get(0);
    Job caseJob = managementService.createJobQuery().processInstanceId(instance).list().stream().findFirst()
        .orElse(cleanup);
    String comment = taskService.createComment(review.getId(), instance, "sweep comment").getId();
    String attachment = taskService.createAttachment("text", review.getId(), instance, "note", "a note",
        "https://example.com/note").getId();

    ids.put("process-instance", instance);
    ids.put("execution", instance);
    ids.put("task", review.getId());
    ids.put("job", caseJob.getId());
    ids.put("cleanup-job", cleanup.getId());
    ids.put("job-definition", caseJob.getJobDefinitionId() == null ? "none" : caseJob.getJobDefinitionId());
    ids.put("process-definition", review.getProcessDefinitionId());
    ids.put("process-definition-key", "parts-approval");
    var decision = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("warranty-coverage")
        .latestVersion().singleResult();
    ids.put("decision-definition", decision.getId());
    ids.put("decision-definition-key", decision.getKey());
    ids.put("deployment", decision.getDeploymentId());
    ids.put("resource", repositoryService.getDeploymentResources(decision.getDeploymentId()).get(0).getId());
    ids.put("filter", filterService.createFilterQuery().list().get(0).getId());
    ids.put("variable-instance", runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance)
        .variableName("customerPhone").singleResult().getId());
    ids.put("authorization", authorizationService.createAuthorizationQuery().groupIdIn("planning").list().get(0)
        .getId());
    ids.put("comment", comment);
    ids.put("attachment", attachment);
    operations = OpenApiCatalogue.operations();
  }

  /** The real value for a path parameter, by the resource the path starts with. */
  private String idFor(String template, String parameter) {
    String[] segments = template.split("/");
    String resource = segments[1];
    if (resource.equals("history") && segments.length > 2) {
      resource = segments[2];
    }
    return switch (parameter) {
      case "varName" -> "customerPhone";
      case "userId" -> "paul";
      case "groupId" -> "planning";
      case "commentId" -> ids.get("comment");
      case "attachmentId" -> ids.get("attachment");
      case "resourceId" -> ids.get("resource");
      case "messageName" -> "ManufacturerAnswer";
      case "tenant-id" -> "no-tenant";
      case "key" -> resource.startsWith("decision") ? ids.get("decision-definition-key")
          : ids.get("process-definition-key");
      default -> switch (resource) {
        case "user" -> "paul";
        case "group" -> "planning";
        case "tenant" -> "no-tenant";
        case "activity-instance", "detail", "identity-link-log", "batch", "incident", "external-task", "job-log",
            "decision-instance", "case-instance", "case-activity-instance", "case-definition", "operation" ->
            ids.getOrDefault(resource, "none");
        case "decision-definition" -> ids.get("decision-definition");
        default -> ids.getOrDefault(resource, ids.get("process-instance"));
      };
    };
  }

  private String path(Operation operation) {
    Matcher matcher = Pattern.compile("\\{([\\w-]+)}").matcher(operation.template());
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(path, Matcher.quoteReplacement(idFor(operation.template(), matcher.group(1))));
    }
    matcher.appendTail(path);
    return path.toString();
  }

  // --- variants -------------------------------------------------------------------------------------------------

  enum Variant {
    CANONICAL(false, path -> path),
    MATRIX_LAST(true, path -> path + ";x=1"),
    MATRIX_JSESSIONID(true, path -> path + ";jsessionid=1"),
    MATRIX_FIRST(true, path -> "/" + segment(path, 0) + ";x" + path.substring(segment(path, 0).length() + 1)),
    ENCODED_LETTER(false, path -> "/%" + Integer.toHexString(path.charAt(1)) + path.substring(2)),
    DOUBLE_ENCODED(true, path -> "/%25" + Integer.toHexString(path.charAt(1)) + path.substring(2)),
    DOUBLED_SLASH(true, path -> "/" + path),
    TRAILING_SLASH(false, path -> path + "/");

    /** Variants a firewall refuses outright: no resource may see them. */
    final boolean refused;
    final UnaryOperator<String> apply;

    Variant(boolean refused, UnaryOperator<String> apply) {
      this.refused = refused;
      this.apply = apply;
    }

    private static String segment(String path, int index) {
      return path.substring(1).split("/")[index];
    }
  }

  // --- the sweep ------------------------------------------------------------------------------------------------

  @Test
  @Order(1)
  @DisplayName("every staff group reads every engine REST resource (and its path variants) without a 5xx or a contact value it may not see")
  void readsEveryResource() {
    violations.clear();
    for (String user : STAFF.keySet()) {
      String basic = basic(user);
      for (Operation operation : operations) {
        if (operation.changes()) {
          continue;
        }
        for (Variant variant : Variant.values()) {
          probe(user, "/engine-rest", operation, variant, basic, null);
        }
      }
    }
    assertNoViolations();
  }

  @Test
  @Order(2)
  @DisplayName("every staff group reads every resource through the webapps' /camunda/api with its Tasklist login")
  void readsEveryResourceThroughTheWebapps() {
    violations.clear();
    for (String user : STAFF.keySet()) {
      WebappSession session = WebappSession.login(http, user, "tasklist");
      assertThat(session.loginStatus()).as(user).isEqualTo(HttpStatus.OK);
      for (Operation operation : operations) {
        if (operation.changes()) {
          continue;
        }
        for (Variant variant : List.of(Variant.CANONICAL, Variant.MATRIX_LAST, Variant.ENCODED_LETTER)) {
          probe(user, "/camunda/api/engine/engine/default", operation, variant, null, session.headers(null));
        }
      }
    }
    assertNoViolations();
  }

  @Test
  @Order(3)
  @DisplayName("a staff group changes only what it is entitled to: every other change to every resource is refused")
  void changesOnlyWhatTheGroupMay() {
    violations.clear();
    for (String user : STAFF.keySet()) {
      String basic = basic(user);
      for (Operation operation : operations) {
        if (!operation.changes()) {
          continue;
        }
        for (Variant variant : List.of(Variant.MATRIX_LAST, Variant.ENCODED_LETTER, Variant.CANONICAL)) {
          probe(user, "/engine-rest", operation, variant, basic, null);
        }
      }
    }
    assertThat(managementService.createJobQuery().jobId(ids.get("cleanup-job")).count())
        .as("the history cleanup job survives every staff request").isEqualTo(1);
    assertNoViolations();
  }

  @Test
  @Order(4)
  @DisplayName("through the webapps too: a Tasklist login changes only what its group may")
  void changesThroughTheWebappsOnlyWhatTheGroupMay() {
    violations.clear();
    for (String user : STAFF.keySet()) {
      WebappSession session = WebappSession.login(http, user, "tasklist");
      HttpHeaders headers = session.headers(session.csrfToken());
      for (Operation operation : operations) {
        if (operation.changes()) {
          probe(user, "/camunda/api/engine/engine/default", operation, Variant.CANONICAL, null, headers);
        }
      }
    }
    assertNoViolations();
  }

  /** The webapps' own resources beside the engine API (Cockpit's base plugin, Admin's metrics and setup, login). */
  static final List<Operation> WEBAPP_RESOURCES = List.of(
      new Operation("GET", "/cockpit/plugin/base/default/process-instance/{id}/called-process-instances",
          "cockpitCalledProcessInstances"),
      new Operation("POST", "/cockpit/plugin/base/default/process-instance", "queryCockpitProcessInstances"),
      new Operation("POST", "/cockpit/plugin/base/default/process-instance/count", "queryCockpitProcessInstanceCount"),
      new Operation("POST", "/cockpit/plugin/base/default/process-definition/{id}/called-process-definitions",
          "queryCockpitCalledProcessDefinitions"),
      new Operation("GET", "/cockpit/plugin/base/default/incident", "getCockpitIncidents"),
      new Operation("POST", "/cockpit/plugin/base/default/incident", "queryCockpitIncidents"),
      new Operation("GET", "/admin/plugin/adminPlugins/default/metrics", "getAdminMetrics"),
      new Operation("GET", "/admin/auth/user/default", "getAuthenticatedUser"),
      new Operation("POST", "/admin/setup/default/user/create", "createInitialUser"));

  @Test
  @Order(5)
  @DisplayName("the webapps' own resources (Cockpit's base plugin, Admin's metrics and setup) hold the same rules")
  void webappResources() {
    violations.clear();
    for (String user : STAFF.keySet()) {
      WebappSession session = WebappSession.login(http, user, "cockpit");
      HttpHeaders headers = session.headers(session.csrfToken());
      for (Operation operation : WEBAPP_RESOURCES) {
        for (Variant variant : List.of(Variant.CANONICAL, Variant.MATRIX_LAST, Variant.ENCODED_LETTER)) {
          probe(user, "/camunda/api", operation, variant, null, headers);
        }
      }
    }
    assertNoViolations();
  }

  private void probe(String user, String prefix, Operation operation, Variant variant, String basic,
      HttpHeaders session) {
    // Variants change the path after the prefix: the part the servlet mapping and JAX-RS match on.
    String target = prefix + variant.apply.apply(path(operation));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
    if (basic != null) {
      request.header("Authorization", basic);
    }
    if (session != null) {
      session.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
    }
    boolean withBody = !operation.method().equals("GET") && !operation.method().equals("DELETE");
    request.method(operation.method(), withBody
        ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
    if (withBody) {
      request.header("Content-Type", "application/json");
    }
    int status;
    String body;
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      status = response.statusCode();
      body = response.body();
    } catch (Exception e) {
      violations.add(user + " " + operation.method() + " " + target + ": no answer (" + e + ")");
      return;
    }
    int[] count = counts.computeIfAbsent(user, u -> new int[2]);
    count[0]++;
    if (status >= 400) {
      count[1]++;
    }
    String group = STAFF.get(user);
    String what = user + " (" + group + ") " + operation.method() + " " + target + " [" + operation.operationId()
        + "] -> " + status;
    if (status >= 500) {
      violations.add(what + ": server error " + abbreviate(body));
    }
    if (!ContactDataPolicy.NEEDING.contains(group)
        && (body.contains(PHONE) || body.contains(EMAIL) || body.contains(ADDRESS))) {
      violations.add(what + ": contact data in the answer");
    }
    if (variant.refused && status != 400) {
      violations.add(what + ": a " + variant + " path must be refused with 400");
    }
    if (operation.changes() && status >= 200 && status < 300 && !NO_OP_WITH_EMPTY_BODY.contains(operation.operationId())
        && !MAY_CHANGE.getOrDefault(group, Set.of()).contains(operation.operationId())) {
      violations.add(what + ": a change this group may not make succeeded");
    }
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
  }

  private void assertNoViolations() {
    allViolations += violations.size();
    StringBuilder listing = new StringBuilder(violations.size() + " violations:\n");
    violations.stream().limit(300).forEach(v -> listing.append("  ").append(v).append('\n'));
    assertThat(violations).as(listing.toString()).isEmpty();
  }

  @AfterAll
  void report() {
    int requests = counts.values().stream().mapToInt(c -> c[0]).sum();
    int refusals = counts.values().stream().mapToInt(c -> c[1]).sum();
    StringBuilder report = new StringBuilder("Engine API sweep: ")
        .append(operations == null ? 0 : operations.size()).append(" operations, ")
        .append(requests).append(" requests, ").append(refusals).append(" refused (4xx), ")
        .append(allViolations).append(" violations\n");
    counts.forEach((user, c) -> report.append("  ").append(user).append(" (").append(STAFF.get(user)).append("): ")
        .append(c[0]).append(" requests, ").append(c[1]).append(" refused\n"));
    System.out.println(report);
  }
}
