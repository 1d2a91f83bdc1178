package com.aftersales.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A value a person typed that a spreadsheet would run as a formula travels from intake or a task form into every
 * CSV export and comes out as text: a single quote in front, the cell quoted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CsvExportInjectionTest {

  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
  /** The formula as the CSV cell must show it. */
  static final String DEFUSED = "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired WorkingDayCalendar calendar;

  @Test
  void theExchangeLedgerCsvShowsAFormulaCustomerNameAndReasonAsText() {
    String pid = openCase("exchange", FORMULA);
    String caseNumber = caseNumber(pid);
    complete("sally", pid, "Task_ConfirmQualityProblem",
        Map.of("damageCause", "quality", "qualityFindings", "Lid lock spring broken"));
    complete("sally", pid, "Task_FillExchangeForm", Map.of("exchangeReason", "+1+2 lid breaks repeatedly"));
    // straight to the ledger entry, as an administrator would with process instance modification
    var modification = runtimeService.createProcessInstanceModification(pid);
    taskService.createTaskQuery().processInstanceId(pid).list()
        .forEach(t -> modification.cancelAllForActivity(t.getTaskDefinitionKey()));
    modification.startBeforeActivity("Task_WriteLedgerEntry")
        .setVariable("newSerialNumber", "@SN-NEW-1").execute();
    Jobs.runDue(managementService, pid);

    String row = row(csv("oscar", "/api/exchange-ledger"), caseNumber);
    assertThat(row).contains("," + caseNumber + "," + DEFUSED + ",")
        .contains(",\"'+1+2 lid breaks repeatedly\",").contains(",\"'@SN-NEW-1\",");
  }

  @Test
  void thePartsRequestsCsvShowsFormulaNamesAndLineTextAsText() {
    String pid = openCase("parts", FORMULA);
    String caseNumber = caseNumber(pid);
    String lines = "[{\"partName\":\"@SUM(A1:A9)\",\"part\":\"other\",\"partCategory\":\"hardware\","
        + "\"size\":\"1.8\",\"colour\":\"-walnut\",\"quantity\":1,\"batchNumber\":\"=1+2\",\"inspectionNumber\":\"QC-1\","
        + "\"reason\":\"+cracked in transport\"}]";
    complete("mary", pid, "Task_RecordPartsRequest", Map.of("partsLines", Map.of("type", "Json", "value", lines),
        "coveredByWarranty", Map.of("value", true, "type", "Boolean")));

    String row = row(csv("paul", "/api/parts-requests?caseNumber=" + caseNumber), caseNumber);
    assertThat(row).contains("," + caseNumber + ",").contains("," + DEFUSED + ",")
        .contains(",\"'@SUM(A1:A9)\",").contains(",\"'-walnut\",").contains(",\"'=1+2\",")
        .contains(",\"'+cracked in transport\",");
  }

  @Test
  void theComplaintReportCsvShowsACategoryRecordedBeforeTheListCheckAsText() {
    String pid = openCase("complaint", "Wang Fang");
    String caseNumber = caseNumber(pid);
    Task record = taskService.createTaskQuery().processInstanceId(pid).singleResult();
    // the form's list refuses the formula today ...
    ResponseEntity<JsonNode> refused = rest.withBasicAuth("mary", "mary").postForEntity(
        "/engine-rest/task/" + record.getId() + "/submit-form", Map.of("variables", Map.of(
            "category", Map.of("value", FORMULA), "severity", Map.of("value", "normal"))), JsonNode.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    complete("mary", pid, "Task_RecordComplaint", Map.of("channel", "phone", "category", "other",
        "severity", "normal", "keyCustomer", false, "description", "Rude driver", "customerDemand", "An apology"));
    // ... so a complaint recorded with one before the check came is what the report can still hold
    jdbc.update("UPDATE complaint SET category = ? WHERE case_number = ?", FORMULA, caseNumber);

    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(calendar.zone()).toLocalDate();
    String csv = csv("ann", "/api/reports/complaints?from=" + today.minusDays(1) + "&to=" + today.plusDays(1));
    assertThat(csv.split("\r\n")).contains("category," + DEFUSED + ",1");
  }

  // ---- helpers ----

  private String openCase(String type, String customerName) {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", type, "channel", "phone",
            "customer", Map.of("name", customerName, "phone", "13700137001", "email", "c@example.com"),
            "product", Map.of("model", "Centrifuge C-200", "serialNumber", "SN-CSV-" + System.nanoTime(),
                "purchaseDate", LocalDate.now().minusMonths(2).toString(), "purchaseProof", true),
            "description", "-1 stars, lid lock fails"), JsonNode.class);
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    String pid = created.getBody().path("processInstanceId").asText();
    Jobs.runDue(managementService, pid);
    return pid;
  }

  private String caseNumber(String pid) {
    return (String) runtimeService.getVariable(pid, "caseNumber");
  }

  private void complete(String user, String pid, String taskKey, Map<String, Object> values) {
    Jobs.runDue(managementService, pid);
    Task task = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey).isNotNull();
    Map<String, Object> variables = new java.util.HashMap<>();
    values.forEach((k, v) -> variables.put(k, v instanceof Map<?, ?> ? v : Map.of("value", v)));
    ResponseEntity<String> done = rest.withBasicAuth(user, user).postForEntity(
        "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", variables), String.class);
    assertThat(done.getStatusCode().value()).as("%s completes %s: %s", user, taskKey, done.getBody()).isEqualTo(204);
  }

  private String csv(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<String> answer = rest.withBasicAuth(user, user)
        .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/csv");
    return answer.getBody();
  }

  private static String row(String csv, String caseNumber) {
    return Arrays.stream(csv.split("\r\n")).filter(l -> l.contains("," + caseNumber + ",")).findFirst()
        .orElseThrow(() -> new AssertionError(caseNumber + " not in\n" + csv));
  }
}
