package com.aftersales.flows.parts;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.parts.PartsProcess.Elements;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A parts case over HTTP as staff work it: intake as mary, every task completed through /engine-rest by a
 * member of its group (engine authorizations on), the records read at /api/parts-requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PartsHttpIntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void partsCaseRunsOverHttpWithEachGroupsDemoUser() throws Exception {
    ResponseEntity<JsonNode> created = http.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        json(Map.of("type", "parts", "channel", "phone",
            "customer", Map.of("name", "Zhao Min", "phone", "13700001111", "email", "zhao.min@example.com",
                "address", "Hangzhou"),
            "product", Map.of("model", "Bed B-180", "purchaseDate", "2025-10-01"),
            "description", "Headboard cracked in transport; the customer needs it before the weekend")),
        JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().get("caseNumber").asText();
    String instance = created.getBody().get("processInstanceId").asText();

    String lines = "[{\"partName\":\"Headboard 1.8 m\",\"part\":\"bed-headboard\",\"partCategory\":\"double-sided-gloss-panel\","
        + "\"size\":\"1.8\",\"colour\":\"walnut\",\"quantity\":1,\"batchNumber\":\"B2026-1\",\"inspectionNumber\":\"QC-1\","
        + "\"reason\":\"cracked in transport\"}]";
    complete("mary", instance, Elements.RECORD_REQUEST, Map.of(
        "partsLines", Map.of("type", "Json", "value", lines),
        "coveredByWarranty", Map.of("value", false, "type", "Boolean"),
        "unpackRequested", Map.of("value", true, "type", "Boolean")));
    // someone outside planning cannot see the review task
    assertThat(tasks("pete", instance, Elements.REVIEW)).isEmpty();
    complete("paul", instance, Elements.REVIEW, Map.of("reviewDecision", Map.of("value", "approved")));
    complete("mark", instance, Elements.APPROVE_UNPACK, Map.of("unpackDecision", Map.of("value", "approved")));
    complete("mary", instance, Elements.UNPACK_PACKAGE, Map.of("packageNumber", Map.of("value", "PKG-1"),
        "packageMarked", Map.of("value", true, "type", "Boolean")));
    complete("fiona", instance, Elements.CONFIRM_PAYMENT, Map.of("paidAmount", Map.of("value", 650, "type", "Long"),
        "paymentReference", Map.of("value", "ICBC-42")));
    complete("mary", instance, Elements.ARRANGE_SHIPPING, Map.of("deliveryNoteNumber", Map.of("value", "DN-77"),
        "nextDeliveryDate", Map.of("value", "2026-12-01")));
    complete("sally", instance, Elements.SHIP_PARTS, Map.of("shipmentResult", Map.of("value", "complete")));
    complete("pete", instance, Elements.MAKE_PARTS, Map.of("partsInspected", Map.of("value", true, "type", "Boolean")));
    complete("mary", instance, Elements.ENTER_PICKUP_NOTICE, Map.of("pickupNoticeReference",
        Map.of("value", "TH-2026-0301"), "pickupPlace", Map.of("value", "Factory gate 2")));
    complete("walt", instance, Elements.BOOK_INTO_WAREHOUSE, Map.of("warehouseLocation", Map.of("value", "R-7")));
    complete("walt", instance, Elements.PUT_PARTS_BACK, Map.of("putBackConfirmed", Map.of("value", true, "type", "Boolean")));
    // customer service's first contact runs beside the parts steps (002 客服流程); the case ends with it
    complete("mary", instance, Elements.CONTACT_CUSTOMER, Map.of("contactNote", Map.of("value", "Called the customer")));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();

    ResponseEntity<JsonNode> list = http.withBasicAuth("mary", "mary")
        .getForEntity("/api/parts-requests?caseNumber=" + caseNumber, JsonNode.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode request = list.getBody().get(0);
    assertThat(request.get("requestNumber").asText()).isEqualTo(caseNumber + "-P1");
    assertThat(request.get("status").asText()).isEqualTo("DELIVERED");
    assertThat(request.get("totalAmount").decimalValue()).isEqualByComparingTo("650");
    assertThat(request.get("lines").get(0).get("priceSource").asText()).isEqualTo("price-table");
    assertThat(request.get("orders").get(0).get("location").asText()).isEqualTo("R-7");
    assertThat(request.get("unpack").get("packageNumber").asText()).isEqualTo("PKG-1");
    assertThat(request.get("unpack").get("approvedBy").asText()).isEqualTo("mark");
    assertThat(request.get("reviewedBy").asText()).isEqualTo("paul");

    HttpHeaders csv = new HttpHeaders();
    csv.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<String> table = http.withBasicAuth("paul", "paul").exchange(
        "/api/parts-requests?status=DELIVERED&caseNumber=" + caseNumber, HttpMethod.GET, new HttpEntity<>(csv), String.class);
    assertThat(table.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
    assertThat(table.getBody().split("\r\n")).hasSize(2);
    assertThat(table.getBody()).startsWith("requestNumber,caseNumber,status")
        .contains(caseNumber + "-P1," + caseNumber + ",DELIVERED").contains("Headboard 1.8 m");
  }

  @Test
  void badFiltersAreNamedAndOnlyPartsStaffMayRead() {
    ResponseEntity<JsonNode> bad = http.withBasicAuth("mary", "mary")
        .getForEntity("/api/parts-requests?status=LOST&from=yesterday&caseNumber=42&colour=red", JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(bad.getBody().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("status", "from", "caseNumber", "colour");

    HttpHeaders csv = new HttpHeaders();
    csv.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<String> badCsv = http.withBasicAuth("mary", "mary").exchange("/api/parts-requests?from=2026-03-10&to=2026-03-01",
        HttpMethod.GET, new HttpEntity<>(csv), String.class);
    assertThat(badCsv.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badCsv.getBody()).contains("\"to\"");

    ResponseEntity<String> anonymous = http.getForEntity("/api/parts-requests", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("application/problem+json");

    ResponseEntity<String> engineer = http.withBasicAuth("eric", "eric").getForEntity("/api/parts-requests", String.class);
    assertThat(engineer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engineer.getHeaders().getContentType().toString()).startsWith("application/problem+json");

    assertThat(http.withBasicAuth("walt", "walt").getForEntity("/api/parts-requests/daily-summaries?from=2020-01-01",
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private void complete(String user, String instance, String taskKey, Map<String, Object> variables) throws Exception {
    Jobs.runDue(managementService, instance);
    List<JsonNode> found = tasks(user, instance, taskKey);
    assertThat(found).as("%s sees task %s", user, taskKey).hasSize(1);
    ResponseEntity<String> done = http.withBasicAuth(user, user).postForEntity(
        "/engine-rest/task/" + found.get(0).get("id").asText() + "/complete", json(Map.of("variables", variables)),
        String.class);
    assertThat(done.getStatusCode()).as("%s completes %s: %s", user, taskKey, done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runDue(managementService, instance);
  }

  private List<JsonNode> tasks(String user, String instance, String taskKey) {
    JsonNode body = http.withBasicAuth(user, user).getForObject(
        "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey, JsonNode.class);
    List<JsonNode> result = new java.util.ArrayList<>();
    body.forEach(result::add);
    return result;
  }

  private HttpEntity<String> json(Object body) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(json.writeValueAsString(body), headers);
  }
}
