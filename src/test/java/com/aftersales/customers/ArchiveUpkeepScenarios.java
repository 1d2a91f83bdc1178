package com.aftersales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * The archive's upkeep over HTTP (issue 17): the installed base's registrations and their warranty, intake finding a
 * product by its serial number, the repeat-repair flag in the 360 view and its report, and what the two new groups
 * may do. Run on H2 ({@link ArchiveUpkeepApiTest}) and PostgreSQL ({@link ArchiveUpkeepApiPostgresTest}); every test
 * makes its own customers with random phones and serial numbers.
 */
abstract class ArchiveUpkeepScenarios {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired com.aftersales.calendar.WorkingDayCalendar calendar;

  static String randomPhone() {
    return "133" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  static String randomSerial() {
    return "AU-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
  }

  HttpHeaders as(String user, MediaType contentType) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    if (contentType != null) {
      headers.setContentType(contentType);
    }
    return headers;
  }

  ResponseEntity<String> get(String user, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(as(user, null)), String.class);
  }

  ResponseEntity<String> post(String user, String path, String body) {
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, as(user, MediaType.APPLICATION_JSON)),
        String.class);
  }

  JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  static void assertStatus(ResponseEntity<String> response, int status) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
  }

  void assertBadField(ResponseEntity<String> response, String field) throws Exception {
    assertStatus(response, 400);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(body(response).get("errors")).extracting(e -> e.get("field").asText()).contains(field);
  }

  long customer(String user, String phone, String secrecy) throws Exception {
    ObjectNode c = json.createObjectNode().put("kind", "PERSON").put("name", "档案维护 " + phone)
        .put("phone", phone).put("classification", "NORMAL").put("creditGrade", "C").put("creditLimit", 0)
        .put("secrecyLevel", secrecy);
    ResponseEntity<String> created = post(user, "/api/customers", c.toString());
    assertStatus(created, 201);
    return body(created).get("id").asLong();
  }

  String repairIntake(String phone, String model, String serial) throws Exception {
    ObjectNode request = json.createObjectNode().put("type", "repair").put("channel", "phone")
        .put("description", "不制冷").put("externalReference", "AU-" + UUID.randomUUID());
    request.putObject("customer").put("name", "报修人 " + phone).put("phone", phone);
    request.putObject("product").put("model", model).put("serialNumber", serial)
        .put("purchaseDate", LocalDate.now().minusMonths(2).toString()).put("purchaseProof", true);
    ResponseEntity<String> answer = post("mary", "/api/service-requests", request.toString());
    assertStatus(answer, 201);
    return body(answer).get("caseNumber").asText();
  }

  @Test
  @DisplayName("000 §1.1.1.3: a registered product's warranty runs from its installation for its model's term and is"
      + " found by serial number; bad registrations name the field, and only the archive's keepers register")
  void productsAreRegisteredWithTheirWarranty() throws Exception {
    long customerId = customer("mary", randomPhone(), "SECRET");
    String serial = randomSerial();
    String model = "AU-MODEL-" + serial;
    assertStatus(http.exchange("/api/warranty-terms", HttpMethod.PUT, new HttpEntity<>(
        "{\"productModel\": \"" + model + "\", \"months\": 24}", as("sam", MediaType.APPLICATION_JSON)),
        String.class), 200);
    LocalDate bought = LocalDate.now().minusMonths(30);
    LocalDate installed = LocalDate.now().minusMonths(6);

    ResponseEntity<String> registered = post("mary", "/api/customers/" + customerId + "/products",
        "{\"model\": \"" + model + "\", \"serialNumber\": \"" + serial + "\", \"purchaseDate\": \"" + bought
            + "\", \"installedOn\": \"" + installed + "\", \"channel\": \"dealer\"}");

    assertStatus(registered, 201);
    assertThat(body(registered).get("warrantyEndsOn").asText()).isEqualTo(installed.plusMonths(24).toString());
    JsonNode found = body(get("eric", "/api/customers/products?serialNumber=" + serial));
    assertThat(found.get("product").get("customerId").asLong()).isEqualTo(customerId);
    assertThat(found.get("underWarranty").asBoolean()).isTrue();
    assertThat(found.toString()).doesNotContain("phone");
    assertStatus(get("eric", "/api/customers/products?serialNumber=NO-" + serial), 404);

    assertBadField(post("mary", "/api/customers/" + customerId + "/products",
        "{\"model\": \"" + model + "\", \"serialNumber\": \"" + serial + "\"}"), "serialNumber");
    assertBadField(post("mary", "/api/customers/" + customerId + "/products",
        "{\"model\": \"" + model + "\", \"purchaseDate\": \"2025-13-01\"}"), "purchaseDate");
    assertBadField(post("mary", "/api/customers/" + customerId + "/products",
        "{\"serialNumber\": \"" + randomSerial() + "\", \"purchaseDate\": \"" + bought
            + "\", \"warrantyEndsOn\": \"" + bought.minusDays(1) + "\"}"), "warrantyEndsOn");
    assertStatus(post("pete", "/api/customers/" + customerId + "/products", "{\"model\": \"X\"}"), 403);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product WHERE customer_id = ?", Integer.class, customerId))
        .as("nothing half-written").isEqualTo(1);
  }

  @Test
  @DisplayName("000 售后服务标准及要求 4 (不允许有同题问题重复修复): intake finds the registered product by its serial number,"
      + " and a second repair within the repeat window is flagged, shown in the 360 view and counted")
  void aSecondRepairOfTheSameProductIsFlagged() throws Exception {
    String ownerPhone = randomPhone();
    long owner = customer("mary", ownerPhone, "SECRET");
    String serial = randomSerial();
    ResponseEntity<String> registered = post("mary", "/api/customers/" + owner + "/products",
        "{\"model\": \"AU-FRIDGE\", \"serialNumber\": \"" + serial + "\", \"purchaseDate\": \""
            + LocalDate.now().minusMonths(3) + "\"}");
    long productId = body(registered).get("id").asLong();

    String first = repairIntake(randomPhone(), "AU-FRIDGE", serial);
    String second = repairIntake(ownerPhone, "AU-FRIDGE", serial);

    assertThat(jdbc.queryForObject("SELECT product_id FROM service_case WHERE case_number = ?", Long.class, first))
        .as("the caller's product is the registered one").isEqualTo(productId);
    assertThat(jdbc.queryForObject("SELECT repeat_of FROM service_case WHERE case_number = ?", String.class, first))
        .isNull();
    assertThat(jdbc.queryForObject("SELECT repeat_of FROM service_case WHERE case_number = ?", String.class, second))
        .isEqualTo(first);

    JsonNode archive = body(get("sam", "/api/customers/" + owner + "?reason=返修核查登记案件"));
    assertThat(archive.get("cases")).anySatisfy(c -> {
      assertThat(c.get("caseNumber").asText()).isEqualTo(second);
      assertThat(c.get("repeatOf").asText()).isEqualTo(first);
    });
    assertThat(archive.get("products").get(0).get("warrantyEndsOn").asText()).isNotBlank();
    com.aftersales.testsupport.Jobs.runDueOfCase(runtimeService, managementService, second);
    String task = taskService.createTaskQuery().processInstanceBusinessKey(second).taskCandidateGroup("customer-service")
        .list().get(0).getId();
    JsonNode card = body(get("mary", "/api/customers/" + owner + "/card?task=" + task));
    assertThat(card.get("repeatRepairs")).extracting(JsonNode::asText).containsExactly(second + " 返修 " + first);
    // the department's day (the report's dates are in the calendar's zone, not the JVM's)
    String today = LocalDate.now(calendar.zone()).toString();
    JsonNode repeats = body(get("sam", "/api/customers/repeat-repairs?from=" + today + "&to=" + today));
    assertThat(repeats).anySatisfy(c -> assertThat(c.get("caseNumber").asText()).isEqualTo(second));
    ResponseEntity<String> csv = http.exchange("/api/customers/repeat-repairs?from=" + today + "&to=" + today,
        HttpMethod.GET, new HttpEntity<>(withAccept(as("sam", null), "text/csv")), String.class);
    assertThat(csv.getBody()).startsWith("caseNumber,repeatOf,").contains(second + "," + first + ",AU-FRIDGE," + serial);
    assertBadField(get("sam", "/api/customers/repeat-repairs?from=" + today), "to");
    assertStatus(get("mary", "/api/customers/repeat-repairs?from=" + today + "&to=" + today), 403);
  }

  @Test
  @DisplayName("002 二(一) 4.7, 7.1 (仅经理及以上人员有权借阅客户档案): the customer-information supervisor keeps and finds"
      + " archives and reads the archive's reports but opens no whole archive, not even a 秘密 one")
  void theCustomerInformationSupervisorKeepsButDoesNotOpenArchives() throws Exception {
    String phone = randomPhone();
    long id = customer("cora", phone, "SECRET");
    assertStatus(get("cora", "/api/customers?phone=" + phone), 200);
    assertStatus(get("cora", "/api/customers/" + id + "?reason=季度核定客户档案"), 403);
    assertStatus(get("cora", "/api/customers/reports"), 200);
    assertStatus(get("rita", "/api/customers/" + id + "?reason=区域客户回访安排"), 200);
    assertStatus(get("mary", "/api/customers/reports"), 403);
  }

  @Test
  @DisplayName("000 第一篇 第九条 (由市场督查部追溯解决结果): market supervision reads the complaint analysis but no archive")
  void marketSupervisionTracesComplaintsButReadsNoArchive() throws Exception {
    String phone = randomPhone();
    long id = customer("mary", phone, "SECRET");
    String today = LocalDate.now(calendar.zone()).toString();
    assertStatus(get("max", "/api/reports/complaints?from=" + today + "&to=" + today), 200);
    assertStatus(get("max", "/api/customers?phone=" + phone), 403);
    assertStatus(get("max", "/api/customers/" + id + "?reason=核查投诉处理结果"), 403);
    assertStatus(get("max", "/api/customers/reports"), 403);
  }

  private static HttpHeaders withAccept(HttpHeaders headers, String accept) {
    headers.set(HttpHeaders.ACCEPT, accept);
    return headers;
  }
}
