package com.aftersales.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.flows.visit.VisitService;
import com.aftersales.intake.FlowRegistry;
import com.aftersales.testsupport.EngineDataScan;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every flow started the way production starts it, with contact data no other test uses: the intake API for each
 * request type, the archive's key customer whose closed case is visited, and the timers of the planned flows (credit
 * reviews, re-verification, the customer information report, stocktaking, the parts summary) fired as the job
 * executor would. Each is walked to its end with the answers the forms send ({@link FlowWalk}), and each request type
 * is also left after its first step; then {@link EngineDataScan} reads every value the engine holds. Run on H2
 * ({@link ContactDataVariableScanTest}) and PostgreSQL ({@link ContactDataVariableScanPostgresTest}).
 */
abstract class ContactDataVariableScanScenarios {

  /** The flows whose instances the walk must have read values of (no assertion on an empty set). */
  static final List<String> READ_FLOWS = List.of("repair", "exchange", "complaint", "parts-approval", "consultation",
      "installation", "maintenance", "emergency", "return-visit", "credit-review-scan", "credit-review",
      "archive-reverification-quarterly", "customer-info-report", "stock-stocktaking", "parts-daily-summary");

  /** The flows whose timer starts them in production, fired here as the job executor would. */
  static final List<String> TIMER_STARTED = List.of("credit-review-scan", "archive-reverification-quarterly",
      "customer-info-report", "stock-stocktaking", "parts-daily-summary");

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar calendar;
  @Autowired CustomerService customers;
  @Autowired VisitService visits;

  /** A customer's contact data as typed at intake, unique to this test run. */
  record Contact(String name, String phone, String email, String address) {

    static Contact unique() {
      String digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
      String token = UUID.randomUUID().toString().substring(0, 8);
      return new Contact("扫描客户" + token.substring(0, 4), "137" + digits, "scan." + token + "@example.org",
          "Saomiao Road " + token + " 号");
    }

    /** What must appear nowhere in the engine: phone, e-mail and address (the name is no contact data). */
    List<String> contactData() {
      return List.of(phone, email, address);
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  @DisplayName("002 二(一)4.9 所有接触客户信息的人员有对公司客户信息及档案保密的义务: after a full walk of every flow, and with each request type left halfway, no "
      + "variable, history entry, decision, log or message of the engine holds the customer's phone, e-mail or address")
  void noValueOfAnyFlowHoldsTheCustomersContactData() throws Exception {
    FlowWalk walk = new FlowWalk(engine, calendar.zone());
    List<String> contactData = new ArrayList<>();

    // a key customer of the archive, credit review due today: its closed case gets a visit, its credit a review
    Contact key = Contact.unique();
    contactData.addAll(key.contactData());
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone());
    customers.create(new NewCustomer(CustomerKind.PERSON, key.name(), null, key.phone(), key.email(), key.address(),
        "华东", null, Classification.KEY, CreditGrade.B, new BigDecimal("20000"), today, SecrecyLevel.SECRET),
        "scan-test", "contact data scan");

    Map<String, String> walked = new LinkedHashMap<>();
    for (String type : FlowRegistry.TYPES) {
      Contact c = type.equals("repair") ? key : Contact.unique();
      contactData.addAll(c.contactData());
      walked.put(type, intake(type, c));
    }
    walk.toTheEnd(Set.of());
    visits.drawSample();
    for (String flow : TIMER_STARTED) {
      fireStartTimer(flow);
    }
    walk.toTheEnd(Set.of());

    Set<String> halfway = new HashSet<>();
    for (String type : FlowRegistry.TYPES) {
      Contact c = Contact.unique();
      contactData.addAll(c.contactData());
      String pi = intake(type, c);
      walk.oneStep(pi);
      halfway.add(pi);
    }

    for (Map.Entry<String, String> e : walked.entrySet()) {
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(e.getValue())
          .singleResult().getEndTime()).as("the %s walk ends (tasks submitted: %s)", e.getKey(), walk.submitted)
          .isNotNull();
    }
    assertThat(walk.running(Set.of())).as("left halfway").containsAll(halfway);

    EngineDataScan.Result scan = EngineDataScan.scan(engine, contactData);
    Map<String, Integer> readOfThisTest = scan.valuesReadOfInstances(walk.started());
    System.out.printf("Contact data scan: %d values read in the engine, of this test's %d instances %s; %d tasks "
        + "submitted; %d contact values searched%n", scan.valuesRead(), walk.started().size(), readOfThisTest,
        walk.submitted.size(), contactData.size());
    for (String flow : READ_FLOWS) {
      assertThat(readOfThisTest.getOrDefault(flow, 0)).as("values read of %s instances", flow).isPositive();
    }
    assertThat(scan.mentions()).isEmpty();
  }

  @Test
  @DisplayName("the scan finds a contact value planted in a variable, a task-local variable, a task description, the "
      + "operation log, a comment and an incident")
  void theScanFindsAPlantedContactValueInEverySourceItReads() throws Exception {
    Contact c = Contact.unique();
    String pi = intake("repair", c);
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    new FlowWalk(engine, calendar.zone()).runDue(pi);
    var task = tasks.createTaskQuery().processInstanceId(pi).singleResult();
    List<String> planted = List.of("P-" + c.phone(), "E-" + c.email(), "A-" + c.address(), "D-" + c.phone(),
        "C-" + c.phone(), "I-" + c.phone(), "O-" + c.phone());
    assertThat(EngineDataScan.scan(engine, planted).mentions()).isEmpty();

    task.setDescription("D-" + c.phone());
    tasks.saveTask(task);
    runtime.setVariable(pi, "plantedPhone", "P-" + c.phone());
    tasks.setVariableLocal(task.getId(), "plantedEmail", "E-" + c.email());
    runtime.setVariable(pi, "plantedJson", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
        "{\"address\":\"A-" + c.address() + "\"}").create());
    tasks.createComment(task.getId(), pi, "C-" + c.phone());
    // on the task's execution: with the boundary timer on the first task that is a child of the instance
    runtime.createIncident("scan-test", task.getExecutionId(), "planted", "I-" + c.phone());
    engine.getIdentityService().setAuthentication("mary", List.of("customer-service"));
    try {
      tasks.setOwner(task.getId(), "O-" + c.phone());
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    List<String> found = EngineDataScan.scan(engine, planted).mentions();
    for (String source : List.of("running ", "running task-local ", "historic variable ",
        "task ", "historic task ", "comment ", "task comment ", "incident ", "historic incident ", "operation log ")) {
      assertThat(found).as("found in %s", source).anyMatch(m -> m.startsWith(source));
    }
    assertThat(String.join("\n", found)).contains("P-" + c.phone(), "E-" + c.email(), "A-" + c.address(),
        "D-" + c.phone(), "C-" + c.phone(), "I-" + c.phone(), "O-" + c.phone());
    runtime.deleteProcessInstance(pi, "planted contact data (scan test)");
    engine.getHistoryService().deleteHistoricProcessInstance(pi);
  }

  private void fireStartTimer(String processKey) {
    List<Job> timers = engine.getManagementService().createJobQuery().processDefinitionKey(processKey).timers()
        .list().stream().filter(j -> j.getProcessInstanceId() == null).toList();
    assertThat(timers).as("start timer of %s", processKey).hasSize(1);
    engine.getManagementService().executeJob(timers.get(0).getId());
  }

  /** POST /api/service-requests as customer service; returns the started instance's id. */
  String intake(String type, Contact c) throws Exception {
    ObjectNode body = json.createObjectNode().put("type", type).put("channel", "phone")
        .put("description", "客户来电：设备故障，请处理").put("externalReference", "SCAN-" + UUID.randomUUID());
    body.putObject("customer").put("name", c.name()).put("phone", c.phone()).put("email", c.email())
        .put("address", c.address());
    body.putObject("product").put("model", "WM-1200").put("serialNumber", "SN-SCAN-" + UUID.randomUUID())
        .put("purchaseDate", "2026-01-05").put("purchaseProof", true);
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("mary", "mary");
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer = http.exchange("/api/service-requests", HttpMethod.POST,
        new HttpEntity<>(body.toString(), headers), String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
    JsonNode created = json.readTree(answer.getBody());
    return created.get("processInstanceId").asText();
  }
}
