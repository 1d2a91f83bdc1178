package com.aftersales.reports.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.testsupport.RepairCases;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Known cases for every commitment, made at a fixed report time far from other tests' data: repair cycles,
 * factory repairs and follow-up calls through the real repair process (started before the activity with the
 * engine API, tasks completed with the clock moved), complaints and parts orders as case records. Figures are
 * asserted as differences to the report just before, so other tests' cases in the shared database do not matter.
 */
class SlaScenario {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** Monday 2 June 2031, 10:00 in the company zone; no configured holidays that year. */
  static final Instant NOW = at(6, 2, 10);

  private final TestRestTemplate rest;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final CaseService caseService;
  private final NamedParameterJdbcTemplate jdbc;

  /** Case numbers made per commitment and bucket. */
  final Map<String, Map<String, List<String>>> expected = new LinkedHashMap<>();
  final List<String> repairInstances = new ArrayList<>();

  SlaScenario(TestRestTemplate rest, RuntimeService runtimeService, TaskService taskService, CaseService caseService,
      NamedParameterJdbcTemplate jdbc) {
    this.rest = rest;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.caseService = caseService;
    this.jdbc = jdbc;
  }

  static Instant at(int month, int day, int hour) {
    return LocalDateTime.of(2031, month, day, hour, 0).atZone(ZONE).toInstant();
  }

  static void clock(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  void run() {
    clock(NOW);
    JsonNode before = json("/api/reports/sla");
    Map<String, Map<String, Integer>> beforeCsv = csvFigures();
    assertThat(beforeCsv).isEqualTo(figures(before));

    makeRepairCycles();
    makeFactoryRepairs();
    makeFollowUpCalls();
    makeComplaints();
    makePartsOrders();
    clock(NOW);

    JsonNode after = json("/api/reports/sla");
    assertThat(after.path("generatedAt").asText()).isEqualTo(NOW.toString());
    assertThat(after.path("windowDays").asInt()).isEqualTo(30);
    assertThat(after.path("dueSoonHours").asInt()).isEqualTo(24);
    Map<String, Map<String, Integer>> delta = delta(figures(before), figures(after));
    assertThat(delta.get(RepairCycleCommitment.ID))
        .isEqualTo(Map.of("open", 3, "dueSoon", 1, "breached", 1, "met", 1, "missed", 2, "moved", 0));
    assertThat(delta.get(FactoryRepairCommitment.ID))
        .isEqualTo(Map.of("open", 2, "dueSoon", 0, "breached", 1, "met", 1, "missed", 1, "moved", 0));
    // The follow-up call whose due date a manager moved into the future stays breached against the original date.
    assertThat(delta.get(FollowUpCallCommitment.ID))
        .isEqualTo(Map.of("open", 2, "dueSoon", 1, "breached", 1, "met", 1, "missed", 2, "moved", 1));
    assertThat(delta.get(ComplaintResponseCommitment.ID))
        .isEqualTo(Map.of("open", 3, "dueSoon", 1, "breached", 1, "met", 1, "missed", 2, "moved", 0));
    assertThat(delta.get(PartsLeadTimeCommitment.ID))
        .isEqualTo(Map.of("open", 2, "dueSoon", 0, "breached", 1, "met", 1, "missed", 1, "moved", 0));

    // The CSV carries the same figures as the JSON.
    assertThat(csvFigures()).isEqualTo(figures(after));
    for (JsonNode row : after.path("commitments")) {
      int met = row.path("met").asInt();
      int missed = row.path("missed").asInt();
      if (met + missed > 0) {
        assertThat(row.path("metPercent").decimalValue())
            .isEqualByComparingTo(SlaReport.Row.percent(met, missed));
      }
    }

    // Each figure has exactly its cases behind it, and our cases are in the buckets they belong to.
    for (JsonNode row : after.path("commitments")) {
      String commitment = row.path("id").asText();
      for (Bucket bucket : Bucket.values()) {
        JsonNode list = json("/api/reports/sla/" + commitment + "/cases?bucket=" + bucket.key());
        assertThat(list.path("count").asInt()).as(commitment + " " + bucket.key())
            .isEqualTo(row.path(bucket.key()).asInt())
            .isEqualTo(list.path("cases").size());
        List<String> numbers = new ArrayList<>();
        list.path("cases").forEach(c -> numbers.add(c.path("caseNumber").asText()));
        Map<String, List<String>> ours = expected.getOrDefault(commitment, Map.of());
        for (Map.Entry<String, List<String>> e : ours.entrySet()) {
          if (e.getKey().equals(bucket.key())) {
            assertThat(numbers).as(commitment + " " + bucket.key()).containsAll(e.getValue());
          } else {
            List<String> notHere = new ArrayList<>(e.getValue());
            ours.getOrDefault(bucket.key(), List.of()).forEach(notHere::remove);
            if (!notHere.isEmpty()) {
              assertThat(numbers).as(commitment + " " + bucket.key()).doesNotContainAnyElementsOf(notHere);
            }
          }
        }
      }
    }
    JsonNode breachedRepairs = json("/api/reports/sla/repair-cycle/cases?bucket=breached");
    JsonNode first = find(breachedRepairs, expected.get(RepairCycleCommitment.ID).get("breached").get(0));
    assertThat(first.path("cockpitPath").asText()).isEqualTo("#/process-instance/" + first.path("processInstanceId").asText());
    assertThat(first.path("dueAt").asText()).isEqualTo(at(5, 28, 10).toString());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(first.path("processInstanceId").asText())
        .singleResult().getBusinessKey()).isEqualTo(first.path("caseNumber").asText());

    ResponseEntity<String> casesCsv = get("/api/reports/sla/parts-lead-time/cases?bucket=met", "text/csv");
    assertThat(casesCsv.getBody()).startsWith(SlaCaseList.CSV_HEADER + "\r\n")
        .contains(expected.get(PartsLeadTimeCommitment.ID).get("met").get(0));
  }

  // --- repair flow (engine history) ---------------------------------------------------------------------------

  private String startRepairBefore(String activityId, Instant at, String caseNumber) {
    clock(at);
    Map<String, Object> vars = new HashMap<>();
    vars.put("engineer", "eric");
    vars.put("caseNumber", caseNumber);
    ProcessInstance instance = runtimeService.createProcessInstanceByKey("repair").businessKey(caseNumber)
        .setVariables(vars).startBeforeActivity(activityId).execute();
    caseService.attachProcessInstance(caseNumber, instance.getId());
    repairInstances.add(instance.getId());
    return instance.getId();
  }

  private void complete(String processInstanceId, String taskKey, Instant at, Map<String, Object> vars) {
    clock(at);
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey).isNotNull();
    taskService.complete(task.getId(), vars);
  }

  /**
   * The parts repair's clock starts with SubProcess_PartsRepair; starting at its repair step opens the
   * sub-process at the same moment without running the parts-approval call, which has its own tests.
   */
  private static final String PARTS_REPAIR_STARTED = "Task_RepairWithParts";

  private void makeRepairCycles() {
    String breached = newCase("repair");
    startRepairBefore(PARTS_REPAIR_STARTED, at(5, 19, 10), breached); // due Wed 28 May 10:00
    String open = newCase("repair");
    startRepairBefore(PARTS_REPAIR_STARTED, at(5, 30, 10), open); // due Tue 10 June
    String dueSoon = newCase("repair");
    startRepairBefore(PARTS_REPAIR_STARTED, at(5, 23, 9), dueSoon); // due Tue 3 June 09:00
    String met = newCase("repair");
    String metId = startRepairBefore(PARTS_REPAIR_STARTED, at(5, 12, 10), met);
    complete(metId, "Task_RepairWithParts", at(5, 16, 10), RepairCases.repaired("Parts fitted"));
    String late = newCase("repair");
    String lateId = startRepairBefore(PARTS_REPAIR_STARTED, at(5, 1, 10), late); // due Mon 12 May 10:00
    complete(lateId, "Task_RepairWithParts", at(5, 14, 10), RepairCases.repaired("Parts fitted"));
    expect(RepairCycleCommitment.ID, "open", breached, open, dueSoon);
    expect(RepairCycleCommitment.ID, "breached", breached);
    expect(RepairCycleCommitment.ID, "dueSoon", dueSoon);
    expect(RepairCycleCommitment.ID, "met", met);
    expect(RepairCycleCommitment.ID, "missed", breached, late);
  }

  private void makeFactoryRepairs() {
    String breached = newCase("repair");
    startRepairBefore("Task_AwaitFactoryReturn", at(5, 6, 10), breached); // due Tue 27 May 10:00
    String open = newCase("repair");
    startRepairBefore("Task_AwaitFactoryReturn", at(5, 29, 10), open);
    String met = newCase("repair");
    String metId = startRepairBefore("Task_AwaitFactoryReturn", at(5, 2, 10), met); // due Fri 23 May
    complete(metId, "Task_AwaitFactoryReturn", at(5, 20, 10), Map.of());
    expect(FactoryRepairCommitment.ID, "open", breached, open);
    expect(FactoryRepairCommitment.ID, "breached", breached);
    expect(FactoryRepairCommitment.ID, "missed", breached);
    expect(FactoryRepairCommitment.ID, "met", met);
  }

  private void makeFollowUpCalls() {
    String dueSoon = newCase("repair");
    startRepairBefore("Task_FollowUpCall", NOW.minusSeconds(2 * 3600), dueSoon); // due in 22 hours
    String met = newCase("repair");
    String metId = startRepairBefore("Task_FollowUpCall", at(5, 20, 10), met);
    complete(metId, "Task_FollowUpCall", at(5, 20, 15), Map.of("satisfaction", 5));
    String late = newCase("repair");
    String lateId = startRepairBefore("Task_FollowUpCall", at(5, 20, 10), late);
    complete(lateId, "Task_FollowUpCall", at(5, 22, 10), Map.of("satisfaction", 4));
    expect(FollowUpCallCommitment.ID, "open", dueSoon);
    expect(FollowUpCallCommitment.ID, "dueSoon", dueSoon);
    expect(FollowUpCallCommitment.ID, "met", met);
    expect(FollowUpCallCommitment.ID, "missed", late);

    // Overdue since 31 May 10:00; the next morning the candidate tries to move it, then a service manager does.
    String moved = newCase("repair");
    String movedId = startRepairBefore("Task_FollowUpCall", at(5, 30, 10), moved);
    clock(at(6, 1, 9));
    String taskId = taskService.createTaskQuery().processInstanceId(movedId).singleResult().getId();
    ResponseEntity<String> refused = moveAsCandidate("mary", taskId, at(6, 5, 10));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getDueDate().toInstant()).isEqualTo(at(5, 31, 10));
    ResponseEntity<String> byManager = rest.withBasicAuth("sam", "sam").exchange("/api/tasks/" + taskId + "/due-date",
        HttpMethod.PUT, new HttpEntity<>(Map.of("dueDate", at(6, 5, 10).toString(),
            "reason", "Customer abroad until 5 June, call agreed for then")), String.class);
    assertThat(byManager.getStatusCode()).isEqualTo(HttpStatus.OK);
    expect(FollowUpCallCommitment.ID, "open", moved);
    expect(FollowUpCallCommitment.ID, "breached", moved);
    expect(FollowUpCallCommitment.ID, "missed", moved);
    expect(FollowUpCallCommitment.ID, "moved", moved);
  }

  /** Tasklist's way: the task as read, sent back with another due date (PUT /engine-rest/task/{id}). */
  private ResponseEntity<String> moveAsCandidate(String user, String taskId, Instant due) {
    ResponseEntity<com.fasterxml.jackson.databind.node.ObjectNode> read = rest.withBasicAuth(user, user)
        .getForEntity("/engine-rest/task/" + taskId, com.fasterxml.jackson.databind.node.ObjectNode.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    com.fasterxml.jackson.databind.node.ObjectNode task = read.getBody();
    task.put("due", due.atOffset(java.time.ZoneOffset.UTC).format(
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")));
    return rest.withBasicAuth(user, user).exchange("/engine-rest/task/" + taskId, HttpMethod.PUT,
        new HttpEntity<>(task), String.class);
  }

  // --- complaints and parts (case records) --------------------------------------------------------------------

  private void makeComplaints() {
    String dueSoon = complaint(NOW.minusSeconds(3 * 3600), null, null, null);
    String breached = complaint(NOW.minusSeconds(30 * 3600), null, null, null);
    String waiting = complaint(NOW.minusSeconds(25 * 3600), null, NOW.minusSeconds(20 * 3600), null);
    String met = complaint(at(5, 20, 9), at(5, 20, 18), null, null);
    String late = complaint(at(5, 20, 9), at(5, 21, 12), null, null);
    complaint(NOW.minusSeconds(48 * 3600), null, null, NOW.minusSeconds(40 * 3600)); // archived unanswered
    expect(ComplaintResponseCommitment.ID, "open", dueSoon, breached, waiting);
    expect(ComplaintResponseCommitment.ID, "dueSoon", dueSoon);
    expect(ComplaintResponseCommitment.ID, "breached", breached);
    expect(ComplaintResponseCommitment.ID, "met", met);
    expect(ComplaintResponseCommitment.ID, "missed", breached, late);
  }

  /** A complaint received at {@code received}, due 24 hours later. */
  private String complaint(Instant received, Instant responded, Instant pausedAt, Instant archived) {
    clock(received);
    String caseNumber = newCase("complaint");
    caseService.attachProcessInstance(caseNumber, "sla-test-" + UUID.randomUUID());
    jdbc.update("INSERT INTO complaint (case_number, category, severity, key_customer, handling_group, current_group,"
            + " response_hours, received_at, response_due_at, responded_at, paused_at, paused_seconds,"
            + " escalation_level, reopen_count, archived_at, updated_at) VALUES (:n, 'quality', 'normal', FALSE,"
            + " 'customer-service', 'customer-service', 24, :received, :due, :responded, :paused, 0, 0, 0, :archived,"
            + " :received)",
        new MapSqlParameterSource("n", caseNumber)
            .addValue("received", ts(received), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("due", ts(received.plusSeconds(24 * 3600)), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("responded", ts(responded), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("paused", ts(pausedAt), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("archived", ts(archived), Types.TIMESTAMP_WITH_TIMEZONE));
    return caseNumber;
  }

  private void makePartsOrders() {
    String first = partsRequest(at(5, 20, 9), null);
    partsOrder(first, 1, NOW.plusSeconds(30 * 3600), null); // open, due in 30 hours
    partsOrder(first, 2, NOW.minusSeconds(2 * 86400), NOW.minusSeconds(3 * 86400)); // booked a day early
    String second = partsRequest(at(5, 21, 9), null);
    partsOrder(second, 1, NOW.minusSeconds(86400), null); // overdue
    String closed = partsRequest(at(5, 21, 9), NOW.minusSeconds(86400));
    partsOrder(closed, 1, NOW.minusSeconds(2 * 86400), null); // request closed without booking: not counted
    partsOrder(second, 2, null, null); // not planned yet: not counted
    String firstCase = caseOf(first);
    String secondCase = caseOf(second);
    expect(PartsLeadTimeCommitment.ID, "open", firstCase, secondCase);
    expect(PartsLeadTimeCommitment.ID, "breached", secondCase);
    expect(PartsLeadTimeCommitment.ID, "missed", secondCase);
    expect(PartsLeadTimeCommitment.ID, "met", firstCase);
  }

  private String partsRequest(Instant approved, Instant closed) {
    clock(approved);
    String caseNumber = newCase("parts");
    String request = "PR-SLA-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update("INSERT INTO parts_request (request_number, case_number, process_instance_id, status,"
            + " covered_by_warranty, urgent, unpack_requested, split_orders, requested_at, reviewed_at, closed_at,"
            + " updated_at) VALUES (:r, :n, :pi, 'APPROVED', FALSE, FALSE, FALSE, TRUE, :at, :at, :closed, :at)",
        new MapSqlParameterSource("r", request).addValue("n", caseNumber)
            .addValue("pi", "sla-test-" + UUID.randomUUID())
            .addValue("at", ts(approved), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("closed", ts(closed), Types.TIMESTAMP_WITH_TIMEZONE));
    return request;
  }

  private void partsOrder(String request, int orderNo, Instant due, Instant booked) {
    jdbc.update("INSERT INTO parts_order (request_number, order_no, kind, due_at, urgent_agreed, booked_at)"
            + " VALUES (:r, :o, 'all', :due, FALSE, :booked)",
        new MapSqlParameterSource("r", request).addValue("o", orderNo)
            .addValue("due", ts(due), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("booked", ts(booked), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  private String caseOf(String request) {
    return jdbc.queryForObject("SELECT case_number FROM parts_request WHERE request_number = :r",
        new MapSqlParameterSource("r", request), String.class);
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private String newCase(String type) {
    return caseService.open(new NewCase(type, "phone", "SLA Test Customer", "13800000000", null, null, "Model S",
        null, null, null, "SLA dashboard test case", null, null, null, null)).caseNumber();
  }

  private void expect(String commitment, String bucket, String... caseNumbers) {
    expected.computeIfAbsent(commitment, c -> new LinkedHashMap<>())
        .computeIfAbsent(bucket, b -> new ArrayList<>()).addAll(List.of(caseNumbers));
  }

  private static java.time.OffsetDateTime ts(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private ResponseEntity<String> get(String path, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, accept);
    ResponseEntity<String> response =
        rest.withBasicAuth("sam", "sam").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return response;
  }

  JsonNode json(String path) {
    ResponseEntity<String> response = get(path, MediaType.APPLICATION_JSON_VALUE);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getBody());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private Map<String, Map<String, Integer>> csvFigures() {
    ResponseEntity<String> response = get("/api/reports/sla", "text/csv");
    assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
    String[] lines = response.getBody().split("\r\n");
    assertThat(lines[0]).isEqualTo(SlaReport.CSV_HEADER);
    Map<String, Map<String, Integer>> figures = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      // The id comes first and the figures after the target (last but seven); a quoted target may hold commas.
      String[] cells = lines[i].split(",", -1);
      int n = cells.length;
      Map<String, Integer> row = new LinkedHashMap<>();
      String[] keys = {"open", "dueSoon", "breached", "met", "missed"};
      for (int k = 0; k < keys.length; k++) {
        row.put(keys[k], Integer.parseInt(cells[n - 7 + k]));
      }
      row.put("moved", Integer.parseInt(cells[n - 1]));
      figures.put(cells[0], row);
    }
    return figures;
  }

  private static Map<String, Map<String, Integer>> figures(JsonNode report) {
    Map<String, Map<String, Integer>> figures = new LinkedHashMap<>();
    for (JsonNode row : report.path("commitments")) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Bucket b : Bucket.values()) {
        counts.put(b.key(), row.path(b.key()).asInt());
      }
      figures.put(row.path("id").asText(), counts);
    }
    return figures;
  }

  private static Map<String, Map<String, Integer>> delta(
      Map<String, Map<String, Integer>> before, Map<String, Map<String, Integer>> after) {
    Map<String, Map<String, Integer>> delta = new LinkedHashMap<>();
    after.forEach((commitment, counts) -> {
      Map<String, Integer> d = new HashMap<>();
      counts.forEach((bucket, n) -> d.put(bucket, n - before.get(commitment).get(bucket)));
      delta.put(commitment, d);
    });
    return delta;
  }

  private static JsonNode find(JsonNode list, String caseNumber) {
    for (JsonNode c : list.path("cases")) {
      if (caseNumber.equals(c.path("caseNumber").asText())) {
        return c;
      }
    }
    throw new AssertionError(caseNumber + " not in " + list);
  }
}
