package com.aftersales.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.cases.CaseLinks;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.security.StaffUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The intake API through Spring MVC. The staff user is put into the request as the security filter
 * does, so these tests need no credentials.
 */
@SpringBootTest
@ActiveProfiles("test")
class ServiceRequestApiTest {

  private static final StaffUser MARY = new StaffUser("mary", List.of("customer-service"));
  private static Optional<String> testRepairDeployment = Optional.empty();

  @Autowired WebApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseService cases;
  @Autowired CaseLinks links;
  @Autowired FlowRegistry flows;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IntakeTransaction intakeTransaction;
  @Autowired PlatformTransactionManager transactionManager;

  MockMvc mvc;

  @BeforeAll
  static void deployRepairFlow(@Autowired RepositoryService repositoryService) {
    testRepairDeployment = TestFlows.ensureRepairFlow(repositoryService);
  }

  @AfterAll
  static void removeRepairFlow(@Autowired RepositoryService repositoryService) {
    testRepairDeployment.ifPresent(id -> TestFlows.remove(repositoryService, id));
  }

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static MockHttpServletRequestBuilder asMary(MockHttpServletRequestBuilder request) {
    return request.requestAttr(StaffUser.REQUEST_ATTRIBUTE, MARY);
  }

  private ObjectNode repairRequest() throws Exception {
    ObjectNode body = (ObjectNode) json.readTree(ServiceRequestValidatorTest.VALID);
    ((ObjectNode) body.get("product")).put("purchaseDate", "2025-05-20");
    body.put("externalReference", "CRM-" + UUID.randomUUID());
    return body;
  }

  private MockHttpServletResponse postAsMary(JsonNode body) throws Exception {
    return mvc.perform(
            asMary(post("/api/service-requests"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)))
        .andReturn()
        .getResponse();
  }

  private int caseRows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM service_case", Integer.class);
  }

  /** The case flows running (a repeat repair's analysis, opened beside the flow, is not one). */
  private long processInstances() {
    return runtimeService.createProcessInstanceQuery().count() - runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(com.aftersales.flows.repeatrepair.RepeatRepairReview.KEY).count();
  }

  @Test
  void repairRequestOpensTheCaseAndStartsTheRepairFlowWithTheCaseVariables() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-13T09:30:00Z")));
    ObjectNode body = repairRequest();

    MockHttpServletResponse response = postAsMary(body);

    assertThat(response.getStatus()).isEqualTo(201);
    JsonNode answer = json.readTree(response.getContentAsString());
    String caseNumber = answer.get("caseNumber").asText();
    assertThat(caseNumber).matches("AS-2026-\\d{6}");
    assertThat(response.getHeader("Location")).endsWith("/api/service-requests/" + caseNumber);
    assertThat(answer.get("type").asText()).isEqualTo("repair");
    Instant dueAt = Instant.parse(answer.get("responseDueAt").asText());
    assertThat(dueAt).isEqualTo(Instant.parse("2026-03-13T09:30:00Z").plus(Duration.ofHours(24)));

    ProcessInstance instance =
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(instance.getId()).isEqualTo(answer.get("processInstanceId").asText());
    assertThat(repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getKey())
        .isEqualTo("repair");

    Map<String, Object> variables = runtimeService.getVariables(instance.getId());
    assertThat(variables)
        .containsEntry(CaseVariables.CASE_NUMBER, caseNumber)
        .containsEntry(CaseVariables.CASE_TYPE, "repair")
        .containsEntry(CaseVariables.CHANNEL, "walk-in")
        .containsEntry(CaseVariables.CUSTOMER_NAME, "Li Wei")
        .containsEntry(CaseVariables.CUSTOMER_ID, answer.get("customerId").asLong())
        .containsEntry(CaseVariables.PRODUCT_MODEL, "CP-3000")
        .containsEntry(CaseVariables.SERIAL_NUMBER, "SN-42")
        .containsEntry(CaseVariables.PURCHASE_DATE, "2025-05-20")
        .containsEntry(CaseVariables.PURCHASE_PROOF, Boolean.TRUE)
        .containsEntry(CaseVariables.DESCRIPTION, "Paper jams on every second copy")
        .containsEntry(CaseVariables.EXTERNAL_REFERENCE, body.get("externalReference").asText())
        .containsEntry(CaseVariables.RESPONSE_DUE_AT, Date.from(dueAt))
        // contact data stays in the archive: in a variable it would leak through every engine API and history
        .doesNotContainKeys(
            CaseVariables.CUSTOMER_PHONE, CaseVariables.CUSTOMER_EMAIL, CaseVariables.CUSTOMER_ADDRESS);

    ServiceCase stored = cases.find(caseNumber).orElseThrow();
    assertThat(stored.processInstanceId()).isEqualTo(instance.getId());
    assertThat(stored.openedAt()).isEqualTo(Instant.parse("2026-03-13T09:30:00Z"));
    assertThat(cases.records(caseNumber))
        .extracting(ServiceRecord::action, ServiceRecord::recordedBy)
        .contains(org.assertj.core.groups.Tuple.tuple("INTAKE", "mary"));
  }

  @Test
  void invalidRequestNamesEveryBadFieldAndCreatesNothing() throws Exception {
    int rows = caseRows();
    long instances = processInstances();
    String body =
        """
        {"type": "repairs", "channel": 7,
         "customer": {"name": "", "phone": "call me", "email": "li@"},
         "product": {"purchaseDate": "2999-01-01", "purchaseProof": "yes"},
         "description": "%s"}
        """
            .formatted("x".repeat(4001));

    mvc.perform(
            asMary(post("/api/service-requests"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("customer.phone")))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    org.hamcrest.Matchers.containsInAnyOrder(
                        "type", "channel", "customer.name", "customer.phone", "customer.email",
                        "product.model", "product.purchaseDate", "product.purchaseProof",
                        "description")));

    assertThat(caseRows()).isEqualTo(rows);
    assertThat(processInstances()).isEqualTo(instances);
  }

  @Test
  void malformedJsonWrongMediaTypeAndWrongMethodAreProblems() throws Exception {
    int rows = caseRows();

    mvc.perform(
            asMary(post("/api/service-requests"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"repair\", "))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value(""))
        .andExpect(jsonPath("$.detail").value("the request body must be well-formed JSON"));
    mvc.perform(asMary(post("/api/service-requests")).contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            asMary(post("/api/service-requests"))
                .contentType(MediaType.TEXT_PLAIN)
                .content("repair please"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(asMary(put("/api/service-requests/AS-2026-000001")))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

    assertThat(caseRows()).isEqualTo(rows);
  }

  @Test
  void unknownCaseNumberAndUnknownPathAreNotFound() throws Exception {
    mvc.perform(asMary(get("/api/service-requests/AS-1999-999999")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("There is no service case AS-1999-999999"));
    mvc.perform(asMary(get("/api/no-such-resource")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void withoutAStaffUserTheApiAnswers401AndCreatesNothing() throws Exception {
    int rows = caseRows();

    mvc.perform(
            post("/api/service-requests")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(repairRequest())))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(post("/api/service-requests").contentType(MediaType.APPLICATION_JSON).content("{"))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/service-requests/AS-1999-999999")).andExpect(status().isUnauthorized());

    assertThat(caseRows()).isEqualTo(rows);
  }

  @Test
  void typeWithoutADeployedFlowIs422AndCreatesNothing() throws Exception {
    String type = undeployedType();
    int rows = caseRows();
    long instances = processInstances();
    ObjectNode body = repairRequest().put("type", type);

    mvc.perform(
            asMary(post("/api/service-requests"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("type"))
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.containsString("'" + flows.flowFor(type).processKey() + "'")));

    assertThat(caseRows()).isEqualTo(rows);
    assertThat(processInstances()).isEqualTo(instances);
  }

  @Test
  void failureWhileStartingTheFlowRollsBackTheCase() throws Exception {
    String type = undeployedType();
    String deployment = TestFlows.deployFailingFlow(repositoryService, flows.flowFor(type).processKey());
    try {
      int rows = caseRows();
      int records = jdbc.queryForObject("SELECT COUNT(*) FROM service_record", Integer.class);
      ObjectNode body = repairRequest().put("type", type);

      MockHttpServletResponse response = postAsMary(body);

      assertThat(response.getStatus()).isEqualTo(500);
      assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      assertThat(caseRows()).isEqualTo(rows);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_record", Integer.class))
          .isEqualTo(records);
      assertThat(cases.findByExternalReference(body.get("externalReference").asText())).isEmpty();
    } finally {
      TestFlows.remove(repositoryService, deployment);
    }
  }

  @Test
  void theEngineJoinsTheIntakeTransactionSoARollbackUndoesTheStartedFlowToo() throws Exception {
    NewCase request =
        new ServiceRequestValidator()
            .validate(repairRequest(), null, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    AtomicReference<String> caseNumber = new AtomicReference<>();

    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            tx -> {
              caseNumber.set(intakeTransaction.open(request, "mary").orElseThrow().caseNumber());
              assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber.get()).count())
                  .as("started inside the transaction")
                  .isEqualTo(1);
              tx.setRollbackOnly();
            });

    assertThat(cases.find(caseNumber.get())).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber.get()).count())
        .isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber.get()).count())
        .isZero();
  }

  private String undeployedType() {
    Optional<String> type =
        FlowRegistry.TYPES.stream().filter(t -> !flows.isDeployed(flows.flowFor(t))).findFirst();
    assumeTrue(type.isPresent(), "every request type has a deployed flow");
    return type.get();
  }

  @Test
  void repeatedExternalReferenceReturnsTheFirstCaseAndStartsNothingNew() throws Exception {
    ObjectNode body = repairRequest();
    MockHttpServletResponse first = postAsMary(body);
    int rows = caseRows();
    long instances = processInstances();

    ((ObjectNode) body.get("customer")).put("name", "Someone Else");
    MockHttpServletResponse again = postAsMary(body);

    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(200);
    assertThat(json.readTree(again.getContentAsString()))
        .isEqualTo(json.readTree(first.getContentAsString()));
    assertThat(again.getHeader("Location")).isEqualTo(first.getHeader("Location"));
    assertThat(caseRows()).isEqualTo(rows);
    assertThat(processInstances()).isEqualTo(instances);
  }

  @Test
  void idempotencyKeyHeaderActsAsTheExternalReference() throws Exception {
    ObjectNode body = repairRequest();
    body.remove("externalReference");
    String key = UUID.randomUUID().toString();
    MockHttpServletRequestBuilder request =
        asMary(post("/api/service-requests"))
            .header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body));

    String first = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    int rows = caseRows();
    String again = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(json.readTree(again)).isEqualTo(json.readTree(first));
    assertThat(caseRows()).isEqualTo(rows);
    String caseNumber = json.readTree(first).get("caseNumber").asText();
    assertThat(cases.find(caseNumber).orElseThrow().externalReference()).isEqualTo(key);
  }

  @Test
  void concurrentDuplicatesGetTheSameCaseAndOnlyOneFlowStarts() throws Exception {
    ObjectNode body = repairRequest();
    int rows = caseRows();
    long instances = processInstances();
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<MockHttpServletResponse>> calls = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        calls.add(
            pool.submit(
                () -> {
                  together.await();
                  return postAsMary(body);
                }));
      }
      List<Integer> statuses = new ArrayList<>();
      List<JsonNode> answers = new ArrayList<>();
      for (Future<MockHttpServletResponse> call : calls) {
        MockHttpServletResponse response = call.get();
        statuses.add(response.getStatus());
        answers.add(json.readTree(response.getContentAsString()));
      }

      assertThat(statuses).containsExactlyInAnyOrder(201, 200);
      assertThat(answers.get(0)).isEqualTo(answers.get(1));
      assertThat(caseRows()).isEqualTo(rows + 1);
      assertThat(processInstances()).isEqualTo(instances + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void caseViewShowsTheCaseItsOpenTasksAndItsHistoryInTimeOrder() throws Exception {
    Instant opened = Instant.parse("2026-04-01T08:00:00Z");
    ClockUtil.setCurrentTime(Date.from(opened));
    JsonNode created = json.readTree(postAsMary(repairRequest()).getContentAsString());
    String caseNumber = created.get("caseNumber").asText();
    String instanceId = created.get("processInstanceId").asText();
    runPendingJobs(instanceId);
    Instant diagnosed = opened.plus(Duration.ofHours(2));
    cases.addRecord(
        caseNumber,
        new ServiceRecord("DIAGNOSIS", "eric", "fuser FU-7", new BigDecimal("180.00"), "Worn fuser", "eric", diagnosed));
    cases.updateStatus(caseNumber, "ASSESSMENT");

    JsonNode view =
        json.readTree(
            mvc.perform(asMary(get("/api/service-requests/" + caseNumber)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(view.get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(view.get("type").asText()).isEqualTo("repair");
    assertThat(view.get("channel").asText()).isEqualTo("walk-in");
    assertThat(view.get("status").asText()).isEqualTo("ASSESSMENT");
    assertThat(view.at("/customer/name").asText()).isEqualTo("Li Wei");
    assertThat(view.at("/customer/email").asText()).isEqualTo("li.wei@example.com");
    assertThat(view.at("/product/model").asText()).isEqualTo("CP-3000");
    assertThat(view.at("/product/purchaseDate").asText()).isEqualTo("2025-05-20");
    assertThat(view.at("/product/purchaseProof").asBoolean()).isTrue();
    assertThat(Instant.parse(view.get("openedAt").asText())).isEqualTo(opened);
    assertThat(view.has("closedAt")).isFalse();
    assertThat(view.get("processInstanceId").asText()).isEqualTo(instanceId);
    Instant responseDueAt = Instant.parse(view.get("responseDueAt").asText());

    List<Task> tasks = taskService.createTaskQuery().processInstanceId(instanceId).list();
    assertThat(view.get("openTasks")).hasSize(tasks.size());
    JsonNode assess = null;
    for (JsonNode task : view.get("openTasks")) {
      if ("Task_AssessRequest".equals(task.get("taskDefinitionKey").asText())) {
        assess = task;
      }
    }
    assertThat(assess).as("assessment task").isNotNull();
    Task engineTask = taskService.createTaskQuery().taskDefinitionKey("Task_AssessRequest").processInstanceId(instanceId).singleResult();
    assertThat(assess.get("id").asText()).isEqualTo(engineTask.getId());
    assertThat(assess.get("name").asText()).isEqualTo(engineTask.getName());
    assertThat(assess.get("candidateGroups")).extracting(JsonNode::asText).contains("customer-service");
    assertThat(Instant.parse(assess.get("due").asText())).isEqualTo(responseDueAt);
    assertThat(Instant.parse(assess.get("created").asText())).isEqualTo(opened);

    List<JsonNode> history = new ArrayList<>();
    view.get("history").forEach(history::add);
    assertThat(history).extracting(e -> Instant.parse(e.get("at").asText())).isSorted();
    assertThat(history.get(0).get("kind").asText()).isEqualTo("record");
    assertThat(history.get(0).get("action").asText()).isEqualTo("INTAKE");
    assertThat(history.get(0).get("recordedBy").asText()).isEqualTo("mary");
    assertThat(history)
        .anySatisfy(
            e -> {
              assertThat(e.get("kind").asText()).isEqualTo("activity");
              assertThat(e.get("type").asText()).isEqualTo("startEvent");
              assertThat(Instant.parse(e.get("start").asText())).isEqualTo(opened);
              assertThat(e.has("end")).isTrue();
            });
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.get("kind").asText()).isEqualTo("record");
    assertThat(last.get("action").asText()).isEqualTo("DIAGNOSIS");
    assertThat(last.get("engineer").asText()).isEqualTo("eric");
    assertThat(last.get("fee").decimalValue()).isEqualByComparingTo("180.00");
    assertThat(history).noneMatch(e -> "Task_AssessRequest".equals(e.path("activityId").asText()));
  }

  @Test
  void caseViewShowsTheLinkedCasesFromBothSides() throws Exception {
    ServiceCase repair = cases.open(linkableCase("repair"));
    ServiceCase exchange = cases.open(linkableCase("exchange"));
    cases.close(repair.caseNumber(), "HANDED_OVER_TO_EXCHANGE");
    cases.updateStatus(exchange.caseNumber(), "EXCHANGE_FORM");
    links.link(exchange.caseNumber(), repair.caseNumber(), CaseLinks.EXCHANGE_OF);

    JsonNode fromRepair = view(repair.caseNumber()).get("links");
    assertThat(fromRepair).hasSize(1);
    assertThat(fromRepair.get(0).get("caseNumber").asText()).isEqualTo(exchange.caseNumber());
    assertThat(fromRepair.get(0).get("type").asText()).isEqualTo("exchange");
    assertThat(fromRepair.get(0).get("relation").asText()).isEqualTo("exchange-of");
    assertThat(fromRepair.get(0).get("direction").asText()).isEqualTo("to");
    assertThat(fromRepair.get(0).get("status").asText()).isEqualTo("EXCHANGE_FORM");

    JsonNode fromExchange = view(exchange.caseNumber()).get("links");
    assertThat(fromExchange).hasSize(1);
    assertThat(fromExchange.get(0).get("caseNumber").asText()).isEqualTo(repair.caseNumber());
    assertThat(fromExchange.get(0).get("type").asText()).isEqualTo("repair");
    assertThat(fromExchange.get(0).get("relation").asText()).isEqualTo("exchange-of");
    assertThat(fromExchange.get(0).get("direction").asText()).isEqualTo("from");
    assertThat(fromExchange.get(0).get("status").asText()).isEqualTo("HANDED_OVER_TO_EXCHANGE");

    ServiceCase alone = cases.open(linkableCase("repair"));
    assertThat(view(alone.caseNumber()).get("links")).isEmpty();
  }

  private JsonNode view(String caseNumber) throws Exception {
    return json.readTree(
        mvc.perform(asMary(get("/api/service-requests/" + caseNumber)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private static NewCase linkableCase(String type) {
    return new NewCase(type, "phone", "Li Wei", "13900000000", "li.wei@example.com", "Beijing", "CP-3000",
        "SN-LINK-1", LocalDate.of(2025, 5, 20), true, "Paper jams", null, null, null, null);
  }

  @Test
  void finishedTasksAppearInTheHistoryWithTheirAssignee() throws Exception {
    assumeTrue(testRepairDeployment.isPresent(), "the stand-in flow ends after the assessment");
    Instant opened = Instant.parse("2026-04-02T08:00:00Z");
    ClockUtil.setCurrentTime(Date.from(opened));
    JsonNode created = json.readTree(postAsMary(repairRequest()).getContentAsString());
    String caseNumber = created.get("caseNumber").asText();
    Task task =
        taskService.createTaskQuery().processInstanceId(created.get("processInstanceId").asText()).singleResult();
    ClockUtil.setCurrentTime(Date.from(opened.plus(Duration.ofHours(3))));
    taskService.claim(task.getId(), "mary");
    taskService.complete(task.getId());

    JsonNode view =
        json.readTree(
            mvc.perform(asMary(get("/api/service-requests/" + caseNumber)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(view.get("openTasks")).isEmpty();
    List<JsonNode> history = new ArrayList<>();
    view.get("history").forEach(history::add);
    assertThat(history)
        .extracting(e -> e.path("activityId").asText(e.path("action").asText()))
        .containsExactly("INTAKE", "StartEvent_RequestReceived", "Task_AssessRequest", "EndEvent_Assessed");
    JsonNode assess = history.get(2);
    assertThat(assess.get("type").asText()).isEqualTo("userTask");
    assertThat(assess.get("name").asText()).isEqualTo("Assess the request with the customer");
    assertThat(assess.get("assignee").asText()).isEqualTo("mary");
    assertThat(Instant.parse(assess.get("end").asText())).isEqualTo(opened.plus(Duration.ofHours(3)));
  }

  /** Runs the flow's asynchronous steps (e.g. an acknowledgement mail) up to its first wait state. */
  private void runPendingJobs(String processInstanceId) {
    for (int i = 0; i < 10; i++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}
