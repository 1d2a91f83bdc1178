package com.aftersales.customers.destruction;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.campaigns.CampaignService;
import com.aftersales.campaigns.ServiceCampaign;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.customers.destruction.DestructionProcess.Elements;
import com.aftersales.privacy.PersonalDataPurge;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/customers/{id}/erasure-requests} over HTTP, signed in as the demo users (password = user id), and
 * the destruction's SQL (scan, legal minimum, erasure) on the database: run on H2 ({@link ErasureRequestApiTest}) and
 * PostgreSQL ({@link ErasureRequestPostgresTest}). Every test makes its own customers with random phone numbers, so
 * runs against a kept database do not collide.
 */
abstract class ErasureRequestScenarios {

  static final String RULE = "002 二(一) 6.10 对已经过时的客户信息资料…分别核准后，方可销毁";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired CustomerService customers;
  @Autowired CaseService cases;
  @Autowired ArchiveDestructions destructions;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired CampaignService campaigns;
  @Autowired PersonalDataPurge purge;

  ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> request(String user, Customer customer, String body) {
    return post(user, "/api/customers/" + customer.id() + "/erasure-requests", body);
  }

  JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  void assertBadField(ResponseEntity<String> response, String field) throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(body(response).get("errors")).extracting(e -> e.get("field").asText()).contains(field);
  }

  int requests(Customer customer) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM customer_erasure_request WHERE customer_id = ?", Integer.class,
        customer.id());
  }

  @Test
  @DisplayName(RULE + ": customer service records the customer's erasure request; it starts the destruction, once")
  void customerServiceRecordsAnErasureRequestOnce() throws Exception {
    Customer customer = outdatedCustomer();
    ResponseEntity<String> created = request("mary", customer,
        "{\"channel\":\"letter\",\"receivedOn\":\"" + LocalDate.now().minusDays(2) + "\",\"reference\":\"LTR-"
            + customer.id() + "\",\"note\":\"客户来信要求删除\"}");
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    assertThat(created.getHeaders().getLocation()).isNotNull();
    JsonNode answer = body(created);
    assertThat(answer.get("customerId").asLong()).isEqualTo(customer.id());
    assertThat(answer.get("channel").asText()).isEqualTo("letter");
    assertThat(answer.get("recordedBy").asText()).isEqualTo("mary");
    assertThat(answer.at("/destruction/status").asText()).isEqualTo("PENDING");
    String processInstanceId = answer.at("/destruction/processInstanceId").asText();
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(Elements.APPROVE_AS_SUPERVISOR);

    // Sent again (same reference), or without a reference while its destruction is pending: recorded once.
    ResponseEntity<String> again = request("mary", customer,
        "{\"channel\":\"letter\",\"reference\":\"LTR-" + customer.id() + "\"}");
    assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(200);
    assertThat(body(again).get("id").asLong()).isEqualTo(answer.get("id").asLong());
    ResponseEntity<String> noReference = request("cora", customer, "{\"channel\":\"phone\"}");
    assertThat(noReference.getStatusCode().value()).as(noReference.getBody()).isEqualTo(200);
    assertThat(body(noReference).get("id").asLong()).isEqualTo(answer.get("id").asLong());
    assertThat(requests(customer)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM archive_destruction WHERE customer_id = ?", Integer.class,
        customer.id())).isEqualTo(1);
  }

  @Test
  @DisplayName("Bad erasure requests are answered 400 naming the field, with nothing written")
  void badInputIsRefusedNamingTheField() throws Exception {
    Customer customer = outdatedCustomer();
    assertBadField(request("mary", customer, "{}"), "channel");
    assertBadField(request("mary", customer, "{\"channel\":\"fax\"}"), "channel");
    assertBadField(request("mary", customer, "{\"channel\":\"phone\",\"receivedOn\":\"2026-13-01\"}"), "receivedOn");
    assertBadField(request("mary", customer, "{\"channel\":\"phone\",\"receivedOn\":\""
        + LocalDate.now().plusDays(3) + "\"}"), "receivedOn");
    assertBadField(request("mary", customer, "{\"channel\":\"phone\",\"reference\":\"" + "R".repeat(65) + "\"}"),
        "reference");
    assertBadField(request("mary", customer, "{\"channel\":\"phone\",\"note\":\"" + "备".repeat(1001) + "\"}"),
        "note");
    assertBadField(request("mary", customer, "{\"channel\":\"phone\",\"phone\":\"13900000000\"}"), "phone");
    assertBadField(request("mary", customer, "[1]"), "");
    assertBadField(post("mary", "/api/customers/abc/erasure-requests", "{\"channel\":\"phone\"}"), "id");
    ResponseEntity<String> unknown = post("mary", "/api/customers/999999999/erasure-requests",
        "{\"channel\":\"phone\"}");
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(requests(customer)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM archive_destruction WHERE customer_id = ?", Integer.class,
        customer.id())).isZero();
  }

  @Test
  @DisplayName("Only the archive's keepers record erasure requests: customer service, service managers, supervisors")
  void onlyTheArchiveKeepersRecordErasureRequests() throws Exception {
    Customer customer = outdatedCustomer();
    for (String user : List.of("eric", "sally", "grace", "max", "fiona")) {
      ResponseEntity<String> refused = request(user, customer, "{\"channel\":\"phone\"}");
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
    }
    assertThat(request(null, customer, "{\"channel\":\"phone\"}").getStatusCode().value()).isEqualTo(401);
    assertThat(requests(customer)).isZero();
    ResponseEntity<String> bySam = request("sam", customer, "{\"channel\":\"visit\"}");
    assertThat(bySam.getStatusCode().value()).as(bySam.getBody()).isEqualTo(201);
  }

  @Test
  @DisplayName(RULE + ": a request within the legal minimum retention is recorded and refused with its reason; a"
      + " destroyed archive answers 409")
  void aYoungArchiveIsRefusedAndADestroyedOneConflicts() throws Exception {
    Customer young = customer();
    closedCase(young, Instant.now().minus(200, ChronoUnit.DAYS));
    ResponseEntity<String> refused = request("mary", young, "{\"channel\":\"email\"}");
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(201);
    assertThat(body(refused).at("/destruction/status").asText()).isEqualTo("REFUSED");
    assertThat(body(refused).at("/destruction/reason").asText()).contains("未过法定最短保存期限");
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(body(refused).at("/destruction/processInstanceId").asText()).singleResult()
        .getEndActivityId()).isEqualTo(Elements.END_UNDER_LEGAL_MINIMUM);

    Customer destroyed = outdatedCustomer();
    jdbc.update("UPDATE customer SET destroyed_at = ? WHERE id = ?", Timestamp.from(Instant.now()), destroyed.id());
    ResponseEntity<String> conflict = request("mary", destroyed, "{\"channel\":\"phone\"}");
    assertThat(conflict.getStatusCode().value()).as(conflict.getBody()).isEqualTo(409);
    assertThat(conflict.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
  }

  @Test
  @DisplayName(RULE + ": the scan finds outdated archives only, and three approvals destroy the personal data")
  void theScanAndTheDestructionOnThisDatabase() {
    Customer outdated = outdatedCustomer();
    Customer recent = customer();
    closedCase(recent, Instant.now().minus(400, ChronoUnit.DAYS));
    Customer inUse = outdatedCustomer();
    cases.open(newCase(inUse));
    Instant now = Instant.now();
    List<Long> found = destructions.outdated(now);
    assertThat(found).contains(outdated.id()).doesNotContain(recent.id(), inUse.id());

    ArchiveDestructions.Destruction d = destructions.propose(outdated.id(), DestructionOccasion.OUTDATED, null, now);
    assertThat(destructions.propose(outdated.id(), DestructionOccasion.OUTDATED, null, now).id()).isEqualTo(d.id());
    assertThat(destructions.outdated(now)).doesNotContain(outdated.id());
    approveThreeTimes(d);
    assertThat(destructions.find(d.id()).status()).isEqualTo(DestructionStatus.DESTROYED);
    Map<String, Object> record = jdbc.queryForMap("SELECT name, phone, email, address, region FROM customer"
        + " WHERE id = ?", outdated.id());
    assertThat(record.get("name")).isEqualTo(PersonalDataPurge.ERASED);
    assertThat(record.get("phone")).isNull();
    assertThat(record.get("address")).isNull();
    assertThat(record.get("region")).isEqualTo("华东");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_case WHERE customer_id = ? AND customer_phone IS NOT"
        + " NULL", Integer.class, outdated.id())).isZero();
  }

  @Test
  @DisplayName(RULE + ": the record of a destruction stays and is read by supervisors, service managers and the"
      + " general manager")
  void theRecordOfADestructionStays() throws Exception {
    Customer customer = outdatedCustomer();
    ArchiveDestructions.Destruction d = destructions.propose(customer.id(), DestructionOccasion.OUTDATED, null,
        Instant.now());
    approveThreeTimes(d);
    String path = "/api/customers/" + customer.id() + "/destructions";
    for (String user : List.of("cora", "sam", "grace")) {
      HttpHeaders headers = new HttpHeaders();
      headers.setBasicAuth(user, user);
      ResponseEntity<String> read = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
      assertThat(read.getStatusCode().value()).as(user).isEqualTo(200);
      JsonNode record = body(read).get(0);
      assertThat(record.get("status").asText()).isEqualTo("DESTROYED");
      assertThat(record.get("supervisorBy").asText()).isEqualTo("cora");
      assertThat(record.get("serviceManagerBy").asText()).isEqualTo("sam");
      assertThat(record.get("generalManagerBy").asText()).isEqualTo("grace");
      assertThat(record.get("generalManagerAt").isNull()).isFalse();
      assertThat(record.at("/destroyed/cases").asInt()).isEqualTo(1);
      assertThat(read.getBody()).doesNotContain(customer.phone()).doesNotContain(customer.name());
    }
    for (String user : List.of("mary", "eric", "max")) {
      HttpHeaders headers = new HttpHeaders();
      headers.setBasicAuth(user, user);
      assertThat(http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value())
          .as(user).isEqualTo(403);
    }
  }

  @Test
  @DisplayName(RULE + ": the destruction erases the customer's campaign SMS (phone number, no case number) and its"
      + " rows in the free-service month campaigns, of the records merged into it too, counts them, and once only")
  void theDestructionErasesTheCampaignSmsAndRecipients() {
    Customer customer = outdatedCustomer();
    Customer duplicate = customer();
    Customer other = customer();
    ServiceCampaign campaign = campaigns.plan(new CampaignService.NewCampaign(YearMonth.of(2026, 12), null, null,
        "十二月免费保养，欢迎来电预约"), List.of(customer.id(), duplicate.id(), other.id()), "sam");
    CampaignService.SendResult sent = campaigns.send(campaign);
    assertThat(sent.kept()).as("no gateway here: kept in the outbox").isEqualTo(3);
    campaigns.book(campaign, new CampaignService.Booking(customer.id(), "LX-200", null, "周末上门"), "mary");
    jdbc.update("UPDATE service_case SET closed_at = ?, opened_at = ? WHERE customer_id = ? AND closed_at IS NULL",
        Timestamp.from(Instant.now().minus(4 * 366, ChronoUnit.DAYS)),
        Timestamp.from(Instant.now().minus(4 * 366 + 2, ChronoUnit.DAYS)), customer.id());
    customers.merge(customer.id(), duplicate.id());
    assertThat(sms(customer.phone())).isEqualTo(1);
    assertThat(sms(duplicate.phone())).isEqualTo(1);

    ArchiveDestructions.Destruction d = destructions.propose(customer.id(), DestructionOccasion.ERASURE_REQUEST,
        null, Instant.now());
    approveThreeTimes(d);

    assertThat(destructions.find(d.id()).status()).isEqualTo(DestructionStatus.DESTROYED);
    assertThat(sms(customer.phone())).as("the customer's SMS").isZero();
    assertThat(sms(duplicate.phone())).as("the SMS of the record merged into it").isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_campaign_recipient WHERE customer_id IN (?, ?)",
        Integer.class, customer.id(), duplicate.id())).isZero();
    assertThat(sms(other.phone())).as("another customer's SMS stays").isEqualTo(1);
    assertThat(campaigns.reached(campaign.id(), other.id())).isTrue();
    Map<String, Integer> destroyed = destructions.records(customer.id()).get(0).destroyed();
    assertThat(destroyed).containsEntry("sms", 2).containsEntry("campaign_recipients", 2);
    assertThat(destructions.destroy(d.id(), Instant.now()).text()).contains("短信 2 条", "免费服务月的邀请与预约 2 条");
    assertThat(purge.erase(customer.id(), Instant.now()))
        .isEqualTo(new PersonalDataPurge.Erased(0, 0, 0, 0, 0, 0, 0, 0));
  }

  int sms(String phone) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE channel = 'sms' AND recipient = ?",
        Integer.class, phone);
  }

  /** The three approvals in order, then the destruction's job. */
  void approveThreeTimes(ArchiveDestructions.Destruction d) {
    complete(d, "cora", "customer-info-supervisors", "supervisorDecision");
    complete(d, "sam", "service-managers", "serviceManagerDecision");
    complete(d, "grace", "general-manager", "generalManagerDecision");
    for (Job job : managementService.createJobQuery().processInstanceId(d.processInstanceId()).list()) {
      managementService.executeJob(job.getId());
    }
  }

  void complete(ArchiveDestructions.Destruction d, String user, String group, String decision) {
    Task task = taskService.createTaskQuery().processInstanceId(d.processInstanceId()).singleResult();
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), Map.of(decision, DestructionProcess.APPROVED));
    } finally {
      identityService.clearAuthentication();
    }
  }

  Customer customer() {
    String phone = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    Customer customer = customers.create(new NewCustomer(CustomerKind.PERSON, "删除申请 " + phone, null, phone,
        phone + "@example.cn", "北京东城区 1 号", "华东", null, Classification.NORMAL, CreditGrade.C, BigDecimal.ZERO,
        null, SecrecyLevel.SECRET), "erasure-test", "删除申请测试");
    jdbc.update("UPDATE customer SET created_at = ? WHERE id = ?",
        Timestamp.from(Instant.now().minus(3000, ChronoUnit.DAYS)), customer.id());
    return customer;
  }

  /** A customer whose only case closed four years ago. */
  Customer outdatedCustomer() {
    Customer customer = customer();
    closedCase(customer, Instant.now().minus(4 * 366, ChronoUnit.DAYS));
    return customer;
  }

  NewCase newCase(Customer customer) {
    return new NewCase("REPAIR", "phone", customer.name(), customer.phone(), null, "北京东城区 1 号", "LX-200", null,
        null, null, "删除申请测试", null, null, customer.id(), null);
  }

  void closedCase(Customer customer, Instant closedAt) {
    String caseNumber = cases.open(newCase(customer)).caseNumber();
    jdbc.update("UPDATE service_case SET closed_at = ?, opened_at = ? WHERE case_number = ?",
        Timestamp.from(closedAt), Timestamp.from(closedAt.minus(5, ChronoUnit.DAYS)), caseNumber);
  }
}
